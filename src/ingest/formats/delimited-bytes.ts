import { InputError } from '../../errors.js';
import { plainScan, scanPlainDecimal } from '../table/plain-decimal.js';
import { RecordView, type RecordLane } from '../table/record-view.js';

/**
 * CSV/TSV read from UTF-8 bytes as they stream in, with the rules of `parseDelimited` (delimited.ts), the text
 * parser it replaces for prediction files: RFC 4180 quoting (delimiters, doubled quotes and line breaks inside
 * quotes), records ending in LF, CRLF or a lone CR, blank lines skipped, text after a closing quote kept as
 * written (like pandas), a leading byte-order mark dropped, and the same line numbers and messages. Records are
 * handed over as byte ranges into the current buffer, so no string or array is made per row.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
const BOM = [0xef, 0xbb, 0xbf] as const;
/** A record still incomplete at this size is re-parsed only once its carried bytes double (linear overall). */
const RETRY_FLOOR = 1 << 16;

/**
 * Where the unquoted text from `k` ends: at the delimiter, a line break, or `end`. Digits and letters are above
 * every byte that ends a field (`highest`), so one comparison lets most bytes through.
 */
export function fieldEnd(bytes: Uint8Array, k: number, end: number, delimiter: number, highest: number): number {
  while (k < end) {
    const c = bytes[k]!;
    if (c <= highest && (c === delimiter || c === LF || c === CR)) break;
    k++;
  }
  return k;
}

/**
 * Feeds chunks of a file to `onRecord`, one complete record at a time, header included. Chunks may split the
 * file anywhere (inside a field, a quote pair, a CRLF or a byte-order mark); the result does not depend on where.
 */
export class DelimitedByteParser {
  private readonly delimiter: number;
  private readonly record = new RecordView();
  private carry = new Uint8Array(0);
  private carried = 0;
  private retryAt = 0;
  private line = 1;
  private bomsLeft: number;
  private numeric = new Uint8Array(0);
  private lane: RecordLane | undefined;

  /**
   * @param boms how many leading byte-order marks to drop: 2 for file bytes (the text decoder dropped one and
   *   the text parser another), 1 for text that was already decoded.
   */
  constructor(
    delimiter: string,
    private readonly file: string,
    private readonly onRecord: (record: RecordView) => void,
    boms = 2,
  ) {
    this.delimiter = delimiter.charCodeAt(0);
    this.bomsLeft = boms;
  }

  /** Fields at these positions are read as plain decimals while scanning (see `RecordView.numbers`). */
  readAsNumbers(columns: readonly number[]): void {
    this.numeric = new Uint8Array(Math.max(0, ...columns) + 1);
    for (const k of columns) this.numeric[k] = 1;
  }

  /** From the next record on, records go to `lane` first (set once the header has been read). */
  useLane(lane: RecordLane | undefined): void {
    this.lane = lane;
  }

