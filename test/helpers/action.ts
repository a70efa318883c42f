import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { tempDir } from './temp.js';

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly summary: string;
}

/**
 * The bundle under test: dist/index.js, or MODEL_GATE_ACTION_BUNDLE when set (a bundle of the working tree built
 * elsewhere with `npx ncc build src/bin/action.ts -o <dir>`, so a branch can be tested without rebuilding dist/).
 */
const BUNDLE = resolve(process.env.MODEL_GATE_ACTION_BUNDLE ?? 'dist/index.js');

/** Runs the bundled action in a child process exactly as the Actions runner does: INPUT_* and GITHUB_* files. */
export async function runAction(inputs: Record<string, string>, workspace: string, env: Record<string, string> = {}): Promise<ActionRun> {
  // RUNNER_TEMP, the outputs and the summary: removed with everything the action left there when the test ends.
  const runner = tempDir('model-gate-runner-');
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  const child = spawn(process.execPath, [BUNDLE], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH ?? '',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runner,
      // The run's temp folder (see the temp guard), so that what the action writes there is checked too.
      TMPDIR: tmpdir(),
      ...inputEnv,
      ...env,
    },
  });
  // A test that fails or times out before the action exits must not leave it running.
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number>((done) => child.on('close', (c) => done(c ?? -1)));
  return { code, stdout, stderr, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') };
}

/** Parses the runner's GITHUB_OUTPUT file (`name<<DELIMITER` heredocs, as @actions/core writes them). */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!heredoc) continue;
    const [, name, delimiter] = heredoc as unknown as [string, string, string];
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    outputs[name] = value.join('\n');
  }
  return outputs;
}
