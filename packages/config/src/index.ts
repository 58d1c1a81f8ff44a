export { type Config, ConfigError, configSchema, loadConfig } from './config.js';
export { type RunningService, runService } from './service.js';
