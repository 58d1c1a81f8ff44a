export {
  HtmlBudgetError,
  MAX_HTML_CHARS,
  type ParseHtmlOptions,
  parseHtml,
  TIME_BUDGET_MS,
} from './parse-html.js';
export { type ParseTextOptions, parseText } from './parse-text.js';
