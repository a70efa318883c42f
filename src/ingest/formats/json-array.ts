import { protectBigIntegers } from './big-integers.js';
import { InputError, type InputLocation } from '../../errors.js';
import { ByteCarry } from './byte-carry.js';
import { BACKSLASH, CLOSE_BRACE, CLOSE_BRACKET, COMMA, isJsonWhiteSpace, OPEN_BRACE, OPEN_BRACKET, QUOTE } from './json-bytes.js';
import { decodeUtf8 } from '../table/byte-interner.js';
import { describeJson } from '../table/cells.js';
import type { PredictionTableBuilder, RowSink } from '../table/table-builder.js';

/** Receives each record of the array, numbered from 1 (see `JsonArrayReader`). */
export type JsonRecordSink = (record: Record<string, unknown>, number: number) => void;


const BOM = [0xef, 0xbb, 0xbf] as const;

/** Where the scanner is in the document. */
const enum State {
  /** Before the `[` (byte-order marks and white space allowed). */
  Start,
  /** After `[`, before the first element or `]`. */
  First,
  /** After a comma, before an element. */
  Next,
  /** Inside an element. */
  Element,
  /** After an element, before `,` or `]`. */
  After,
  /** After the closing `]`: only white space may follow. */
  End,
}


/**
 * A JSON document that is an array of records (`df.to_json(orient="records")`), read from UTF-8 bytes as they
 * stream in, one record at a time: a byte scanner finds where each element of the top-level array ends (strings,
 * escapes and nesting followed across chunks), and the element goes through `JSON.parse`, so values are exactly
 * those of parsing the whole document, while memory holds one record, not the document and its tree. The keys
 * of the first record are the header, as for the whole-document reader.
 *
 * Problems are reported in document order, located by record: a record that is not valid JSON, one that is not
 * an object, text between records that is not a comma, or a document that ends before its `]`.
 */
export class JsonArrayReader {
  private state = State.Start;
  private bomMatched = 0;
  /** The element's nesting depth (objects and arrays), and whether the scan is inside a string. */
  private depth = 0;
  private inString = false;
  private escape = false;
  /** The element is a number, `true`, `false` or `null` (it ends at white space, "," or "]"). */
  private scalar = false;
  /** Bytes of an element that began in an earlier chunk. */
  private readonly carry = new ByteCarry();
  private records = 0;
  /** Elements of the current chunk not handed over yet: [start, end) byte ranges, the first numbered `batchFirst`. */
  private batch = new Int32Array(256);
  private batched = 0;
  private batchFirst = 0;

  /**
   * @param boms how many leading byte-order marks to drop: 2 for file bytes (as the decoder and then the
   *   whole-document reader each dropped one), 1 for text that was already decoded.
   */
  constructor(
    private readonly file: string,
    private readonly onRecord: JsonRecordSink,
    private boms = 2,
  ) {}

  /** True once a record was read. */
  get started(): boolean {
    return this.records > 0;
  }

