import { fileURLToPath } from 'node:url';

/**
 * The built web UI (index.html and its assets), for the API's `webRoot`. `pnpm build` produces it;
 * the path is the same from src/ (tests) and dist/ (built code).
 */
export const webDistDir = fileURLToPath(new URL('../dist/ui', import.meta.url));
