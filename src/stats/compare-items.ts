import type { DeltaEstimate } from '../gate/verdict.js';
import type { RunMetrics } from '../ingest/combine-run.js';
import { headline, isBinary, itemMean, type ScoredMetric } from '../ingest/llm-logs/scored.js';
import { estimateItems, sampleSize } from './item-estimate.js';
import { itemTransitions, pairItems } from './item-pairing.js';

/** One scored metric compared item by item: what the report's items section and `max-newly-failing` need. */
export interface ItemComparison {
  readonly id: string;
  readonly task: string;
  readonly paired: number;
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
  readonly promptChanged: number;
  readonly test: string;
  readonly correlation: number | undefined;
  readonly clusters: number | undefined;
  readonly estimate: DeltaEstimate | undefined;
  /** Where the estimate is centred: the headline difference over all items of each run. */
  readonly delta: number;
  readonly effectiveSd: number;
  /** Pass/fail metrics only. */
  readonly transitions: ItemTransitionCounts | undefined;
}

export interface ItemTransitionCounts {
  readonly passToFail: number;
  readonly failToPass: number;
  readonly stillFailing: number;
  readonly flaky: number;
  /** Items that passed every baseline repeat and are mixed now: they warn, never count as newly failing. */
  readonly newlyFlaky: number;
  /** The first newly failing items, in the current run's order. */
  readonly newlyFailing: readonly ItemChange[];
  readonly newlyPassing: readonly ItemChange[];
}

export interface ItemChange {
  readonly key: string;
  readonly baseline: number;
  readonly current: number;
  /** The item's text, only when the settings ask for it (`show-item-text`) and the log has one. */
  readonly text?: string;
}

export interface CompareItemsOptions {
  readonly level: number;
  /** How many newly failing item keys to keep per metric. */
  readonly shown?: number;
  /** Keep each shown item's text (opt-in: eval data can be private). */
  readonly showText?: boolean;
}

/** Every metric both runs have scored records for, compared item by item (pairing by key only). */
export function compareItems(baseline: RunMetrics, current: RunMetrics, options: CompareItemsOptions): ItemComparison[] {
  const out: ItemComparison[] = [];
  if (!baseline.items || !current.items) return out;
  for (const [id, c] of current.items) {
    const b = baseline.items.get(id);
    if (!b) continue;
    out.push(compareMetric(b, c, options));
  }
  return out;
}

function compareMetric(b: ScoredMetric, c: ScoredMetric, options: CompareItemsOptions): ItemComparison {
  const pairing = pairItems(b, c);
  const result = estimateItems(b, c, pairing, { level: options.level });
  let transitions: ItemTransitionCounts | undefined;
  if (isBinary(b) && isBinary(c)) {
    const t = itemTransitions(b, c, pairing);
    const shown = options.shown ?? 10;
    const change = (k: number): ItemChange => {
      const ci = pairing.current[k]!;
      const text = options.showText ? c.texts?.[ci] : undefined;
      return { key: c.keys[ci]!, baseline: itemMean(b, pairing.baseline[k]!), current: itemMean(c, ci), ...(text ? { text } : {}) };
    };
    const newlyFlaky = t.flaky.filter((k) => itemMean(b, pairing.baseline[k]!) === 1).length;
    transitions = {
      passToFail: t.passToFail.length,
      failToPass: t.failToPass.length,
      stillFailing: t.stillFailing.length,
      flaky: t.flaky.length,
      newlyFlaky,
      newlyFailing: t.passToFail.slice(0, shown).map(change),
      newlyPassing: t.failToPass.slice(0, shown).map(change),
    };
  }
  return {
    id: c.id,
    task: c.task,
    paired: pairing.current.length,
    added: pairing.added.length,
    removed: pairing.removed.length,
    changed: pairing.changed.length,
    promptChanged: pairing.promptChanged,
    test: result.test,
    correlation: result.correlation,
    clusters: result.clusters,
    estimate: result.estimate,
    delta: headline(c) - headline(b),
    effectiveSd: result.effectiveSd,
    transitions,
  };
}

/** The "eval too small for this rule" finding, when the allowance is below the smallest detectable worsening. */
export function tooSmallFor(comparison: ItemComparison, allowed: number, alpha: number): { detectable: number; itemsNeeded: number } | undefined {
  if (!(allowed > 0) || comparison.paired < 2 || !(comparison.effectiveSd > 0)) return undefined;
  const size = sampleSize(comparison.effectiveSd, comparison.paired, allowed, alpha);
  return size.detectable > allowed ? size : undefined;
}