  /** Reads the next bytes of the document; chunks may split it anywhere, and are not kept past the call. */
  push(chunk: Uint8Array): void {
    const end = chunk.length;
    let i = 0;
    let elementStart = this.state === State.Element ? 0 : -1;
    while (i < end) {
      const b = chunk[i]!;
      switch (this.state) {
        case State.Start:
          if (this.boms > 0 && b === BOM[this.bomMatched]) {
            if (++this.bomMatched === BOM.length) {
              this.boms--;
              this.bomMatched = 0;
            }
          } else if (this.bomMatched > 0) {
            this.unexpected(chunk, b, 'where the document should start with "["');
          } else if (b === OPEN_BRACKET) {
            this.boms = 0;
            this.state = State.First;
          } else if (isJsonWhiteSpace(b)) {
            this.boms = 0;
          } else {
            this.unexpected(chunk, b, 'where the document should start with "["');
          }
          i++;
          break;
        case State.First:
        case State.Next:
          if (isJsonWhiteSpace(b)) {
            i++;
          } else if (b === CLOSE_BRACKET && this.state === State.First) {
            this.state = State.End;
            i++;
          } else if (b === CLOSE_BRACKET || b === COMMA) {
            this.unexpected(chunk, b, `where record ${this.records + 1} should start`);
          } else {
            this.beginElement(b);
            elementStart = i;
            i++;
          }
          break;
        case State.Element: {
          const stop = this.scanElement(chunk, i, end);
          if (stop < 0) {
            i = end;
            break;
          }
          // The element is bytes [elementStart, stop) of this chunk, after any carried from earlier ones.
          if (this.carry.length > 0) this.takeCarried(chunk, stop);
          else this.addToBatch(elementStart, stop);
          elementStart = -1;
          this.state = State.After;
          i = stop;
          break;
        }
        case State.After:
          if (isJsonWhiteSpace(b)) {
            i++;
          } else if (b === COMMA) {
            this.state = State.Next;
            i++;
          } else if (b === CLOSE_BRACKET) {
            this.state = State.End;
            i++;
          } else {
            this.unexpected(chunk, b, `after record ${this.records}, where "," or "]" should follow`);
          }
          break;
        case State.End:
          if (!isJsonWhiteSpace(b)) this.unexpected(chunk, b, 'after the closing "]"');
          i++;
          break;
      }
    }
    this.flushBatch(chunk);
    if (this.state === State.Element && elementStart >= 0) this.carry.append(chunk, elementStart, end);
  }

  /** Ends the document: it must have closed its array, and held a record. */
  finish(): void {
    if (this.state === State.Start && this.bomMatched === 0) throw new InputError('empty file', { file: this.file });
    if (this.state !== State.End) {
      throw new InputError(`not valid JSON (the document ends ${this.records > 0 ? `after record ${this.records}` : 'inside its array'} without the closing "]"; the file looks truncated)`, {
        file: this.file,
      });
    }
    if (this.records === 0) throw new InputError('empty JSON array: no records', { file: this.file });
    this.carry.release();
  }

  private beginElement(first: number): void {
    this.state = State.Element;
    this.carry.take();
    const nested = first === OPEN_BRACE || first === OPEN_BRACKET;
    this.depth = nested ? 1 : 0;
    this.escape = false;
    this.inString = first === QUOTE;
    this.scalar = !nested && !this.inString;
  }

