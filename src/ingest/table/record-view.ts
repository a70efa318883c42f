import { decodeUtf8 } from './byte-interner.js';

const QUOTE = 0x22;

/*
 * The contract between the byte readers (CSV/TSV in delimited-bytes.ts, flat JSON Lines in json-lines.ts) and
 * the table: a record as byte ranges, so that no string or array is made per row.
 */

/** One record, valid only during the callback that receives it. */
export class RecordView {
  /** The bytes the ranges point into. */
  bytes: Uint8Array = new Uint8Array(0);
  /** The number of fields. */
  count = 0;
  /** The 1-based line on which the record starts. */
  line = 0;
  /** Field `k` is `bytes[starts[k], ends[k])`, unless `escaped[k]`: then that range is its raw quoted text. */
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  escaped = new Uint8Array(64);
  /**
   * The value of field `k` as a plain decimal, read while scanning, for the columns set as numeric with
   * `DelimitedByteParser.readAsNumbers`; NaN for every other field (parse those from the range).
   */
  numbers = new Float64Array(64).fill(Number.NaN);

  /** True for an empty field (a quoted field with doubled quotes or trailing text is never empty). */
  isEmpty(k: number): boolean {
    return this.ends[k] === this.starts[k] && this.escaped[k] === 0;
  }

  /** Field `k` as text. */
  text(k: number): string {
    const text = decodeUtf8(this.bytes, this.starts[k]!, this.ends[k]!);
    return this.escaped[k] === 0 ? text : unquote(text);
  }

  /** Every field as text (for headers). */
  texts(): string[] {
    return Array.from({ length: this.count }, (_, k) => this.text(k));
  }

  /** Appends a field and returns its index; `numbers[index]` is left to the caller. */
  add(start: number, end: number, escaped: number): number {
    const k = this.count++;
    if (k === this.starts.length) this.grow();
    this.starts[k] = start;
    this.ends[k] = end;
    this.escaped[k] = escaped;
    return k;
  }

  /** Makes room for the next field, so that its number can be stored before the field is added. */
  reserveField(): void {
    if (this.count === this.starts.length) this.grow();
  }

  private grow(): void {
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const bigger = make(a.length * 2);
      bigger.set(a);
      return bigger;
    };
    this.starts = grow(this.starts, (n) => new Int32Array(n));
    this.ends = grow(this.ends, (n) => new Int32Array(n));
    this.escaped = grow(this.escaped, (n) => new Uint8Array(n));
    this.numbers = grow(this.numbers, (n) => new Float64Array(n));
  }
}


/** `"a""b"c` → `a"bc`: the quoted part with doubled quotes undone, then whatever followed the closing quote. */
function unquote(raw: string): string {
  let value = '';
  let j = 1;
  for (;;) {
    const q = raw.indexOf('"', j);
    value += raw.slice(j, q);
    if (raw.charCodeAt(q + 1) === QUOTE) {
      value += '"';
      j = q + 2;
    } else {
      return value + raw.slice(q + 1);
    }
  }
}

/**
 * Reads runs of records without the parser, straight into columns (plain-rows-lane.ts): the parser offers it
 * every record first, and reads itself only those it declines.
 */
export interface RecordLane {
  /**
   * Reads the records of `bytes[from, end)` that it can, the first on `line`, each on one line; returns how many,
   * and sets `position` to where the first one it did not read starts.
   */
  take(bytes: Uint8Array, from: number, end: number, final: boolean, line: number): number;
  readonly position: number;
}
