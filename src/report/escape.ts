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
  // GitHub renders $…$ as math.
  $: '\\$',
};

/**
 * Bidirectional controls (U+202A–U+202E, U+2066–U+2069, marks U+200E/U+200F/U+061C) reorder the text around
 * them: a class name holding U+202E can make "fail" read as "liaf" or hide what follows. They are shown as their
 * code point instead, in every format.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/** Text with each bidirectional control replaced by a visible `<U+202E>`. */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * The longest text shown whole in markdown: a longer one (an id of 70,000 characters) keeps its start and end
 * around an ellipsis, so that one hostile id cannot push every row out of a comment's 65,536 characters.
 */
const MAX_SHOWN = 1000;

function shorten(text: string): string {
  if (text.length <= MAX_SHOWN) return text;
  const chars = Array.from(text);
  return chars.length <= MAX_SHOWN ? text : `${chars.slice(0, 700).join('')}…${chars.slice(-250).join('')}`;
}

/**
 * GitHub turns `https://…`, `http://…`, `ftp://…`, `mailto:…`, `xmpp:…` and `www.…` into links by itself (GFM's
 * extended autolinks), so a metric id or item key could show a clickable phishing link in a trusted comment. A
 * zero-width joiner after the scheme's colon or after `www` breaks the autolink and keeps the text readable.
 * Matched anywhere, not only at a word start: GFM also links after `_` or `*`, which are part of ids.
 */
const AUTOLINK_SCHEME = /(https?|ftp|mailto|xmpp):/gi;
const AUTOLINK_WWW = /(www)\./gi;

export function escapeMarkdown(text: string): string {
  return showBidiControls(shorten(text))
    .replace(/[\\|`*_~[\]<>&@#$]/g, (c) => REPLACEMENTS[c]!)
    .replace(AUTOLINK_SCHEME, '$1:\u200d')
    .replace(AUTOLINK_WWW, '$1\u200d.')
    .replace(/[\r\n]+/g, ' ');
}

/** Makes text inert in HTML, in element content and in quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return showBidiControls(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
