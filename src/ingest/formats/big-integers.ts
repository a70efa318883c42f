/**
 * JSON integers with more digits than a double holds (beyond 2^53) lose their identity in `JSON.parse`:
 * 9007199254740993 reads as 9007199254740992. pandas keeps them as int64/uint64, so two such labels stay two
 * classes there. Before a parse, `protectBigIntegers` writes each such integer (outside strings) as a string of
 * its digits, which the readers then take as the label text, compared exactly (see table/classes.ts).
 */

/** An integer literal of 16 or more digits, not part of a decimal or exponent: a cheap test before the scan. */
const BIG_INTEGER_LITERAL = /(?<![\d.eE+-])-?\d{16,}(?![\d.eE])/;

/** The JSON text with big integer literals quoted; the same string when it has none. */
export function protectBigIntegers(text: string): string {
  if (!BIG_INTEGER_LITERAL.test(text)) return text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c /* \ */ ? 2 : 1;
      i++;
      continue;
    }
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39)) {
      let end = i + 1;
      while (end < text.length && /[\d.eE+-]/.test(text[end]!)) end++;
      const token = text.slice(i, end);
      // Only a valid JSON integer (no leading zero): anything else stays as written, for JSON.parse to refuse.
      if (/^-?[1-9]\d{15,}$/.test(token) && !Number.isSafeInteger(Number(token))) {
        out += `${text.slice(copied, i)}"${token}"`;
        copied = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  return out + text.slice(copied);
}
