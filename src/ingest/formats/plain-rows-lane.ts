import type { CategoricalBuilder, LabelBuilder, ScoreBuilder } from '../table/column-builders.js';
import type { ColumnPlan } from '../table/columns.js';
import type { RecordLane } from '../table/record-view.js';
import {
  CODE_OFFSET,
  CODE_TABLE_SIZE,
  PlainRowsOutput,
  scanPlainRows,
  SLOT_CODE,
  SLOT_NUMBER,
  SLOT_PROBABILITY,
  SLOT_TEXT,
  SLOT_WEIGHT,
  type PlainRowsLayout,
} from './plain-rows.js';
import type { ColumnSinkColumns } from '../table/column-sink.js';

/** Rows per scan: the outputs (8 bytes a slot) stay in the processor's cache between the scan and the append. */
const ROWS_PER_SCAN = 1 << 14;
/**
 * After a record the lane declines straight away, it waits this many offers at most before it scans again (an
 * offer is a record the parser is about to read, or one that runs past the chunk and is offered again).
 */
const MAX_WAIT = 1 << 10;

/** A label or prediction column fed by the lane, and how much of its interning the code table has seen. */
interface LabelSlot {
  readonly slot: number;
  readonly builder: LabelBuilder;
  seen: number;
}

/** A score column fed by the lane. */
interface ScoreSlot {
  readonly slot: number;
  readonly builder: ScoreBuilder;
  readonly name: string;
}

/**
 * Feeds the plain records of a delimited file (see plain-rows.ts) straight into the table's columns, with the
 * values and checks of the record sink: the parser hands it every record first and reads the ones it declines.
 * Labels are taken as numbers once their column holds numbers (a regression target), and by code while it holds
 * codes, for the values interned already; a new class, like any record the lane does not read, goes through the
 * record sink, and the lane then learns its code.
 */
export class PlainRowsLane implements RecordLane {
  position = 0;
  private readonly layout: PlainRowsLayout;
  private readonly out: PlainRowsOutput;
  private readonly labels: LabelSlot[] = [];
  private readonly scores: ScoreSlot[] = [];
  private readonly weightSlot: number;
  /** The slot of each slice column, in the plan's order. */
  private readonly sliceSlots: readonly number[];
  /** The parser read a record this lane declined since the last scan: a label may have a new code or no codes. */
  private stale = true;
  private wait = 0;
  private backoff = 1;

  private constructor(
    private readonly file: string,
    delimiter: number,
    fieldCount: number,
    plan: ColumnPlan,
    private readonly columns: ColumnSinkColumns,
  ) {
    const slots = new Int32Array(fieldCount).fill(-1);
    const kinds: number[] = [];
    const take = (index: number, kind: number): number => {
      slots[index] = kinds.length;
      kinds.push(kind);
      return kinds.length - 1;
    };
    const { label, prediction, score, classScores, weights } = columns;
    this.labels.push({ slot: take(plan.label.index, SLOT_CODE), builder: label, seen: 0 });
    if (prediction && plan.prediction) this.labels.push({ slot: take(plan.prediction.index, SLOT_CODE), builder: prediction, seen: 0 });
    const scoreKind = (probability: boolean) => (probability ? SLOT_PROBABILITY : SLOT_NUMBER);
    if (score && plan.score) {
      this.scores.push({ slot: take(plan.score.index, scoreKind(score.probabilityByName)), builder: score, name: plan.score.name });
    }
    const classColumns = (classScores && plan.classScores?.columns) || [];
    classColumns.forEach((column, k) => {
      const builder = classScores![k]!;
      this.scores.push({ slot: take(column.index, scoreKind(builder.probabilityByName)), builder, name: column.name });
    });
    this.weightSlot = weights && plan.weight ? take(plan.weight.index, SLOT_WEIGHT) : -1;
    const textCodes: (CategoricalBuilder | undefined)[] = [];
    this.sliceSlots = plan.slices.map((column, k) => {
      const slot = take(column.index, SLOT_TEXT);
      textCodes[slot] = columns.slices[k]!;
      return slot;
    });
    this.layout = {
      delimiter,
      fieldCount,
      slots,
      kinds: Uint8Array.from(kinds),
      codeTables: kinds.map((kind) => new Int32Array(kind === SLOT_CODE ? CODE_TABLE_SIZE : 0).fill(-1)),
      textCodes: kinds.map((_, slot) => textCodes[slot]),
    };
    this.out = new PlainRowsOutput(kinds.length, ROWS_PER_SCAN);
  }

