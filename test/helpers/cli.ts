import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli.js';
import { tempDir } from './temp.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output, as the binary would in `cwd`. */
export async function cli(args: readonly string[], cwd = process.cwd()): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    cwd,
    write: (text) => (stdout += text),
    error: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder holding the given files, removed when the test ends. */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
