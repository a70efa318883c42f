import { InputError } from '../../errors.js';
import { ScoredBuilder, scoredReading, type ScoredReading } from './scored.js';

/**
 * In-house scored records: any CSV, JSON Lines or Parquet file with an item id column and one or more score
 * columns, named by `columns: { id, scores: [...], repeat, cluster, slices }`. Each score column is a metric of
 * that name: the mean over items of each item's mean over its repeats (rows sharing an id are its repeats;
 * the `repeat` column only documents which is which). Slices give `score[column=value]` as for predictions.
 */
export interface ScoredColumns {
  readonly id: string;
  readonly scores: readonly string[];
  readonly repeat?: string | undefined;
  readonly cluster?: string | undefined;
  readonly slices?: readonly string[] | undefined;
}

/** One row, as its file gives it: a field's value by column name, and where the row sits for errors. */
export interface ScoredRow {
  readonly get: (column: string) => unknown;
  readonly line: number;
}

export class ScoredRecordsReader {
  private readonly builder = new ScoredBuilder();
  private rows = 0;

  constructor(private readonly columns: ScoredColumns) {}

  /** True once a row was added. */
  get started(): boolean {
    return this.rows > 0;
  }

  /** Checks a file's header (its column names) once, before its rows. */
  checkHeader(file: string, header: readonly string[]): void {
    const wanted = [this.columns.id, ...this.columns.scores, ...(this.columns.cluster ? [this.columns.cluster] : []), ...(this.columns.slices ?? [])];
    for (const name of wanted) {
      if (!header.includes(name)) {
        throw new InputError(`no column "${name}" (named in columns); the file has ${header.map((h) => JSON.stringify(h)).join(', ')}`, { file, line: 1 });
      }
    }
  }

  add(file: string, row: ScoredRow): void {
    const where = (field: string) => ({ file, line: row.line, field });
    const rawId = row.get(this.columns.id);
    const key = typeof rawId === 'string' ? rawId : typeof rawId === 'number' || typeof rawId === 'bigint' ? String(rawId) : undefined;
    if (key === undefined || key === '') throw new InputError('the item id is empty', where(this.columns.id));
    const rawCluster = this.columns.cluster === undefined ? undefined : row.get(this.columns.cluster);
    const cluster = rawCluster === undefined || rawCluster === null ? undefined : cellText(rawCluster);
    const slices = (this.columns.slices ?? []).map((name) => `[${name}=${cellText(row.get(name))}]`);
    for (const column of this.columns.scores) {
      const value = scoreValue(row.get(column));
      if (value === undefined) {
        throw new InputError(`"${cellText(row.get(column))}" is not a score (a number, true/false, or 0/1)`, where(column));
      }
      const facts = cluster === undefined ? undefined : { cluster };
      this.builder.add(column, 'scored', key, value, facts);
      for (const slice of slices) this.builder.add(`${column}${slice}`, 'scored', key, value, facts);
    }
    this.rows++;
  }

  finish(file: string): ScoredReading {
    if (this.rows === 0) throw new InputError('no scored records in this file', { file });
    return scoredReading(this.builder.finish());
  }
}

/** A cell as text: scalars as they print, anything else (a nested record) as JSON. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? '';
}

function scoreValue(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim().toLowerCase();
  if (trimmed === 'true') return 1;
  if (trimmed === 'false') return 0;
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : undefined;
}