  /**
   * The lane for a file planned as `plan`, or undefined when its records are never plain to the record sink:
   * ids are text that must be checked for repeats, and a column feeding two roles would be read twice.
   */
  static for(file: string, delimiter: string, fieldCount: number, plan: ColumnPlan, columns: ColumnSinkColumns): PlainRowsLane | undefined {
    if (plan.id) return undefined;
    const kept = [plan.label, plan.prediction, plan.score, ...(plan.classScores?.columns ?? []), plan.weight, ...plan.slices].flatMap((c) =>
      c ? [c.index] : [],
    );
    if (new Set(kept).size !== kept.length) return undefined;
    return new PlainRowsLane(file, delimiter.charCodeAt(0), fieldCount, plan, columns);
  }

  take(bytes: Uint8Array, from: number, end: number, final: boolean, line: number): number {
    this.position = from;
    if (this.wait > 0) {
      this.wait--;
      return 0;
    }
    if (this.stale) this.refresh();
    const out = this.out;
    let taken = 0;
    let at = from;
    for (;;) {
      scanPlainRows(bytes, at, end, final, this.layout, out);
      if (out.rows > 0) this.append(out.rows, line + taken);
      taken += out.rows;
      at = out.position;
      if (out.rows < out.capacity) break;
    }
    this.position = at;
    if (out.declined) {
      this.stale = true;
      // A file whose records are mostly not plain (numbers in exponent form, say) is left to the parser.
      if (taken === 0) {
        this.wait = this.backoff;
        this.backoff = Math.min(2 * this.backoff, MAX_WAIT);
      } else {
        this.backoff = 1;
      }
    }
    return taken;
  }

  /** Appends the scanned rows, the first on `firstLine`, to the columns (checked while scanning already). */
  private append(rows: number, firstLine: number): void {
    const { numbers, codes } = this.out;
    const kinds = this.layout.kinds;
    for (const { slot, builder } of this.labels) {
      if (kinds[slot] === SLOT_CODE) builder.pushCodes(codes[slot]!, rows);
      else builder.pushNumbers(numbers[slot]!.subarray(0, rows));
    }
    for (const { slot, builder, name } of this.scores) builder.pushBatch(numbers[slot]!.subarray(0, rows), this.file, firstLine, name, 'line');
    if (this.weightSlot >= 0) this.columns.weights!.pushAll(numbers[this.weightSlot]!.subarray(0, rows));
    this.sliceSlots.forEach((slot, k) => this.columns.slices[k]!.pushCodes(codes[slot]!, rows));
    this.columns.countRows(rows);
  }

  /** Catches up with what the record sink did to the label columns: new codes, or numbers from now on. */
  private refresh(): void {
    this.stale = false;
    const kinds = this.layout.kinds;
    for (const entry of this.labels) {
      const { slot, builder } = entry;
      if (!builder.holdsCodes) {
        kinds[slot] = SLOT_NUMBER;
        continue;
      }
      const values = builder.internedValues();
      const table = this.layout.codeTables[slot]!;
      for (; entry.seen < values.length; entry.seen++) {
        const text = values[entry.seen]!;
        if (!CANONICAL_INTEGER.test(text)) continue;
        const at = Number(text) + CODE_OFFSET;
        if (at >= 0 && at < table.length) table[at] = entry.seen;
      }
    }
  }
}

/** An integer as `String(number)` writes it, with at most 15 digits (the lane's scan reads no more). */
const CANONICAL_INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
