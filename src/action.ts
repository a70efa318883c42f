import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import { INPUT_NAMES, type InputName, type OutputName } from './config/inputs.js';
import { parseEvaluateSettings, readChoice } from './config/settings.js';
import { ConfigError, isUserError } from './errors.js';
import { renderEvaluationMarkdown, toEvaluationJson } from './report/evaluation-report.js';
import { evaluateFiles } from './shell/evaluate-files.js';

const MODES = ['auto', 'compare', 'record', 'evaluate'] as const;

/**
 * The action's entry: read the inputs once, evaluate, publish. Baseline comparison, rules and the PR comment
 * arrive with the compare and GitHub issues; until then every mode evaluates and says so.
 */
export async function run(): Promise<void> {
  try {
    const read = (name: InputName) => core.getInput(name);
    const mode = readChoice(read, 'mode', MODES, 'auto');
    const settings = parseEvaluateSettings(read);
    const predictions = read('predictions');
    if (!predictions) throw new ConfigError('predictions: no files given; set it to the eval step\'s output, e.g. eval/predictions.csv');
    if (mode !== 'evaluate') core.warning(`mode "${mode}": this version evaluates only; baselines and rules are not compared yet`);

    const evaluation = await evaluateFiles(predictions, settings, process.env.GITHUB_WORKSPACE ?? process.cwd());
    const json = toEvaluationJson(evaluation);
    const folder = join(process.env.RUNNER_TEMP ?? process.cwd(), 'model-gate');
    await mkdir(folder, { recursive: true });
    const reportPath = join(folder, 'report.json');
    await writeFile(reportPath, `${JSON.stringify(json, null, 2)}\n`);

    const outputs: Partial<Record<OutputName, string>> = {
      status: 'pass',
      passed: 'true',
      metrics: JSON.stringify(json.metrics),
      regressions: '[]',
      report: reportPath,
    };
    for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);
    await core.summary.addRaw(renderEvaluationMarkdown(evaluation)).write();
    core.info(`model-gate: ${evaluation.task}, ${evaluation.n} examples, ${evaluation.metrics.size} metrics`);
  } catch (error) {
    if (isUserError(error)) core.setFailed(error.message);
    else core.setFailed(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

/** Input names the action reads, for the test that keeps action.yml in step. */
export const ACTION_INPUTS: readonly InputName[] = INPUT_NAMES;
