import { InputError } from '../../errors.js';

/** Receives the records of a delimited file as they are parsed; nothing is buffered beyond one record. */
export interface RecordHandler {
  /** Every record, the header included; `line` is the 1-based line on which the record starts. */
  record(fields: string[], line: number): void;
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Parses CSV/TSV text per RFC 4180: quoted fields may hold delimiters, doubled quotes and line breaks; records
 * end in LF, CRLF or a lone CR; a leading UTF-8 BOM is dropped. Blank lines are skipped, as pandas does. Like
 * pandas, text after a closing quote is kept literally (`"ab"c` is `abc`) rather than rejected.
 */
export function parseDelimited(text: string, delimiter: string, file: string, handler: RecordHandler): void {
  const delim = delimiter.charCodeAt(0);
  const end = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let fields: string[] = [];
  let recordLine = 1;

  while (i <= end) {
    let value: string;
    if (i < end && text.charCodeAt(i) === QUOTE) {
      const opened = line;
      let j = i + 1;
      value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) {
          throw new InputError(`unterminated quoted field (the quote opened on line ${opened} never closes)`, {
            file,
            line: opened,
          });
        }
        value += text.slice(j, q);
        line += countLineFeeds(text, j, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          j = q + 2;
        } else {
          j = q + 1;
          break;
        }
      }
      // Lenient like pandas: anything between the closing quote and the delimiter is kept as written.
      let k = j;
      while (k < end) {
        const c = text.charCodeAt(k);
        if (c === delim || c === LF || c === CR) break;
        k++;
      }
      if (k > j) value += text.slice(j, k);
      i = k;
    } else {
      let k = i;
      while (k < end) {
        const c = text.charCodeAt(k);
        if (c === delim || c === LF || c === CR) break;
        k++;
      }
      value = text.slice(i, k);
      i = k;
    }
    fields.push(value);

    if (i < end && text.charCodeAt(i) === delim) {
      i++;
      continue;
    }
    // End of record: a line break or the end of the text.
    if (!(fields.length === 1 && fields[0] === '')) handler.record(fields, recordLine);
    fields = [];
    if (i >= end) break;
    if (text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF) i += 2;
    else i += 1;
    line++;
    recordLine = line;
    if (i === end) break;
  }
}

function countLineFeeds(text: string, from: number, to: number): number {
  let count = 0;
  for (let p = text.indexOf('\n', from); p >= 0 && p < to; p = text.indexOf('\n', p + 1)) count++;
  return count;
}
