import { fieldEnd } from './delimited-bytes.js';
import { plainScan, scanPlainDecimal } from '../table/plain-decimal.js';

/**
 * The fast lane of the delimited parser: records made only of plain values, read straight into column arrays
 * without a call per record (see `PlainRowsLane`). Most prediction files are nothing else (a regression target
 * and a prediction, integer class labels and probabilities), and for them this loop is the whole read (a
 * 1M-row regression file, warm: 56 ms, against 78 ms handing each record to the record sink).
 *
 * It reads a record only when it would read it exactly as `DelimitedByteParser` and the record sink do, and
 * declines it otherwise, so the two never disagree: the parser then reads that record itself, with its values
 * and its messages. A record is plain when every field is unquoted, it has the header's field count, it ends in
 * LF or CRLF (or at the end of the file, though not in a lone CR there), and every kept field passes its slot's
 * check below.
 */

/** Any number the parser's scan reads (plain-decimal.ts): `-.5`, `5.` and leading zeros too, 15 digits at most. */
export const SLOT_NUMBER = 0;
/** A plain decimal that is not negative (a sample weight). */
export const SLOT_WEIGHT = 1;
/** A plain decimal within [0, 1] (a column named as a probability). */
export const SLOT_PROBABILITY = 2;
/**
 * A class label interned already, written as an integer the way `String(number)` writes it (no sign on zero,
 * no leading zero, no point): its text is then known from its value, and so is its code, from `codeTables`.
 */
export const SLOT_CODE = 3;
/** A slice value: any unquoted text whose bytes its column has interned already (`textCodes`). */
export const SLOT_TEXT = 4;

/** Code tables cover labels in [-CODE_OFFSET, CODE_TABLE_SIZE - CODE_OFFSET), that is -64 … 4031. */
export const CODE_OFFSET = 64;
export const CODE_TABLE_SIZE = 4096;

/** What a file's records look like, and where each field goes. */
export interface PlainRowsLayout {
  readonly delimiter: number;
  /** Every record has this many fields (the header's). */
  readonly fieldCount: number;
  /** For each field, the output slot its value goes to, or -1 for a field that is only skipped. */
  readonly slots: Int32Array;
  /** For each slot, its `SLOT_*` check. */
  readonly kinds: Uint8Array;
  /**
   * For each `SLOT_CODE` slot, the code of each label value `v` at `v + CODE_OFFSET`, -1 when that value has no
   * code yet (a new class: the parser interns it); an empty table for other slots.
   */
  readonly codeTables: readonly Int32Array[];
  /** For each `SLOT_TEXT` slot, its column's codes by bytes (-1 for bytes not seen yet); undefined for others. */
  readonly textCodes: readonly (TextCodes | undefined)[];
}

/** A column's interned values by their UTF-8 bytes (see `ByteInterner`). */
export interface TextCodes {
  lookupBytes(bytes: Uint8Array, start: number, end: number): number;
}

/** Where `scanPlainRows` writes, and how far it got. */
export class PlainRowsOutput {
  /** Slot `s` of row `r`: `numbers[s][r]` for number slots, `codes[s][r]` for `SLOT_CODE` and `SLOT_TEXT`. */
  readonly numbers: Float64Array[];
  readonly codes: Int32Array[];
  /** Rows written. */
  rows = 0;
  /** Where the first record not read starts. */
  position = 0;
  /** True when the scan stopped at a record it does not read (not merely an incomplete one, or a full output). */
  declined = false;

  constructor(
    slots: number,
    readonly capacity: number,
  ) {
    this.numbers = Array.from({ length: slots }, () => new Float64Array(capacity));
    this.codes = Array.from({ length: slots }, () => new Int32Array(capacity));
  }
}

const QUOTE = 0x22;
const MINUS = 0x2d;
const ZERO = 0x30;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Reads the plain records of `bytes[from, end)` into `out`, from row 0, until the output is full, a record is
 * not plain (`declined`), or a record runs past `end` while more bytes may follow (`final` false). Blank lines
 * are never plain: the parser skips them.
 */
export function scanPlainRows(bytes: Uint8Array, from: number, end: number, final: boolean, layout: PlainRowsLayout, out: PlainRowsOutput): void {
  const { delimiter, fieldCount, slots, kinds, codeTables, textCodes } = layout;
  const { numbers, codes, capacity } = out;
  // Digits and letters are above every byte that ends a field: one comparison lets most bytes through.
  const highest = Math.max(delimiter, CR);
  let rows = 0;
  let pos = from;
  let declined = false;
  records: while (pos < end && rows < capacity) {
    let p = pos;
    let field = 0;
    for (;;) {
      if (p < end && bytes[p] === QUOTE) {
        declined = true;
        break records;
      }
      const slot = slots[field]!;
      if (slot >= 0 && kinds[slot] === SLOT_TEXT) {
        const k = fieldEnd(bytes, p, end, delimiter, highest);
        if (k === end && !final) break records;
        const code = textCodes[slot]!.lookupBytes(bytes, p, k);
        if (code < 0) {
          declined = true;
          break records;
        }
        codes[slot]![rows] = code;
        p = k;
      } else if (slot >= 0) {
        // The parser's own scan (plain-decimal.ts), so the values are the same doubles.
        const value = scanPlainDecimal(bytes, p, end, delimiter);
        const k = plainScan.end;
        if (k === end && !final) break records;
        if (value !== value) {
          declined = true;
          break records;
        }
        const kind = kinds[slot]!;
        if (kind === SLOT_NUMBER) {
          numbers[slot]![rows] = value;
        } else if (kind === SLOT_CODE) {
          const first = bytes[p] === MINUS ? p + 1 : p;
          const canonical = plainScan.dot === 0 && (plainScan.digits === 1 || bytes[first] !== ZERO) && !(first > p && value === 0);
          const at = value + CODE_OFFSET;
          const table = codeTables[slot]!;
          const code = canonical && at >= 0 && at < table.length ? table[at | 0]! : -1;
          if (code < 0) {
            declined = true;
            break records;
          }
          codes[slot]![rows] = code;
        } else if (kind === SLOT_WEIGHT ? value >= 0 : value >= 0 && value <= 1) {
          numbers[slot]![rows] = value;
        } else {
          declined = true;
          break records;
        }
        p = k;
      } else {
        p = fieldEnd(bytes, p, end, delimiter, highest);
        if (p === end && !final) break records;
      }
      field++;
      if (p < end && bytes[p] === delimiter) {
        p++;
        if (field === fieldCount) {
          declined = true;
          break records;
        }
        continue;
      }
      break;
    }
    if (field !== fieldCount) {
      declined = true;
      break;
    }
    let next = p;
    if (p < end) {
      if (bytes[p] === LF) next = p + 1;
      else if (p + 1 < end) {
        // A CR: CRLF ends the record; a lone CR (a line break to the parser) is left to it.
        if (bytes[p + 1] !== LF) {
          declined = true;
          break;
        }
        next = p + 2;
      } else if (final) {
        declined = true;
        break;
      } else {
        break; // a CR at the end of a chunk may be the first half of a CRLF
      }
    }
    rows++;
    pos = next;
  }
  out.rows = rows;
  out.position = pos;
  out.declined = declined;
}
