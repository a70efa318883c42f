import { InputError, type InputLocation } from '../../errors.js';
import { numberOf } from './cells.js';
import { ByteInterner, decodeUtf8 } from './byte-interner.js';
import { parseDecimal } from './decimal.js';
import type { Codes } from '../../metrics/codes.js';
import { GrowableCodes, GrowableFloat64 } from './growable.js';
import type { CategoricalColumn, LabelColumn, Origin, ScoreColumn } from './table.js';

/** Past this many distinct values a label column is taken to be a regression target and stored as numbers. */
const MAX_INTERNED = 1 << 16;
/**
 * Past this many distinct values, all numbers and some not whole, a column is a regression target already:
 * scikit-learn calls such labels continuous and no classification metric accepts them. Switching early spares
 * a regression file interning strings it will never use (at 1,024 it cost a 1M-row file 8 ms of its 240).
 */
const MAX_INTERNED_FRACTIONAL = 1 << 6;

/** Interns text values into codes; used for slices. */
export class CategoricalBuilder {
  private readonly codes = new GrowableCodes();
  private readonly lookup = new Map<string, number>();
  private readonly values: string[] = [];
  private readonly origins: Origin[] = [];
  private readonly bytes = new ByteInterner();

  constructor(readonly name: string) {}

  get distinct(): number {
    return this.values.length;
  }

  /** The value interned last. */
  get newest(): string | undefined {
    return this.values[this.values.length - 1];
  }

  /** The code appended last (-1 before any). */
  get lastCode(): number {
    return this.codes.last;
  }

  /** Appends a value by the code it was interned under. */
  pushCode(code: number): void {
    this.codes.push(code);
  }

  /** Appends `codes[0, count)`, values interned already, by their codes. */
  pushCodes(codes: Int32Array, count: number): void {
    this.codes.pushCodes(codes, count);
  }

  /** The code of a value by its UTF-8 bytes, -1 when those bytes have not been pushed yet. */
  lookupBytes(bytes: Uint8Array, start: number, end: number): number {
    return this.bytes.lookup(bytes, start, end);
  }

  /** The values interned so far, by code (the builder's own array: it grows as values are interned). */
  get valuesSoFar(): readonly string[] {
    return this.values;
  }

  /** Appends `map[batchCodes[r]]` for rows [from, to): values interned already, by their codes. */
  pushMappedCodes(batchCodes: Int32Array, map: Int32Array, from: number, to: number): void {
    this.codes.pushMapped(batchCodes, map, from, to);
  }

  /** Room for about this many rows, allocated once. */
  reserve(rows: number): void {
    this.codes.reserve(rows);
  }

  push(text: string, where: InputLocation): void {
    this.codes.push(this.intern(text, where.file, where.line ?? 0));
  }

  /** Appends a cell given as UTF-8 bytes, decoding it only when its bytes are new; true when its value is new. */
  pushBytes(bytes: Uint8Array, start: number, end: number, file: string, line: number): boolean {
    let code = this.bytes.lookup(bytes, start, end);
    let added = false;
    if (code < 0) {
      const before = this.values.length;
      code = this.intern(decodeUtf8(bytes, start, end), file, line);
      added = this.values.length > before;
      this.bytes.remember(bytes, start, end, code);
    }
    this.codes.push(code);
    return added;
  }

  private intern(text: string, file: string, line: number): number {
    let code = this.lookup.get(text);
    if (code === undefined) {
      code = this.values.length;
      this.lookup.set(text, code);
      this.values.push(text);
      this.origins.push({ file, line });
    }
    return code;
  }

  /** Numeric values of every distinct text, or undefined when one of them is not a number. */
  numericValues(): Float64Array | undefined {
    const out = new Float64Array(this.values.length);
    for (let i = 0; i < this.values.length; i++) {
      const v = numberOf(this.values[i]!);
      if (!Number.isFinite(v) || this.values[i]!.trim() === '') return undefined;
      out[i] = v;
    }
    return out;
  }

  codesSoFar(): Codes {
    return this.codes.finish();
  }

  finish(): CategoricalColumn {
    return { kind: 'categorical', name: this.name, codes: this.codes.finish(), values: this.values, origins: this.origins };
  }
}

/**
 * A label or prediction column: interned while the distinct values are few (classes), switched to plain
 * numbers once they are many (a regression target), so memory stays one number per row either way.
 */
export class LabelBuilder {
  private categorical: CategoricalBuilder;
  private numeric: GrowableFloat64 | undefined;
  private reserved = 0;
  /** Every distinct value so far is a number, and at least one is not a whole number. */
  private allNumbers = true;
  private someFractional = false;
  /** How many distinct values the column had when it switched to numbers (for messages). */
  private switchedAfter = 0;

  constructor(readonly name: string) {
    this.categorical = new CategoricalBuilder(name);
  }

  reserve(rows: number): void {
    this.reserved = rows;
    if (this.numeric) this.numeric.reserve(rows);
    else this.categorical.reserve(rows);
  }

  /**
   * Appends a non-empty cell given as UTF-8 bytes (a delimited file's `line`); the same as `push` of its text,
   * without making the text unless the value is new or is not a plain decimal (a value the parser already read
   * goes through `pushNumber`).
   */
  pushBytes(bytes: Uint8Array, start: number, end: number, file: string, line: number, field: string): void {
    if (this.numeric) {
      const value = parseDecimal(bytes, start, end);
      if (value === value) this.numeric.push(value);
      else this.push(decodeUtf8(bytes, start, end), { file, line, field, unit: 'line' });
      return;
    }
    if (this.categorical.pushBytes(bytes, start, end, file, line) && this.tooManyToIntern()) {
      this.switchToNumeric({ file, line, field, unit: 'line' });
    }
  }

