import { beforeAll, describe, expect, it } from 'vitest';
import { parseRules } from '../../src/config/parse-rules.js';
import { loadYaml } from '../../src/config/yaml.js';
import { evaluateRules, type GateInput } from '../../src/gate/evaluate-rules.js';
import type { MetricStatus } from '../../src/gate/verdict.js';
import { fromNormal } from '../../src/stats/delta-estimate.js';

// The parsers are synchronous; the shell loads the YAML library first, and so do these tests.
beforeAll(loadYaml);

type Values = Record<string, number | null>;

function gate(rules: string, current: Values, baseline: Values | undefined, minSliceSize = 30) {
  const input: GateInput = {
    current: new Map(Object.entries(current)),
    baseline: baseline && new Map(Object.entries(baseline)),
    rules: parseRules(rules),
    minSliceSize,
  };
  return evaluateRules(input);
}

function statusOf(rules: string, current: Values, baseline: Values | undefined, id: string): MetricStatus {
  return gate(rules, current, baseline).verdicts.find((v) => v.id === id)!.status;
}

describe('rule semantics (docs/rules.md#syntax)', () => {
  const cases: { name: string; rules: string; current: Values; baseline?: Values; id: string; status: MetricStatus; reason?: RegExp }[] = [
    { name: 'min passes at the bound', rules: 'accuracy: { min: 0.9 }', current: { accuracy: 0.9 }, id: 'accuracy', status: 'pass' },
    { name: 'min fails below', rules: 'accuracy: { min: 0.9 }', current: { accuracy: 0.8999 }, id: 'accuracy', status: 'fail', reason: /0\.8999 is below the minimum 0\.9/ },
    { name: 'max fails above', rules: 'log_loss: { max: 0.45 }', current: { log_loss: 0.46 }, id: 'log_loss', status: 'fail', reason: /above the maximum 0\.45/ },
    { name: 'absolute regression within the allowance (float noise at the limit)', rules: 'accuracy: { max-regression: 0.01 }', current: { accuracy: 0.89 }, baseline: { accuracy: 0.9 }, id: 'accuracy', status: 'pass' },
    { name: 'absolute regression beyond the allowance', rules: 'accuracy: { max-regression: 0.01 }', current: { accuracy: 0.885 }, baseline: { accuracy: 0.9 }, id: 'accuracy', status: 'fail', reason: /^fell 1\.5 pts \(−1\.7%\), worse; allowed worsening 1 pt; judged on the point estimate: / },
    { name: 'relative regression of a higher-is-better metric', rules: 'f1: { max-regression: 2% }', current: { f1: 0.78 }, baseline: { f1: 0.8 }, id: 'f1', status: 'fail', reason: /allowed worsening 2% \(1\.6 pts\)/ },
    { name: 'relative regression within 2%', rules: 'f1: { max-regression: 2% }', current: { f1: 0.785 }, baseline: { f1: 0.8 }, id: 'f1', status: 'pass' },
    { name: 'lower-is-better: a rise is a regression', rules: 'log_loss: { max-regression: 5% }', current: { log_loss: 0.43 }, baseline: { log_loss: 0.4 }, id: 'log_loss', status: 'fail' },
    { name: 'lower-is-better: a fall is an improvement', rules: 'log_loss: { max-regression: 0 }', current: { log_loss: 0.3 }, baseline: { log_loss: 0.4 }, id: 'log_loss', status: 'pass' },
    { name: 'direction from the id heuristic (latency)', rules: 'latency_ms: { max-regression: 10% }', current: { latency_ms: 115 }, baseline: { latency_ms: 100 }, id: 'latency_ms', status: 'fail' },
    { name: 'explicit direction overrides the heuristic', rules: 'hit_time: { direction: higher, max-regression: 0 }', current: { hit_time: 5 }, baseline: { hit_time: 4 }, id: 'hit_time', status: 'pass' },
    { name: 'relative against a zero baseline allows no worsening', rules: 'mae: { max-regression: 10% }', current: { mae: 0.001 }, baseline: { mae: 0 }, id: 'mae', status: 'fail' },
    { name: 'relative against a zero baseline: equal passes', rules: 'mae: { max-regression: 10% }', current: { mae: 0 }, baseline: { mae: 0 }, id: 'mae', status: 'pass' },
    { name: 'relative against a negative baseline uses its magnitude', rules: 'mcc: { max-regression: 10% }', current: { mcc: -0.22 }, baseline: { mcc: -0.2 }, id: 'mcc', status: 'pass' },
    { name: 'relative against a negative baseline, beyond', rules: 'mcc: { max-regression: 10% }', current: { mcc: -0.25 }, baseline: { mcc: -0.2 }, id: 'mcc', status: 'fail' },
    { name: 'an undefined current value breaks its rule', rules: 'roc_auc: { min: 0.5 }', current: { roc_auc: null }, id: 'roc_auc', status: 'fail', reason: /undefined on this data/ },
    { name: 'an undefined current value breaks a regression rule too', rules: 'roc_auc: { max-regression: 0.01 }', current: { roc_auc: null }, baseline: { roc_auc: 0.9 }, id: 'roc_auc', status: 'fail' },
    { name: 'an undefined baseline value is not compared', rules: 'roc_auc: { max-regression: 0.01 }', current: { roc_auc: 0.5 }, baseline: { roc_auc: null }, id: 'roc_auc', status: 'pass', reason: /baseline value is undefined/ },
    { name: 'a gated metric the baseline has and this run lacks breaks its rule', rules: 'f1: { max-regression: 0.01 }', current: { accuracy: 1 }, baseline: { f1: 0.8, accuracy: 1 }, id: 'f1', status: 'fail', reason: /missing from this run/ },
    { name: 'required breaks when missing from both', rules: 'f1: { required: true }\naccuracy: { min: 0 }', current: { accuracy: 1 }, baseline: { accuracy: 1, f1: 0.5 }, id: 'f1', status: 'fail' },
    { name: 'severity warning warns instead of failing', rules: 'accuracy: { min: 0.9, severity: warning }', current: { accuracy: 0.8 }, id: 'accuracy', status: 'warn' },
    { name: 'a new metric with a rule is shown as new', rules: 'default: { max-regression: 0.01 }', current: { accuracy: 0.8, f1: 0.7 }, baseline: { accuracy: 0.8 }, id: 'f1', status: 'new' },
    { name: 'a removed metric without a rule is shown as removed', rules: '', current: { accuracy: 0.8 }, baseline: { accuracy: 0.8, f1: 0.7 }, id: 'f1', status: 'removed' },
    { name: 'a metric without a rule is informational', rules: '', current: { accuracy: 0.8 }, baseline: { accuracy: 0.9 }, id: 'accuracy', status: 'info' },
    { name: 'globs match ids with slashes', rules: '"hellaswag/*": { max-regression: 0.5% }', current: { 'hellaswag/acc': 0.5 }, baseline: { 'hellaswag/acc': 0.6 }, id: 'hellaswag/acc', status: 'fail' },
    { name: 'slice globs match slice ids (brackets are literal)', rules: '"accuracy[region=*]": { min: 0.85 }', current: { 'accuracy[region=eu]': 0.8, 'n[region=eu]': 100 }, id: 'accuracy[region=eu]', status: 'fail' },
    { name: 'an exact rule wins over a glob', rules: '"acc*": { min: 0.99 }\naccuracy: { min: 0.5 }', current: { accuracy: 0.8 }, id: 'accuracy', status: 'pass' },
    { name: 'the most specific glob wins', rules: '"*": { min: 0.99 }\n"accuracy[*]": { min: 0.5 }', current: { 'accuracy[region=eu]': 0.8, 'n[region=eu]': 100 }, id: 'accuracy[region=eu]', status: 'pass' },
    { name: 'default applies to metrics without their own rule', rules: 'default: { max-regression: 0.02 }', current: { recall: 0.7 }, baseline: { recall: 0.75 }, id: 'recall', status: 'fail' },
    { name: 'default never gates the example count', rules: 'default: { max-regression: 0 }', current: { n: 90, accuracy: 1 }, baseline: { n: 100, accuracy: 1 }, id: 'n', status: 'info' },
    { name: 'small slices are shown but not gated', rules: '"accuracy[*]": { min: 0.9 }', current: { 'accuracy[region=eu]': 0.5, 'n[region=eu]': 29 }, id: 'accuracy[region=eu]', status: 'skipped', reason: /29 examples, below min-slice-size 30/ },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const verdict = gate(c.rules, c.current, c.baseline).verdicts.find((v) => v.id === c.id)!;
      expect(verdict.status).toBe(c.status);
      if (c.reason) expect(verdict.reasons.join('; ')).toMatch(c.reason);
    });
  }

  it('absolute rules still gate without a baseline, and the status says no-baseline', () => {
    expect(gate('accuracy: { min: 0.9, max-regression: 0.01 }', { accuracy: 0.95 }, undefined).status).toBe('no-baseline');
    expect(gate('accuracy: { min: 0.9, max-regression: 0.01 }', { accuracy: 0.85 }, undefined).status).toBe('fail');
  });

  it('warns overall when only warnings broke', () => {
    expect(gate('accuracy: { min: 0.9, severity: warning }', { accuracy: 0.8 }, { accuracy: 0.8 }).status).toBe('warn');
  });

  it('refuses a rule that matches no metric, listing the known ids', () => {
    expect(() => gate('acuracy: { min: 0.9 }', { accuracy: 0.9, f1: 0.8 }, undefined)).toThrow(
      'rules: "acuracy" matches no metric in the current run or the baseline; known ids: accuracy, f1',
    );
    expect(() => gate('"hellaswag/*": { min: 0.9 }', { accuracy: 0.9 }, undefined)).toThrow(/"hellaswag\/\*" matches no metric/);
  });

  it('uses the direction of the built-in metric for its slices', () => {
    expect(statusOf('"log_loss[*]": { max-regression: 0 }', { 'log_loss[g=a]': 0.5, 'n[g=a]': 50 }, { 'log_loss[g=a]': 0.4, 'n[g=a]': 50 }, 'log_loss[g=a]')).toBe('fail');
  });
});

