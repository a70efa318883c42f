import type { ExampleData } from '../baseline/examples.js';
import type { EvalData } from '../metrics/eval-data.js';

/**
 * How the baseline's eval set relates to the current one (docs/baseline.md#comparability), and, when ids pair them, the rows that
 * paired tests may use. Ids are the only pairing: rows are never matched by position.
 */
export interface Comparability {
  readonly kind: 'paired' | 'unpaired';
  /** Why the runs are unpaired, in words (no ids, different tasks, …). */
  readonly reason: string | undefined;
  readonly shared: number;
  readonly added: number;
  readonly removed: number;
  /** Shared ids whose label differs between the runs. */
  readonly changedLabels: number;
  /** Row indices of the shared, same-label examples: `baselineRows[k]` pairs with `currentRows[k]`. */
  readonly baselineRows: Uint32Array;
  readonly currentRows: Uint32Array;
}

function labelOf(data: EvalData, row: number): string | number {
  return data.task === 'regression' ? data.yTrue[row]! : data.classes[data.yTrue[row]!]!;
}

/** Pairs the two runs' examples by id; rows whose label changed are left out of the pairing and counted. */
export function pairExamples(baseline: ExampleData, current: ExampleData): Comparability {
  const unpaired = (reason: string): Comparability => ({
    kind: 'unpaired',
    reason,
    shared: 0,
    added: 0,
    removed: 0,
    changedLabels: 0,
    baselineRows: new Uint32Array(0),
    currentRows: new Uint32Array(0),
  });
  if (baseline.data.task !== current.data.task) return unpaired('the runs are of different tasks');
  if (!baseline.ids || !current.ids) {
    let sameLabels = baseline.data.n === current.data.n;
    for (let i = 0; sameLabels && i < baseline.data.n; i++) sameLabels = labelOf(baseline.data, i) === labelOf(current.data, i);
    return unpaired(
      sameLabels
        ? 'no id column: the runs have as many examples and the same labels in the same order, but rows are never paired by position; add an id column for paired tests'
        : 'no id column in one of the runs; add one (id, example_id or uid) for paired tests',
    );
  }
  const baselineIndex = new Map<string, number>();
  baseline.ids.forEach((id, row) => baselineIndex.set(id, row));
  const baselineRows: number[] = [];
  const currentRows: number[] = [];
  let changedLabels = 0;
  let shared = 0;
  current.ids.forEach((id, row) => {
    const match = baselineIndex.get(id);
    if (match === undefined) return;
    shared++;
    if (labelOf(baseline.data, match) !== labelOf(current.data, row)) {
      changedLabels++;
      return;
    }
    baselineRows.push(match);
    currentRows.push(row);
  });
  const result = {
    shared,
    added: current.ids.length - shared,
    removed: baseline.ids.length - shared,
    changedLabels,
    baselineRows: Uint32Array.from(baselineRows),
    currentRows: Uint32Array.from(currentRows),
  };
  if (baselineRows.length === 0) return { ...result, kind: 'unpaired', reason: 'no example id is shared by both runs' };
  return { ...result, kind: 'paired', reason: undefined };
}

/** What a reviewer wants to know about changed predictions (docs/baseline.md#comparability). */
export interface Churn {
  readonly rightToWrong: number;
  readonly wrongToRight: number;
  /** By true class (multiclass): [class, right→wrong, wrong→right]. */
  readonly byClass: readonly (readonly [string, number, number])[];
  /** The first few ids that the current model gets wrong and the baseline got right. */
  readonly newlyWrong: readonly string[];
}

export function predictionChurn(baseline: ExampleData, current: ExampleData, pairing: Comparability, examplesShown = 10): Churn | undefined {
  const b = baseline.data;
  const c = current.data;
  if (pairing.kind !== 'paired' || b.task === 'regression' || c.task === 'regression') return undefined;
  const byClass = new Map<string, [number, number]>();
  let rightToWrong = 0;
  let wrongToRight = 0;
  const newlyWrong: string[] = [];
  for (let k = 0; k < pairing.currentRows.length; k++) {
    const br = pairing.baselineRows[k]!;
    const cr = pairing.currentRows[k]!;
    const wasRight = b.classes[b.yPred[br]!] === b.classes[b.yTrue[br]!];
    const isRight = c.yPred[cr] === c.yTrue[cr];
    if (wasRight === isRight) continue;
    const label = c.classes[c.yTrue[cr]!]!;
    const counts = byClass.get(label) ?? [0, 0];
    if (wasRight) {
      rightToWrong++;
      counts[0]++;
      if (newlyWrong.length < examplesShown) newlyWrong.push(current.ids![cr]!);
    } else {
      wrongToRight++;
      counts[1]++;
    }
    byClass.set(label, counts);
  }
  return {
    rightToWrong,
    wrongToRight,
    byClass: [...byClass].sort((x, y) => y[1][0] - x[1][0]).map(([label, [rw, wr]]) => [label, rw, wr] as const),
    newlyWrong,
  };
}
