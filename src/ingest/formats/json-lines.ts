import { protectBigIntegers } from './big-integers.js';
import { InputError } from '../../errors.js';
import { ByteCarry } from './byte-carry.js';
import {
  DECLINED,
  FALSE,
  INCOMPLETE,
  LOWER_F,
  LOWER_N,
  LOWER_T,
  MINUS,
  NULL,
  TRUE,
  ZERO,
  matchKey,
  needsEscape,
  printsAsWritten,
  skipNested,
  skipNumber,
  skipSpace,
  skipString,
} from './json-lexer.js';
import { BACKSLASH, CLOSE_BRACE, COLON, COMMA, LF, OPEN_BRACE, OPEN_BRACKET, QUOTE, SPACE } from './json-bytes.js';
import { decodeUtf8 } from '../table/byte-interner.js';
import { describeJson } from '../table/cells.js';
import { parseDecimal } from '../table/decimal.js';
import { RecordView } from '../table/record-view.js';
import {
  ROLE_ID,
  ROLE_NUMBER,
  ROLE_SLICE,
  type PredictionTableBuilder,
  type RecordSink,
  type RowSink,
} from '../table/table-builder.js';

/**
 * JSON Lines read from UTF-8 bytes as they stream in, with the rules of the reader that parsed the whole text:
 * lines split on LF, each trimmed as `String#trim` does (CR, byte-order marks, other white space), blank ones
 * skipped, every other one a JSON object read with `JSON.parse`; the keys of the first record are the header.
 *
 * After the first record, a line that is a flat object (strings without escapes, numbers, `true`, `false`,
 * `null`; nested values only under keys no column reads) is scanned straight from its bytes into the columns,
 * through the byte sink of CSV files: labels by their bytes, numbers through `parseDecimal`. The scanner takes
 * a line only once it has checked all of it, and only when the values it hands over will be read as
 * `JSON.parse`'s values would be; any other line (escapes in a value that is read, nested values that are read,
 * a missing or repeated key, unusual white space, invalid JSON) is decoded and goes through `JSON.parse`, so
 * tables and messages do not depend on which path a line took. Only the line being read is kept.
 */


/** A record whose fields are ranges of the line's bytes, or (when `escaped[k]`) the text `overrides[k]`. */
class JsonRecordView extends RecordView {
  readonly overrides: (string | undefined)[];

  constructor(fields: number) {
    super();
    const size = Math.max(fields, 1);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.escaped = new Uint8Array(size);
    this.numbers = new Float64Array(size).fill(Number.NaN);
    this.overrides = new Array<string | undefined>(size).fill(undefined);
    this.count = fields;
  }

  override text(k: number): string {
    return this.escaped[k] === 0 ? decodeUtf8(this.bytes, this.starts[k]!, this.ends[k]!) : this.overrides[k]!;
  }
}

/**
 * Reads one JSON Lines file pushed in chunks, which may split it anywhere (inside a value, a CRLF or a
 * multi-byte character): the result does not depend on where.
 */
export class JsonLinesReader {
  private readonly carry = new ByteCarry();
  /** Lines handed over so far (the next line's number minus one). */
  private line = 0;
  private keys: string[] | undefined;
  private rows: RowSink | undefined;
  private scanner: LineScanner | undefined;
  /** Lines after the first that went through `JSON.parse` (blank lines not counted); for tests. */
  parsedLines = 0;

  constructor(
    private readonly file: string,
    private readonly builder: PredictionTableBuilder,
  ) {}

  /** True once the first record was read (its keys planned the columns). */
  get started(): boolean {
    return this.keys !== undefined;
  }

  push(chunk: Uint8Array): void {
    let from = 0;
    if (this.carry.length > 0) {
      const lf = chunk.indexOf(LF);
      if (lf < 0) {
        this.carry.append(chunk, 0, chunk.length);
        return;
      }
      this.carry.append(chunk, 0, lf);
      const line = this.carry.take();
      this.readLine(line, 0, line.length);
      from = lf + 1;
    }
    const end = chunk.length;
    while (from < end) {
      const scanner = this.scanner;
      const done = scanner ? scanner.scan(chunk, from, end, false, this.line + 1) : DECLINED;
      if (done >= 0) {
        this.line++;
        from = done + 1;
        continue;
      }
      if (done === INCOMPLETE) break;
      const lf = chunk.indexOf(LF, from);
      if (lf < 0) break;
      this.readLine(chunk, from, lf);
      from = lf + 1;
    }
    if (from < end) this.carry.append(chunk, from, end);
  }

