import { describe, expect, it, vi } from 'vitest';
import { tempFiles, type CliRun } from '../helpers/cli.js';

const PREDICTIONS = 'truth,guess\n1,1\n0,1\n1,1\n0,0\n';
const NOT_LOADED = 'internal error: the YAML parser was used before loadYaml()';

/**
 * The CLI in a fresh module graph, where nothing has loaded the YAML parser yet: the shell must load it
 * itself whenever a run holds YAML, since the parsers are synchronous.
 */
async function freshCli() {
  vi.resetModules();
  const { loadedYaml } = await import('../../src/config/yaml.js');
  const { runCli } = await import('../../src/cli.js');
  expect(loadedYaml).toThrow(NOT_LOADED);
  const run = async (args: readonly string[], cwd: string): Promise<CliRun> => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { cwd, write: (text) => (stdout += text), error: (text) => (stderr += text) });
    return { code, stdout, stderr };
  };
  return { run, yamlLoaded: () => !throwsNotLoaded(loadedYaml) };
}

function throwsNotLoaded(load: () => unknown): boolean {
  try {
    load();
    return false;
  } catch (error) {
    return (error as Error).message === NOT_LOADED;
  }
}

function metricsOf(run: CliRun): Record<string, number | null> {
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return (JSON.parse(run.stdout) as { metrics: Record<string, number | null> }).metrics;
}

describe('the CLI loads the YAML parser when, and only when, a run holds YAML', () => {
  it('reads --columns given as YAML', async () => {
    const { run, yamlLoaded } = await freshCli();
    const dir = tempFiles({ 'p.csv': PREDICTIONS });
    const metrics = metricsOf(await run(['evaluate', 'p.csv', '--columns', '{label: truth, prediction: guess}', '--format', 'json'], dir));
    expect(metrics).toMatchObject({ n: 4, accuracy: 0.75, precision: 2 / 3, recall: 1, f1: 0.8 });
    expect(yamlLoaded()).toBe(true);
  });

  it('reads a YAML metrics file', async () => {
    const { run } = await freshCli();
    const dir = tempFiles({ 'metrics.yaml': 'eval:\n  accuracy: 0.875\n  f1: .nan\n' });
    const result = await run(['evaluate', 'metrics.yaml', '--format', 'json'], dir);
    expect(metricsOf(result)).toEqual({ 'eval/accuracy': 0.875, 'eval/f1': null });
    expect(JSON.parse(result.stdout)).toMatchObject({ notes: ['metrics.yaml: eval/f1 = NaN is not a finite number; read as undefined'] });
  });

  it('reads a --config file, with inputs over it', async () => {
    const { run } = await freshCli();
    const dir = tempFiles({ 'p.csv': PREDICTIONS, 'gate.yml': 'columns: {label: truth, prediction: guess}\n' });
    expect(metricsOf(await run(['evaluate', 'p.csv', '--config', 'gate.yml', '--format', 'json'], dir))).toMatchObject({ accuracy: 0.75, f1: 0.8 });
    const swapped = await run(['evaluate', 'p.csv', '--config', 'gate.yml', '--columns', '{label: guess, prediction: truth}', '--format', 'json'], dir);
    expect(metricsOf(swapped)).toMatchObject({ accuracy: 0.75, precision: 1, recall: 2 / 3, f1: 0.8 });
  });

  it('reads --rules given as YAML', async () => {
    const { run } = await freshCli();
    const dir = tempFiles({ 'p.csv': PREDICTIONS });
    const args = ['compare', '--baseline', 'none', '--current', 'p.csv', '--columns', '{label: truth, prediction: guess}'];
    const result = await run([...args, '--rules', 'accuracy: { min: 0.9 }', '--format', 'json'], dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { outcome: string; metrics: { id: string; current: number; status: string }[] };
    expect(report.outcome).toBe('1 rule failed: accuracy');
    expect(report.metrics.find((m) => m.id === 'accuracy')).toMatchObject({ current: 0.75, status: 'fail' });
  });

  it('leaves the parser unloaded for predictions without YAML settings', async () => {
    const { run, yamlLoaded } = await freshCli();
    const dir = tempFiles({ 'p.csv': 'y_true,y_pred\n1,1\n0,1\n1,1\n0,0\n' });
    expect(metricsOf(await run(['evaluate', 'p.csv', '--columns', '  ', '--format', 'json'], dir))).toMatchObject({ accuracy: 0.75, f1: 0.8 });
    expect(yamlLoaded()).toBe(false);
  });
});

describe('loadSettings loads the YAML parser for every input that may hold YAML', () => {
  it('never lets any input reach a parser before it is loaded', async () => {
    // Each input, set to YAML-looking text in a fresh module graph: a setting may refuse the value, but no input
    // may reach a YAML parser the shell did not load (an internal error).
    vi.resetModules();
    const { INPUT_NAMES } = await import('../../src/config/inputs.js');
    for (const name of INPUT_NAMES) {
      vi.resetModules();
      const { loadSettings } = await import('../../src/shell/load-settings.js');
      const dir = tempFiles({});
      const outcome = await loadSettings((input) => (input === name ? '{accuracy: {min: 0.5}}' : undefined), dir).then(
        () => 'ok',
        (error: Error) => error.message,
      );
      expect(outcome, `input ${name}`).not.toContain(NOT_LOADED);
    }
  });
});
