export { type Config, ConfigError, configSchema, loadConfig } from './config.js';