  push(chunk: Uint8Array): void {
    // Node's Buffer is a Uint8Array of another shape; parsing one kind only keeps the JIT's code (the parser
    // goes on to parse the carried copy, a plain Uint8Array).
    if (chunk.constructor !== Uint8Array) chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.carried === 0) {
      const used = this.parse(chunk, chunk.length, false);
      this.keep(chunk, used, chunk.length);
      return;
    }
    this.append(chunk);
    if (this.carried < this.retryAt) return;
    const used = this.parse(this.carry, this.carried, false);
    this.keep(this.carry, used, this.carried);
  }

  /** Parses what is left; an open quote is an error naming the line it opened on. */
  end(): void {
    this.parse(this.carry, this.carried, true);
    this.carried = 0;
    this.record.bytes = new Uint8Array(0);
  }

  private append(chunk: Uint8Array): void {
    const needed = this.carried + chunk.length;
    if (needed > this.carry.length) {
      const bigger = new Uint8Array(Math.max(needed, this.carry.length * 2));
      bigger.set(this.carry.subarray(0, this.carried));
      this.carry = bigger;
    }
    this.carry.set(chunk, this.carried);
    this.carried = needed;
  }

  /** Keeps `bytes[from, to)`, the start of a record not complete yet, for the next chunk. */
  private keep(bytes: Uint8Array, from: number, to: number): void {
    const rest = to - from;
    if (bytes === this.carry) this.carry.copyWithin(0, from, to);
    else if (rest > 0) {
      if (rest > this.carry.length) this.carry = new Uint8Array(Math.max(rest, 2 * this.carry.length));
      this.carry.set(bytes.subarray(from, to));
    }
    this.carried = rest;
    this.retryAt = rest >= RETRY_FLOOR ? 2 * rest : 0;
    this.record.bytes = this.carry;
  }

  /** Parses the complete records of `bytes[0, end)`; returns where the first incomplete one starts. */
  private parse(bytes: Uint8Array, end: number, final: boolean): number {
    const pos = this.skipBoms(bytes, end, final);
    if (pos < 0) return -1 - pos;
    this.record.bytes = bytes;
    return this.parseRecords(bytes, pos, end, final);
  }

  /**
   * Drops leading byte-order marks and returns where the text starts; while the bytes so far could still be the
   * start of a mark, returns `-1 - position` to wait for more.
   */
  private skipBoms(bytes: Uint8Array, end: number, final: boolean): number {
    let pos = 0;
    while (this.bomsLeft > 0) {
      const available = Math.min(end - pos, BOM.length);
      let matched = 0;
      while (matched < available && bytes[pos + matched] === BOM[matched]) matched++;
      if (matched === BOM.length) {
        pos += BOM.length;
        this.bomsLeft--;
      } else if (matched === available && !final) {
        return -1 - pos;
      } else {
        this.bomsLeft = 0;
      }
    }
    return pos;
  }

  /**
   * Parses the records from `pos` on, handing each over, and returns where the first one that runs past `end`
   * starts (while more bytes may follow), else `end`. One call per chunk, not per record: the hot path (unquoted
   * fields, numeric columns read as they are scanned) works on local copies of the record's arrays, and this
   * loop runs once per field of every row.
   */
  private parseRecords(bytes: Uint8Array, from: number, end: number, final: boolean): number {
    const delimiter = this.delimiter;
    // Digits and letters are above every byte that ends a field: one comparison lets most bytes through.
    const highest = Math.max(delimiter, CR);
    const record = this.record;
    let { starts, ends, escaped, numbers } = record;
    let pos = from;
    while (pos < end) {
      // The header's callback sets which columns are numeric and the lane, so these are read for every record.
      const lane = this.lane;
      if (lane !== undefined) {
        const rows = lane.take(bytes, pos, end, final, this.line);
        if (rows > 0) {
          this.line += rows;
          pos = lane.position;
          if (pos >= end) break;
        }
      }
      const numeric = this.numeric;
      let count = 0;
      let line = this.line;
      let p = pos;
      for (;;) {
        if (count === starts.length) {
          record.count = count;
          record.reserveField();
          ({ starts, ends, escaped, numbers } = record);
        }
        if (p < end && bytes[p] === QUOTE) {
          const open = p;
          let q = p + 1;
          let doubled = false;
          for (;;) {
            q = bytes.indexOf(QUOTE, q);
            if (q < 0 || q >= end) {
              if (!final) return pos;
              throw new InputError(`unterminated quoted field (the quote opened on line ${line} never closes)`, {
                file: this.file,
                line,
              });
            }
            if (q + 1 < end && bytes[q + 1] === QUOTE) {
              doubled = true;
              q += 2;
              continue;
            }
            break;
          }
          for (let i = open + 1; i < q; i++) if (bytes[i] === LF) line++;
          const k = fieldEnd(bytes, q + 1, end, delimiter, highest);
          if (k === end && !final) return pos;
          const raw = doubled || k > q + 1;
          starts[count] = raw ? open : open + 1;
          ends[count] = raw ? k : q;
          escaped[count] = raw ? 1 : 0;
          numbers[count++] = Number.NaN;
          p = k;
        } else if (count < numeric.length && numeric[count] === 1) {
          // A plain decimal is read while its end is found; anything else is a field to parse from its range.
          const value = scanPlainDecimal(bytes, p, end, delimiter);
          let k = plainScan.end;
          const c = k < end ? bytes[k]! : LF;
          if (!(c === delimiter || c === LF || c === CR)) k = fieldEnd(bytes, k, end, delimiter, highest);
          if (k === end && !final) return pos;
          starts[count] = p;
          ends[count] = k;
          escaped[count] = 0;
          numbers[count++] = value;
          p = k;
        } else {
          const k = fieldEnd(bytes, p, end, delimiter, highest);
          if (k === end && !final) return pos;
          starts[count] = p;
          ends[count] = k;
          escaped[count] = 0;
          numbers[count++] = Number.NaN;
          p = k;
        }
        if (p < end && bytes[p] === delimiter) {
          p++;
          continue;
        }
        break;
      }
      record.count = count;
      // The record ends at a line break or at the end of the file.
      let next = p;
      if (p < end) {
        if (bytes[p] === CR) {
          if (p + 1 < end) next = bytes[p + 1] === LF ? p + 2 : p + 1;
          else if (final) next = p + 1;
          else return pos; // a CR at the end of a chunk may be the first half of a CRLF
        } else {
          next = p + 1;
        }
      }
      record.line = this.line;
      this.line = line + 1;
      if (!(record.count === 1 && record.isEmpty(0))) this.onRecord(record);
      pos = next;
    }
    return pos;
  }
}
