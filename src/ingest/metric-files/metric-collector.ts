import { InputError } from '../../errors.js';
import type { MetricReading } from './reading.js';

/** How many ids a note lists before it says "and N more". */
const NOTE_LIST_LIMIT = 5;

/**
 * Gathers the metrics of one file while a shape reader walks it, and applies the rules every reader shares:
 * NaN/Infinity become `null` (an undefined metric that breaks its rule, docs/rules.md#syntax) with one note listing them;
 * an id written twice keeps its first value, and a second, different value is reported rather than silently
 * replacing it (lm-eval repeats group scores in `results` and `groups`; equal repeats are not worth a note);
 * a standard error is kept only for an id that has a value.
 */
export class MetricCollector {
  private readonly metrics = new Map<string, number | null>();
  private readonly stderr = new Map<string, number>();
  private readonly notes: string[] = [];
  private readonly nonFinite: string[] = [];
  private readonly conflicts: string[] = [];
  private readonly declared = new Map<string, boolean>();

  constructor(private readonly file: string) {}

  /** Records a metric; a non-finite value is recorded as `null`. */
  addMetric(id: string, value: number): void {
    const stored = Number.isFinite(value) ? value : null;
    if (this.metrics.has(id)) {
      const first = this.metrics.get(id);
      if (first !== stored) this.conflicts.push(`${id} (kept ${String(first)}, ignored ${String(stored)})`);
      return;
    }
    this.metrics.set(id, stored);
    if (stored === null) this.nonFinite.push(`${id} = ${String(value)}`);
  }

  /** Records the standard error of `id`; negative or non-finite values carry no information and are ignored. */
  addStderr(id: string, value: number): void {
    if (Number.isFinite(value) && value >= 0 && !this.stderr.has(id)) this.stderr.set(id, value);
  }

  /** Records the direction the file declares for `id` (kept only if `id` gets a value). */
  declareHigherIsBetter(id: string, higher: boolean): void {
    if (!this.declared.has(id)) this.declared.set(id, higher);
  }

  /** A note for the user; the file name is prepended, since notes of several files end up in one report. */
  addNote(note: string): void {
    this.notes.push(`${this.file}: ${note}`);
  }

  get size(): number {
    return this.metrics.size;
  }

  /**
   * The finished reading. A file that yields no metric at all is an error naming the file (STYLE §4: readers
   * never drop input silently); `expected` tells the user what the file should have held.
   */
  finish(expected: string): MetricReading {
    if (this.metrics.size === 0) {
      throw new InputError(`no metrics found: ${expected}`, { file: this.file });
    }
    const notes = [...this.notes];
    if (this.nonFinite.length > 0) {
      notes.push(`${this.file}: ${describeList(this.nonFinite)} ${this.nonFinite.length === 1 ? 'is' : 'are'} not a finite number; read as undefined`);
    }
    if (this.conflicts.length > 0) {
      notes.push(`${this.file}: ${describeList(this.conflicts)} appeared twice with different values`);
    }
    const stderr = new Map<string, number>();
    for (const [id, value] of this.stderr) if (this.metrics.has(id)) stderr.set(id, value);
    const higherIsBetter = new Map<string, boolean>();
    for (const [id, higher] of this.declared) if (this.metrics.has(id)) higherIsBetter.set(id, higher);
    return { metrics: this.metrics, stderr, notes, ...(higherIsBetter.size > 0 ? { higherIsBetter } : {}) };
  }
}

/** "a, b, c and 4 more": notes stay one line however many ids are involved. */
export function describeList(items: readonly string[]): string {
  const shown = items.slice(0, NOTE_LIST_LIMIT).join(', ');
  const rest = items.length - NOTE_LIST_LIMIT;
  return rest > 0 ? `${shown} and ${rest} more` : shown;
}
