import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { InputName, OutputName } from './config/inputs.js';
import type { Settings } from './config/settings.js';
import { ConfigError, isUserError } from './errors.js';
import { compareRuns } from './gate/compare.js';
import type { RunMetrics } from './ingest/combine-run.js';
import { toJsonReport } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import type { Report } from './report/report.js';
import { loadRun } from './shell/load-run.js';
import { loadSettings } from './shell/load-settings.js';

/**
 * The action's entry: read the inputs once, compute, gate, publish; then fail the step with one line if the
 * gate says so. Every error a user can cause ends in `setFailed` with its message, never a stack trace.
 */
export async function run(): Promise<void> {
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const settings = await loadSettings((name: InputName) => core.getInput(name), workspace);
    const current = await loadCurrent(settings, workspace);
    const baseline = await loadBaseline(settings, workspace);
    const report = compareRuns(current, baseline, {
      ...settings,
      ifNoBaseline: settings.mode === 'evaluate' ? 'pass' : settings.ifNoBaseline,
      expectBaseline: settings.mode !== 'evaluate' && settings.baseline !== 'none',
    });
    await publish(report, settings);
    if (!report.passed) core.setFailed(`model-gate: ${report.outcome}`);
    else core.info(`model-gate: ${report.outcome}`);
  } catch (error) {
    if (isUserError(error)) core.setFailed(error.message);
    else core.setFailed(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
}

async function loadCurrent(settings: Settings, workspace: string): Promise<RunMetrics> {
  const patterns = [settings.predictions, settings.metrics].filter((p): p is string => p !== undefined).join('\n');
  if (patterns === '') {
    throw new ConfigError("predictions / metrics: no files given; set predictions to the eval step's output, e.g. eval/predictions.csv");
  }
  return loadRun(patterns, settings.evaluate, workspace);
}

/** A local baseline path is compared directly; artifact baselines arrive with the GitHub integration. */
async function loadBaseline(settings: Settings, workspace: string): Promise<RunMetrics | undefined> {
  if (settings.mode === 'evaluate' || settings.baseline === 'none') return undefined;
  if (settings.baseline === 'artifact') {
    core.warning('baseline: artifact baselines are not available in this version; set baseline to a local path, or none');
    return undefined;
  }
  return loadRun(settings.baseline, settings.evaluate, workspace);
}

async function publish(report: Report, settings: Settings): Promise<void> {
  const folder = join(process.env.RUNNER_TEMP ?? process.cwd(), 'model-gate');
  await mkdir(folder, { recursive: true });
  const reportPath = join(folder, `report-${settings.commentTag}.json`);
  const json = toJsonReport(report) as { regressions: string[] };
  await writeFile(reportPath, `${JSON.stringify(json, null, 2)}\n`);

  const status = settings.mode === 'evaluate' && report.gate.status === 'no-baseline' ? 'pass' : report.gate.status;
  const outputs: Partial<Record<OutputName, string>> = {
    status,
    passed: String(report.passed),
    metrics: JSON.stringify(Object.fromEntries(report.gate.verdicts.filter((v) => v.current !== undefined).map((v) => [v.id, v.current]))),
    regressions: JSON.stringify(json.regressions),
    report: reportPath,
  };
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, value);

  for (const verdict of report.gate.verdicts) {
    if (verdict.status !== 'fail' && verdict.status !== 'warn') continue;
    const message = `${verdict.id}: ${verdict.reasons.join('; ')}`;
    if (verdict.status === 'fail') core.error(message, { title: 'model-gate' });
    else core.warning(message, { title: 'model-gate' });
  }
  await core.summary.addRaw(renderMarkdown(report, { maxLength: 900_000 })).write();
}
