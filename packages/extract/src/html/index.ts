export { type ParseHtmlOptions, parseHtml } from './parse-html.js';
export { type ParseTextOptions, parseText } from './parse-text.js';