  /**
   * Scans an element from `from` (its first byte already seen); returns where it ends (the index after its last
   * byte), or -1 when it runs past `end`.
   */
  private scanElement(bytes: Uint8Array, from: number, end: number): number {
    let depth = this.depth;
    let inString = this.inString;
    let escape = this.escape;
    let i = from;
    if (this.scalar) {
      while (i < end) {
        const b = bytes[i]!;
        if (isJsonWhiteSpace(b) || b === COMMA || b === CLOSE_BRACKET) return i;
        i++;
      }
      return -1;
    }
    for (; i < end; i++) {
      const b = bytes[i]!;
      if (inString) {
        if (escape) escape = false;
        else if (b === BACKSLASH) escape = true;
        else if (b === QUOTE) {
          inString = false;
          if (depth === 0) {
            this.inString = false;
            return i + 1;
          }
        }
      } else if (b === QUOTE) {
        inString = true;
      } else if (b === OPEN_BRACE || b === OPEN_BRACKET) {
        depth++;
      } else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        if (--depth === 0) {
          this.depth = 0;
          this.inString = false;
          return i + 1;
        }
      }
    }
    this.depth = depth;
    this.inString = inString;
    this.escape = escape;
    return -1;
  }

  /** An element that began in an earlier chunk and ends at `to` in this one, read on its own. */
  private takeCarried(chunk: Uint8Array, to: number): void {
    this.carry.append(chunk, 0, to);
    const element = this.carry.take();
    this.take(element, 0, element.length, ++this.records);
  }

  private addToBatch(from: number, to: number): void {
    if (this.batched === 0) this.batchFirst = this.records + 1;
    this.records++;
    if (2 * this.batched + 2 > this.batch.length) {
      const bigger = new Int32Array(this.batch.length * 2);
      bigger.set(this.batch);
      this.batch = bigger;
    }
    this.batch[2 * this.batched] = from;
    this.batch[2 * this.batched + 1] = to;
    this.batched++;
  }

  /**
   * Hands over the chunk's batch: one `JSON.parse` of its elements with the separators between them (already
   * checked), as one array; when that fails, element by element, so that the error names its record.
   */
  private flushBatch(chunk: Uint8Array): void {
    const count = this.batched;
    if (count === 0) return;
    this.batched = 0;
    const first = this.batchFirst;
    const start = this.batch[0]!;
    const end = this.batch[2 * count - 1]!;
    let values: unknown[] | undefined;
    try {
      values = JSON.parse(protectBigIntegers(`[${decodeUtf8(chunk, start, end)}]`)) as unknown[];
    } catch {
      values = undefined;
    }
    if (values === undefined || values.length !== count) {
      for (let k = 0; k < count; k++) this.take(chunk, this.batch[2 * k]!, this.batch[2 * k + 1]!, first + k);
      return;
    }
    for (let k = 0; k < count; k++) this.hand(values[k], first + k);
  }

  /** Parses one element and hands it over. */
  private take(bytes: Uint8Array, from: number, to: number, record: number): void {
    let value: unknown;
    try {
      value = JSON.parse(protectBigIntegers(decodeUtf8(bytes, from, to)));
    } catch (error) {
      throw new InputError(`not valid JSON (${(error as Error).message})`, { file: this.file, line: record, unit: 'record' });
    }
    this.hand(value, record);
  }

  private hand(value: unknown, record: number): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      const where: InputLocation = { file: this.file, line: record, unit: 'record' };
      throw new InputError(record === 1 ? `expected an array of objects, found ${describeJson(value)}` : `expected an object, found ${describeJson(value)}`, where);
    }
    this.onRecord(value as Record<string, unknown>, record);
  }

  private unexpected(chunk: Uint8Array, b: number, where: string): never {
    this.flushBatch(chunk); // the records before the problem come first, and may hold the first error
    const shown = b >= 0x20 && b < 0x7f ? `"${String.fromCharCode(b)}"` : `byte 0x${b.toString(16).padStart(2, '0')}`;
    throw new InputError(`not valid JSON (unexpected ${shown} ${where})`, { file: this.file });
  }
}

/** A `JsonRecordSink` appending to the table: the first record's keys are the header, as for whole documents. */
export function recordsInto(file: string, builder: PredictionTableBuilder): JsonRecordSink {
  let keys: string[] | undefined;
  let rows: RowSink | undefined;
  return (record, number) => {
    if (!rows) {
      keys = Object.keys(record);
      rows = builder.beginFile(file, keys, keys.map((k) => record[k]), 'record');
    }
    rows(keys!.map((k) => record[k]), number);
  };
}

/**
 * The first record of a JSON array from the start of its bytes, or undefined when they do not hold a whole one
 * (or are not an array of records): enough to tell a predictions document from other JSON without reading it all.
 */
export function firstArrayRecord(head: Uint8Array): Record<string, unknown> | undefined {
  let first: Record<string, unknown> | undefined;
  const stop = new Error('first record read');
  const reader = new JsonArrayReader('', (record) => {
    first = record;
    throw stop;
  });
  // In slices, so that the first record is handed over when its slice is read, not after every other one.
  const SLICE = 1 << 16;
  try {
    for (let at = 0; at < head.length && first === undefined; at += SLICE) reader.push(head.subarray(at, at + SLICE));
  } catch (error) {
    if (error !== stop && !(error instanceof InputError)) throw error;
  }
  return first;
}
