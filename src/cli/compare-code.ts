// What `model-gate compare` needs beyond `evaluate`, loaded only for that command so that `evaluate` starts fast.
export { compareRuns } from '../gate/compare.js';
export { renderHtmlReport } from '../report/html-report.js';
export { toHtmlReportInput } from '../report/html-input.js';
export { toJsonReport } from '../report/json.js';
export { renderMarkdown } from '../report/markdown.js';
export { renderText } from '../report/text.js';
