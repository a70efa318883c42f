/**
 * Makes text from an artifact (metric ids, class names, slice values) inert in GitHub markdown: it renders as
 * the same characters, cannot break a table cell, open HTML, start code or a link, or @-mention anyone.
 * Every cell of every table goes through here.
 */
const REPLACEMENTS: Record<string, string> = {
  '\\': '\\\\',
  '|': '\\|',
  '`': '\\`',
  '*': '\\*',
  _: '\\_',
  '~': '\\~',
  '[': '\\[',
  ']': '\\]',
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  // A zero-width joiner keeps the text readable but stops GitHub from turning it into a mention or an issue ref.
  '@': '@\u200d',
  '#': '#\u200d',
};

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\|`*_~[\]<>&@#]/g, (c) => REPLACEMENTS[c]!).replace(/[\r\n]+/g, ' ');
}
