import { ConfigError } from '../errors.js';
import { baseMetricId } from './direction.js';
import { DEFAULT_RULE_KEY, type Rule } from './rules.js';

/** Rule keys are metric ids or globs: `*` matches any run of characters, `?` one; brackets are literal. */
export function isGlob(key: string): boolean {
  return key.includes('*') || key.includes('?');
}

/** A compiled glob: `test` says whether a whole id matches. */
export interface Glob {
  test(id: string): boolean;
}

/**
 * A glob as a matcher: `*` any run of characters, `?` one, everything else literal. No regular expression and no
 * backtracking: the pattern is cut at its stars, the first piece must start the id, the last must end it, and
 * each piece between is taken at its leftmost place after the previous one (leftmost is never worse, since a
 * star can absorb whatever lies between). The cost is at most id length × pattern length, however many stars
 * (`*a*a*a*a*a*a*a*a*a*a*a*a*z` took more than 30 s as a regular expression).
 */
export function compileGlob(key: string): Glob {
  const pieces = key.split('*');
  if (pieces.length === 1) return { test: (id) => id.length === key.length && matchesAt(id, 0, key) };
  const head = pieces[0]!;
  const tail = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter((piece) => piece !== '');
  return {
    test(id) {
      if (id.length < head.length + tail.length) return false;
      if (!matchesAt(id, 0, head) || !matchesAt(id, id.length - tail.length, tail)) return false;
      let from = head.length;
      const end = id.length - tail.length;
      for (const piece of middle) {
        const at = findPiece(id, piece, from, end);
        if (at < 0) return false;
        from = at + piece.length;
      }
      return true;
    },
  };
}

/** Whether `piece` (literal characters and `?`) matches `id` at `at`. */
function matchesAt(id: string, at: number, piece: string): boolean {
  for (let i = 0; i < piece.length; i++) {
    const c = piece.charCodeAt(i);
    if (c !== 63 /* ? */ && c !== id.charCodeAt(at + i)) return false;
  }
  return true;
}

/** The leftmost place in `id[from, end)` where `piece` matches whole, or -1. */
function findPiece(id: string, piece: string, from: number, end: number): number {
  if (!piece.includes('?')) {
    const at = id.indexOf(piece, from);
    return at >= 0 && at + piece.length <= end ? at : -1;
  }
  for (let at = from; at + piece.length <= end; at++) if (matchesAt(id, at, piece)) return at;
  return -1;
}

interface CompiledRule {
  readonly rule: Rule;
  readonly pattern: Glob;
  readonly literalChars: number;
}

/**
 * Finds the rule for each metric id: a rule written for exactly that id, else the most specific matching glob
 * (most literal characters; the first written on a tie), else `default` — which never applies to the `n` counts.
 */
export class RuleMatcher {
  private readonly exact = new Map<string, Rule>();
  private readonly globs: CompiledRule[] = [];
  private readonly fallback: Rule | undefined;

  constructor(readonly rules: readonly Rule[]) {
    let fallback: Rule | undefined;
    for (const rule of rules) {
      if (rule.key === DEFAULT_RULE_KEY) fallback = rule;
      else if (isGlob(rule.key)) {
        this.globs.push({ rule, pattern: compileGlob(rule.key), literalChars: rule.key.replace(/[*?]/g, '').length });
      } else this.exact.set(rule.key, rule);
    }
    this.fallback = fallback;
  }

  ruleFor(id: string): Rule | undefined {
    const exact = this.exact.get(id);
    if (exact) return exact;
    let best: CompiledRule | undefined;
    for (const glob of this.globs) {
      if (glob.pattern.test(id) && (!best || glob.literalChars > best.literalChars)) best = glob;
    }
    if (best) return best.rule;
    const isCount = id === 'n' || id.startsWith('n[');
    return isCount ? undefined : this.fallback;
  }

  /** Refuses rules that match no metric of either run: a typo must not silently gate nothing (docs/rules.md#syntax). */
  assertAllMatch(ids: readonly string[]): void {
    for (const rule of this.rules) {
      if (rule.key === DEFAULT_RULE_KEY) continue;
      const matches = isGlob(rule.key) ? ids.some((id) => compileGlob(rule.key).test(id)) : ids.includes(rule.key);
      if (matches) continue;
      const known = ids.filter((id) => baseMetricId(id) === id).slice(0, 30);
      const more = ids.length > known.length ? ', …' : '';
      throw new ConfigError(
        `rules: "${rule.key}" matches no metric in the current run or the baseline; known ids: ${known.join(', ')}${more}`,
      );
    }
  }
}