  /** Reads the last line (one without a line break); a file without records is bad input. */
  finish(): void {
    if (this.carry.length > 0) {
      const line = this.carry.take();
      this.readLine(line, 0, line.length);
    }
    this.carry.release();
    this.scanner?.release();
    if (!this.keys) throw new InputError('empty file: no JSON records', { file: this.file });
  }

  /** One whole line `bytes[start, end)`, its line break excluded: scanned when it can be, else parsed. */
  private readLine(bytes: Uint8Array, start: number, end: number): void {
    const line = ++this.line;
    if (this.scanner && this.scanner.scan(bytes, start, end, true, line) >= 0) return;
    this.parseLine(bytes, start, end, line);
  }

  private parseLine(bytes: Uint8Array, start: number, end: number, line: number): void {
    const text = decodeUtf8(bytes, start, end).trim();
    if (text === '') return;
    let value: unknown;
    try {
      value = JSON.parse(protectBigIntegers(text));
    } catch (error) {
      throw new InputError(`not valid JSON (${(error as Error).message})`, { file: this.file, line });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new InputError(`expected a JSON object per line, found ${describeJson(value)}`, { file: this.file, line });
    }
    const record = value as Record<string, unknown>;
    if (!this.keys) {
      const keys = Object.keys(record);
      const sinks = this.builder.beginJsonLines(this.file, keys, keys.map((k) => record[k]));
      this.keys = keys;
      this.rows = sinks.rows;
      if (sinks.records) this.scanner = new LineScanner(keys, sinks.roles, sinks.records);
    } else {
      this.parsedLines++;
    }
    const keys = this.keys;
    this.rows!(keys.map((k) => record[k]), line);
  }
}

/**
 * Scans one line as a flat JSON object into a `JsonRecordView` and hands it to the byte sink, or declines it
 * without side effects. It validates every byte of the line as JSON before handing anything over.
 */
class LineScanner {
  private readonly view: JsonRecordView;
  private readonly keyBytes: (Uint8Array | undefined)[];
  private readonly keyIndex = new Map<string, number>();
  /** The line stamp at which each header key was last seen, to find repeated keys. */
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly kept: number;

  constructor(
    keys: readonly string[],
    private readonly roles: Uint8Array,
    private readonly sink: RecordSink,
  ) {
    this.view = new JsonRecordView(keys.length);
    const encoder = new TextEncoder();
    // A key that JSON must escape is never matched in place (its lines are declined at the escape).
    this.keyBytes = keys.map((k) => (needsEscape(k) ? undefined : encoder.encode(k)));
    keys.forEach((k, index) => this.keyIndex.set(k, index));
    this.seen = new Int32Array(Math.max(keys.length, 1));
    this.kept = roles.reduce((n, role) => n + (role === 0 ? 0 : 1), 0);
  }

  /** Drops the reference to the last chunk. */
  release(): void {
    this.view.bytes = new Uint8Array(0);
  }

