// Piscina loads a task file with require() first. require() of an ES module loads it synchronously, and a
// thread terminated during that load (Ctrl-C while the pool is starting) aborts the whole process in
// Node 20 ("v8::Module::IsGraphAsync must be used on an instantiated module"). This CommonJS entry loads
// the task with a dynamic import instead, which a terminated thread abandons safely; the import starts at
// once, so threads stay warm.
import type { ExtractedPage, PageInput } from './extract-article.js' with { 'resolution-mode': 'import' };

const task = import('./extract-task.js');
// A failed load is reported by the first task that needs it, not as an unhandled rejection.
task.catch(() => undefined);

export = async (page: PageInput): Promise<ExtractedPage> => (await task).default(page);
