import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The UI is served by the API from dist/ui (see src/index.ts); `vite` alone serves it for development
// and forwards the API's paths to an API on ASSAY_API (default http://127.0.0.1:8080).
const api = process.env.ASSAY_API ?? 'http://127.0.0.1:8080';

export default defineConfig({
  root: 'app',
  plugins: [preact()],
  build: { outDir: '../dist/ui', emptyOutDir: true },
  server: { proxy: { '/v1': api, '/admin': api } },
});