  /** The code of the value appended last while the column holds codes; -1 once it holds numbers. */
  get lastCode(): number {
    return this.numeric ? -1 : this.categorical.lastCode;
  }

  /** True while the column holds codes (not yet switched to numbers). */
  get holdsCodes(): boolean {
    return this.numeric === undefined;
  }

  /**
   * Appends rows [from, to) of a batch by the codes `lastCode` gave for their values: row r as
   * `known[batchCodes[r]]`, every one of which must be set. Only while the column `holdsCodes`.
   */
  pushKnownCodes(batchCodes: Int32Array, known: Int32Array, from: number, to: number): void {
    if (this.numeric) throw new Error('pushKnownCodes on a column that holds numbers');
    this.categorical.pushMappedCodes(batchCodes, known, from, to);
  }

  /**
   * Appends a value by a code `lastCode` gave for it, while the column holds codes (they never change then);
   * false once it holds numbers, and the value must be appended as itself.
   */
  pushKnownCode(code: number): boolean {
    if (this.numeric) return false;
    this.categorical.pushCode(code);
    return true;
  }

  /** The values interned so far, by code, while the column holds codes; none once it holds numbers. */
  internedValues(): readonly string[] {
    return this.numeric ? [] : this.categorical.valuesSoFar;
  }

  /** Appends values by the codes they were interned under, while the column holds codes. */
  pushCodes(codes: Int32Array, count: number): void {
    if (this.numeric) throw new Error('pushCodes on a column that holds numbers');
    this.categorical.pushCodes(codes, count);
  }

  /** Appends plain numbers read elsewhere (the plain-rows lane), while the column holds numbers. */
  pushNumbers(values: Float64Array): void {
    if (!this.numeric) throw new Error('pushNumbers on a column that holds codes');
    this.numeric.pushAll(values);
  }

  /**
   * Appends a cell the parser read as a plain decimal, when the column already holds numbers (small enough to be
   * inlined into the per-row loop); false when it holds codes and the cell must take `pushBytes`.
   */
  pushNumber(value: number): boolean {
    if (this.numeric === undefined) return false;
    this.numeric.push(value);
    return true;
  }

  push(text: string, where: InputLocation): void {
    if (this.numeric) {
      const v = numberOf(text);
      if (!Number.isFinite(v) || text.trim() === '') {
        throw new InputError(
          `"${text}" is not a number, but the rows above hold ${this.switchedAfter} distinct numbers, so this column ` +
            'was read as a regression target',
          where,
        );
      }
      this.numeric.push(v);
      return;
    }
    const before = this.categorical.distinct;
    this.categorical.push(text, where);
    if (this.categorical.distinct > before && this.tooManyToIntern()) this.switchToNumeric(where);
  }

  /** Called when a new distinct value was interned: true when the column should hold plain numbers from now on. */
  private tooManyToIntern(): boolean {
    const distinct = this.categorical.distinct;
    if (this.allNumbers) {
      const text = this.categorical.newest!;
      const value = numberOf(text);
      if (text.trim() === '' || !Number.isFinite(value)) this.allNumbers = false;
      else if (!Number.isInteger(value)) this.someFractional = true;
    }
    return distinct > MAX_INTERNED || (distinct > MAX_INTERNED_FRACTIONAL && this.allNumbers && this.someFractional);
  }

  private switchToNumeric(where: InputLocation): void {
    const byCode = this.categorical.numericValues();
    if (!byCode) {
      throw new InputError(
        `more than ${MAX_INTERNED} distinct values, and not all numbers: too many classes for classification`,
        where,
      );
    }
    this.switchedAfter = this.categorical.distinct;
    const numeric = new GrowableFloat64();
    const codes = this.categorical.codesSoFar();
    numeric.reserve(this.reserved);
    for (const code of codes) numeric.push(byCode[code]!);
    this.numeric = numeric;
    this.categorical = new CategoricalBuilder(this.name);
  }

  finish(): LabelColumn {
    if (this.numeric) return { kind: 'numeric', name: this.name, values: this.numeric.finish() };
    return this.categorical.finish();
  }
}

/** A score or probability column; a column named as a probability must stay within [0, 1]. */
export class ScoreBuilder {
  private readonly values = new GrowableFloat64();
  private inUnitInterval = true;

  constructor(
    readonly name: string,
    readonly probabilityByName: boolean,
  ) {}

  reserve(rows: number): void {
    this.values.reserve(rows);
  }

  push(value: number, where: InputLocation): void {
    if (value < 0 || value > 1) this.outside(value, where);
    this.values.push(value);
  }

  /** `push` for a delimited file's line, building the location only when the value is rejected. */
  pushAt(value: number, file: string, line: number, field: string): void {
    if (value < 0 || value > 1) this.outside(value, { file, line, field, unit: 'line' });
    this.values.push(value);
  }

  private outside(value: number, where: InputLocation): void {
    if (this.probabilityByName) throw new InputError(`probability ${value} is outside [0, 1]`, where);
    this.inUnitInterval = false;
  }

  finish(): ScoreColumn {
    return {
      name: this.name,
      values: this.values.finish(),
      probabilityByName: this.probabilityByName,
      inUnitInterval: this.inUnitInterval,
    };
  }

  /**
   * `push` for a batch of values read column-wise (a Parquet row group), the first numbered `firstLine`: each is
   * checked as `push` checks it, then all are appended at once.
   */
  pushBatch(values: Float64Array, file: string, firstLine: number, field: string, unit: 'line' | 'record'): void {
    for (let i = 0; i < values.length; i++) {
      const value = values[i]!;
      if (value < 0 || value > 1) this.outside(value, { file, line: firstLine + i, field, unit });
    }
    this.values.pushAll(values);
  }
}
