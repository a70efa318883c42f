import { beforeAll, describe, expect, it } from 'vitest';
import type { InputName } from '../../src/config/inputs.js';
import { parseRules } from '../../src/config/parse-rules.js';
import { parseConfigFile, parseSettings } from '../../src/config/settings.js';
import { loadYaml } from '../../src/config/yaml.js';

// The parsers are synchronous; the shell loads the YAML library first, and so do these tests.
beforeAll(loadYaml);

const reader = (inputs: Partial<Record<InputName, string>>) => (name: InputName) => inputs[name];

describe('settings: inputs over the config file over defaults', () => {
  it('has the defaults action.yml declares', () => {
    const s = parseSettings(reader({}));
    expect(s.mode).toBe('auto');
    expect(s.baseline).toBe('artifact');
    expect(s.baselineArtifact).toBe('model-gate-baseline');
    expect(s.failOn).toBe('error');
    expect(s.ifNoBaseline).toBe('warn');
    expect(s.significance).toBe('auto');
    expect(s.comment).toBe('always');
    expect(s.commentTag).toBe('default');
    expect(s.acceptLabel).toBe('model-gate: accept-regression');
    expect(s.history).toBe(30);
    expect(s.minSliceSize).toBe(30);
    expect(s.evaluate).toEqual({ task: 'auto', positiveLabel: undefined, decisionThreshold: undefined, columns: {} });
    expect(Object.isFrozen(s)).toBe(true);
  });

  it('takes values from the config file and lets inputs override them; rules merge key by key', () => {
    const config = parseConfigFile(
      'task: binary\nfail-on: warning\nmin-slice-size: 50\ncolumns: { label: truth }\nrules:\n  accuracy: { min: 0.9 }\n  f1: { max-regression: 2% }\n',
      'model-gate.yml',
    );
    const s = parseSettings(reader({ 'fail-on': 'never', rules: 'f1: { max-regression: 1% }' }), config, 'model-gate.yml');
    expect(s.evaluate.task).toBe('binary');
    expect(s.evaluate.columns).toEqual({ label: 'truth' });
    expect(s.failOn).toBe('never');
    expect(s.minSliceSize).toBe(50);
    expect(s.rules.map((r) => [r.key, r.min, r.maxRegression])).toEqual([
      ['accuracy', 0.9, undefined],
      ['f1', undefined, { kind: 'relative', percent: 1 }],
    ]);
  });

  it.each([
    [{ task: 'ranking' }, 'task: "ranking" is not one of auto, binary, multiclass, regression'],
    [{ 'fail-on': 'errors' }, 'fail-on: "errors" is not one of error, warning, never'],
    [{ significance: '5%' }, 'significance: "5%" is not auto, off, or an alpha between 0 and 0.5 such as 0.05'],
    [{ history: 'ten' }, 'history: "ten" is not a whole number ≥ 0'],
    [{ history: '2.5' }, 'history: "2.5" is not a whole number ≥ 0'],
    [{ 'decision-threshold': 'half' }, 'decision-threshold: "half" is not a number'],
    [{ 'comment-tag': 'a b' }, "comment-tag: \"a b\" may hold only letters, digits, '.', '_' and '-'"],
    [{ columns: '{label: y, slice: [r]}' }, 'columns: unknown key "slice"; expected label, prediction, score, id, weight, slices'],
    [{ columns: '{slices: 3}' }, 'columns.slices: expected a column name or a list of them'],
  ] as const)('rejects %o with one clear line', (inputs, message) => {
    expect(() => parseSettings(reader(inputs))).toThrow(message);
  });

  it('names an unknown config-file key and suggests the one meant', () => {
    expect(() => parseConfigFile('rule:\n  accuracy: { min: 0.9 }\n', '.github/model-gate.yml')).toThrow(
      '.github/model-gate.yml: unknown setting "rule" (did you mean "rules"?)',
    );
  });
});

describe('rules syntax', () => {
  it('parses every key', () => {
    const [rule] = parseRules('accuracy: { min: 0.8, max: 1, max-regression: 0.01, direction: higher, severity: warning, required: true }');
    expect(rule).toEqual({
      key: 'accuracy',
      min: 0.8,
      max: 1,
      maxRegression: { kind: 'absolute', value: 0.01 },
      direction: 'higher',
      severity: 'warning',
      required: true,
    });
  });

  it.each([
    ['accuracy: { mni: 0.9 }', 'rules.accuracy: unknown key "mni"; expected min, max, max-regression, direction, severity, required'],
    ['accuracy: { min: high }', 'rules.accuracy.min: expected a finite number, found "high"'],
    ['f1: { max-regression: 2 percent }', 'rules.f1.max-regression: "2 percent" is not an allowed regression'],
    ['f1: { max-regression: -0.1 }', 'rules.f1.max-regression: -0.1 is not an allowed regression'],
    ['f1: { direction: up, min: 0 }', 'rules.f1.direction: expected higher or lower, found "up"'],
    ['f1: { severity: fatal, min: 0 }', 'rules.f1.severity: expected error or warning, found "fatal"'],
    ['f1: { required: yes }', 'rules.f1.required: expected true or false, found "yes"'],
    ['f1: { min: 0.9, max: 0.8 }', 'rules.f1: min 0.9 is above max 0.8, so nothing could pass'],
    ['f1: { severity: warning }', 'rules.f1: the rule checks nothing'],
    ['f1: 0.9', 'rules.f1: expected a map such as { min: 0.9, max-regression: 1% }'],
    ['- accuracy', 'rules: expected a map of metric ids to rules'],
    ['"accuracy[region=*]": { min: [1] }', 'rules."accuracy[region=*]".min: expected a finite number, found [1]'],
  ])('rejects %s', (text, message) => {
    expect(() => parseRules(text)).toThrow(message);
  });
});
