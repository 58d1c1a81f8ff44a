export { createStoreWorker, type StoreOptions } from './store-worker.js';