describe('who sets the bar (docs/rules.md#who-sets-the-bar)', () => {
  const input = (rules: string, baselineRules: string, current: Values, baseline: Values, accept?: { label: string; absoluteRules: boolean }) =>
    evaluateRules({
      current: new Map(Object.entries(current)),
      baseline: new Map(Object.entries(baseline)),
      rules: parseRules(rules),
      baselineRules: parseRules(baselineRules),
      minSliceSize: 30,
      ...(accept ? { accept } : {}),
    });

  it('fails a metric on the baseline rule when the pull request loosened its own', () => {
    const gate = input('f1: { max-regression: 10% }', 'f1: { max-regression: 1% }', { f1: 0.75 }, { f1: 0.8 });
    const f1 = gate.verdicts.find((v) => v.id === 'f1')!;
    expect(f1.status).toBe('fail');
    expect(f1.reasons).toEqual(['baseline rule: fell 5.0 pts (−6.3%), worse; allowed worsening 1% (0.8 pts); judged on the point estimate: significance is off']);
  });

  it('shows the interval of the check that decided: the failing baseline rule, not the passing loosened one', () => {
    const gate = evaluateRules({
      current: new Map([['f1', 0.75]]),
      baseline: new Map([['f1', 0.8]]),
      rules: parseRules('f1: { max-regression: 50% }'),
      baselineRules: parseRules('f1: { max-regression: 1% }'),
      estimates: new Map([['f1', fromNormal('paired bootstrap', -0.05, 0.01, 0.95)!]]),
      alpha: 0.05,
      minSliceSize: 30,
    });
    const f1 = gate.verdicts.find((v) => v.id === 'f1')!;
    expect(f1.status).toBe('fail');
    // Holm over the two checks: the baseline's (smallest p) is tested at alpha / 2, so its interval is 97.5%.
    expect(f1.verdictInterval?.level).toBeCloseTo(0.975, 12);
    const [low, high] = f1.verdictInterval!.bounds;
    expect(low).toBeCloseTo(-0.05 - 2.2414 * 0.01, 3);
    expect(high).toBeCloseTo(-0.05 + 2.2414 * 0.01, 3);
    expect(f1.reasons[0]).toContain('the 97.5% interval (Holm over 2 checks) −7.2 … −2.8 pts lies wholly beyond it');
  });

  it('applies a baseline rule the pull request deleted', () => {
    const gate = input('', 'accuracy: { min: 0.9 }', { accuracy: 0.85 }, { accuracy: 0.95 });
    expect(gate.verdicts.find((v) => v.id === 'accuracy')!.status).toBe('fail');
  });

  it('applies a stricter new rule of the pull request at once', () => {
    const gate = input('f1: { max-regression: 0 }', 'f1: { max-regression: 10% }', { f1: 0.79 }, { f1: 0.8 });
    expect(gate.verdicts.find((v) => v.id === 'f1')!.status).toBe('fail');
  });

  it('turns failed regression rules into accepted ones with the accept label, naming it', () => {
    const gate = input('f1: { max-regression: 0 }', '', { f1: 0.7 }, { f1: 0.8 }, { label: 'model-gate: accept-regression', absoluteRules: false });
    const f1 = gate.verdicts.find((v) => v.id === 'f1')!;
    expect(f1.status).toBe('accepted');
    expect(f1.reasons.at(-1)).toBe('accepted by the "model-gate: accept-regression" label');
    expect(gate.status).toBe('pass');
  });

  it('does not accept a broken absolute rule unless the config allows it', () => {
    const rules = 'accuracy: { min: 0.9, max-regression: 0 }';
    const refused = input(rules, '', { accuracy: 0.8 }, { accuracy: 0.95 }, { label: 'ok', absoluteRules: false });
    expect(refused.verdicts.find((v) => v.id === 'accuracy')!.status).toBe('fail');
    const allowed = input(rules, '', { accuracy: 0.8 }, { accuracy: 0.95 }, { label: 'ok', absoluteRules: true });
    expect(allowed.verdicts.find((v) => v.id === 'accuracy')!.status).toBe('accepted');
  });

  it('ignores baseline rules for metrics that neither run has, instead of failing the config', () => {
    const gate = input('', '"gone/*": { min: 0.5 }', { accuracy: 0.9 }, { accuracy: 0.9 });
    expect(gate.status).toBe('pass');
  });
});
