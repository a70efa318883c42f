import { ConfigError } from '../errors.js';
import { DEFAULT_RULE_KEY, type Rule } from './rules.js';

/** Rule keys are metric ids or globs: `*` matches any run of characters, `?` one; brackets are literal. */
export function isGlob(key: string): boolean {
  return key.includes('*') || key.includes('?');
}

/** A glob as a regular expression: `*` any run of characters, `?` one, everything else literal. */
export function compileGlob(key: string): RegExp {
  const body = key.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 's');
}

interface CompiledRule {
  readonly rule: Rule;
  readonly pattern: RegExp;
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

  /** Refuses rules that match no metric of either run: a typo must not silently gate nothing (SPEC §5.1). */
  assertAllMatch(ids: readonly string[]): void {
    for (const rule of this.rules) {
      if (rule.key === DEFAULT_RULE_KEY) continue;
      const matches = isGlob(rule.key) ? ids.some((id) => compileGlob(rule.key).test(id)) : ids.includes(rule.key);
      if (matches) continue;
      const known = ids.filter((id) => !id.includes('[')).slice(0, 30);
      const more = ids.length > known.length ? ', …' : '';
      throw new ConfigError(
        `rules: "${rule.key}" matches no metric in the current run or the baseline; known ids: ${known.join(', ')}${more}`,
      );
    }
  }
}