  /**
   * Scans the line starting at `start`. Returns the position of its line break (or `end` when `final`, the line
   * then being `bytes[start, end)`) once the record went to the sink or the line was blank; DECLINED when the
   * line must be parsed; INCOMPLETE when the line runs past `end` and more bytes will follow.
   */
  scan(bytes: Uint8Array, start: number, end: number, final: boolean, line: number): number {
    const short = final ? DECLINED : INCOMPLETE;
    const roles = this.roles;
    const view = this.view;
    let p = skipSpace(bytes, start, end);
    if (p === end) return final ? end : INCOMPLETE;
    if (bytes[p] === LF) return p;
    if (bytes[p] !== OPEN_BRACE) return DECLINED;
    p = skipSpace(bytes, p + 1, end);
    if (p === end) return short;
    if (bytes[p] === CLOSE_BRACE) return DECLINED; // `{}`: leave it to the parser
    const stamp = ++this.stamp;
    const seen = this.seen;
    const keyBytes = this.keyBytes;
    let expected = 0;
    let found = 0;
    for (;;) {
      // The key: most often the header's next one, compared in place; else looked up by its text.
      if (bytes[p] !== QUOTE) return DECLINED;
      const keyStart = p + 1;
      const guess = expected < keyBytes.length ? keyBytes[expected] : undefined;
      let q = guess ? matchKey(guess, bytes, keyStart, end) : -1;
      let k = -1;
      if (q >= 0) {
        k = expected;
      } else {
        q = keyStart;
        while (q < end) {
          const c = bytes[q]!;
          if (c === QUOTE) break;
          if (c === BACKSLASH || c < SPACE) return DECLINED;
          q++;
        }
        if (q === end) return short;
        k = this.keyIndex.get(decodeUtf8(bytes, keyStart, q)) ?? -1;
      }
      const role = k >= 0 ? roles[k]! : 0;
      if (k >= 0) {
        expected = k + 1;
        if (role !== 0) {
          if (seen[k] === stamp) return DECLINED; // a repeated key: the last one wins in `JSON.parse`
          seen[k] = stamp;
          found++;
        }
      }
      p = skipSpace(bytes, q + 1, end);
      if (p === end) return short;
      if (bytes[p] !== COLON) return DECLINED;
      p = skipSpace(bytes, p + 1, end);
      if (p === end) return short;
      // The value.
      const c = bytes[p]!;
      const valueStart = p;
      if (c === QUOTE) {
        q = p + 1;
        while (q < end) {
          const b = bytes[q]!;
          if (b === QUOTE) break;
          if (b === BACKSLASH || b < SPACE) break;
          q++;
        }
        if (q === end) return short;
        if (bytes[q] !== QUOTE) {
          if (role !== 0 || bytes[q] !== BACKSLASH) return DECLINED;
          q = skipString(bytes, p, end);
          if (q < 0) return q === INCOMPLETE ? short : DECLINED;
          p = q;
        } else {
          if (role !== 0) {
            view.starts[k] = p + 1;
            view.ends[k] = q;
            view.escaped[k] = 0;
            view.numbers[k] = Number.NaN;
          }
          p = q + 1;
        }
      } else if (c === MINUS || (c >= ZERO && c <= ZERO + 9)) {
        q = skipNumber(bytes, p, end);
        if (q < 0) return DECLINED;
        if (q === end) return short; // more digits may follow
        if (role !== 0 && !this.takeNumber(bytes, valueStart, q, k, role)) return DECLINED;
        p = q;
      } else if (c === LOWER_T || c === LOWER_F || c === LOWER_N) {
        const word = c === LOWER_T ? TRUE : c === LOWER_F ? FALSE : NULL;
        if (p + word.length > end) return short;
        for (let i = 1; i < word.length; i++) if (bytes[p + i] !== word[i]) return DECLINED;
        p += word.length;
        if (role !== 0) {
          if (c === LOWER_N) {
            // `null` is an empty slice value; anywhere else it is an error, which the parser words.
            if (role !== ROLE_SLICE) return DECLINED;
            view.starts[k] = valueStart;
            view.ends[k] = valueStart;
          } else {
            if ((role & ROLE_NUMBER) !== 0) return DECLINED;
            view.starts[k] = valueStart;
            view.ends[k] = p;
          }
          view.escaped[k] = 0;
          view.numbers[k] = Number.NaN;
        }
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
        if (role !== 0) return DECLINED;
        q = skipNested(bytes, p, end);
        if (q < 0) return q === INCOMPLETE ? short : DECLINED;
        p = q;
      } else {
        return DECLINED;
      }
      p = skipSpace(bytes, p, end);
      if (p === end) return short;
      if (bytes[p] === COMMA) {
        p = skipSpace(bytes, p + 1, end);
        if (p === end) return short;
        continue;
      }
      if (bytes[p] !== CLOSE_BRACE) return DECLINED;
      break;
    }
    p = skipSpace(bytes, p + 1, end);
    let lineEnd: number;
    if (p === end) {
      if (!final) return INCOMPLETE;
      lineEnd = end;
    } else if (bytes[p] === LF) {
      lineEnd = p;
    } else {
      return DECLINED;
    }
    if (found !== this.kept) return DECLINED; // a key that is read is missing
    view.bytes = bytes;
    view.line = line;
    this.sink(view);
    return lineEnd;
  }

  /**
   * Puts the JSON number `bytes[start, end)` into field `k`, to be read as `JSON.parse`'s value would be: as a
   * number through `parseDecimal` (else `Number` of the same text, by the sink), as label text spelled as
   * `String(value)`. False when that cannot be had here (an id that is not a plain integer; a number read both
   * as a number and as text that is not written as it prints).
   */
  private takeNumber(bytes: Uint8Array, start: number, end: number, k: number, role: number): boolean {
    const view = this.view;
    view.numbers[k] = (role & ROLE_NUMBER) !== 0 ? parseDecimal(bytes, start, end) : Number.NaN;
    view.starts[k] = start;
    view.ends[k] = end;
    view.escaped[k] = 0;
    if (role === ROLE_NUMBER || printsAsWritten(bytes, start, end)) return true;
    if ((role & (ROLE_NUMBER | ROLE_ID)) !== 0) return false;
    view.escaped[k] = 1;
    const written = decodeUtf8(bytes, start, end);
    view.overrides[k] = protectBigIntegers(written) === written ? String(Number(written)) : written;
    return true;
  }
}
