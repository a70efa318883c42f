import { itemMean, type ScoredMetric } from '../ingest/llm-logs/scored.js';

/**
 * How the items of one scored metric pair between the baseline and the current run. Keys are the only pairing
 * (never the position); an item whose version (lm-eval `doc_hash` + `target_hash`) differs is changed and is
 * not tested; a differing prompt hash is counted for a note only, since a pull request may change the prompt.
 */
export interface ItemPairing {
  /** Item indices of the shared, unchanged items: `baseline[k]` pairs with `current[k]`. */
  readonly baseline: Uint32Array;
  readonly current: Uint32Array;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly string[];
  /** Shared items whose prompt hash differs (still paired). */
  readonly promptChanged: number;
}

export function pairItems(b: ScoredMetric, c: ScoredMetric): ItemPairing {
  const index = new Map<string, number>();
  b.keys.forEach((key, i) => index.set(key, i));
  const baseline: number[] = [];
  const current: number[] = [];
  const added: string[] = [];
  const changed: string[] = [];
  const seen = new Uint8Array(b.keys.length);
  let promptChanged = 0;
  c.keys.forEach((key, ci) => {
    const bi = index.get(key);
    if (bi === undefined) {
      added.push(key);
      return;
    }
    seen[bi] = 1;
    if (b.versions && c.versions && b.versions[bi] !== c.versions[ci]) {
      changed.push(key);
      return;
    }
    if (b.prompts && c.prompts && b.prompts[bi] !== c.prompts[ci]) promptChanged++;
    baseline.push(bi);
    current.push(ci);
  });
  const removed = b.keys.filter((_, i) => seen[i] === 0);
  return { baseline: Uint32Array.from(baseline), current: Uint32Array.from(current), added, removed, changed, promptChanged };
}

/** Where a binary item stands in one run: passed every repeat, failed every repeat, or mixed (flaky). */
export type ItemState = 'pass' | 'fail' | 'flaky';

export function itemState(metric: ScoredMetric, i: number): ItemState {
  const mean = itemMean(metric, i);
  return mean === 1 ? 'pass' : mean === 0 ? 'fail' : 'flaky';
}

/** Paired binary items by what happened to them; newly failing ones passed every baseline repeat and fail every current one. */
export interface ItemTransitions {
  readonly passToFail: readonly number[];
  readonly failToPass: readonly number[];
  readonly stillFailing: readonly number[];
  /** Mixed across repeats in either run: never counted as newly failing. */
  readonly flaky: readonly number[];
  readonly stillPassing: number;
}

/** Indices are positions k in the pairing. */
export function itemTransitions(b: ScoredMetric, c: ScoredMetric, pairing: ItemPairing): ItemTransitions {
  const passToFail: number[] = [];
  const failToPass: number[] = [];
  const stillFailing: number[] = [];
  const flaky: number[] = [];
  let stillPassing = 0;
  for (let k = 0; k < pairing.current.length; k++) {
    const was = itemState(b, pairing.baseline[k]!);
    const is = itemState(c, pairing.current[k]!);
    if (was === 'flaky' || is === 'flaky') flaky.push(k);
    else if (was === 'pass' && is === 'fail') passToFail.push(k);
    else if (was === 'fail' && is === 'pass') failToPass.push(k);
    else if (was === 'fail') stillFailing.push(k);
    else stillPassing++;
  }
  return { passToFail, failToPass, stillFailing, flaky, stillPassing };
}
