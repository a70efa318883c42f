import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../helpers/temp.js';
import { findLeftovers } from './temp-guard.js';

describe('the temp guard', () => {
  it('runs this suite with TMPDIR in a folder of its own', () => {
    expect(tmpdir()).toMatch(/model-gate-test-run-[^/]+$/);
  });

  it('finds nothing in a folder the tests left clean', () => {
    expect(findLeftovers(tempDir('guard-'))).toEqual([]);
  });

  it('lists the files and folders left behind', () => {
    const folder = tempDir('guard-');
    mkdirSync(join(folder, 'model-gate-test-abc123'));
    writeFileSync(join(folder, 'a-file'), '');
    expect(findLeftovers(folder)).toEqual(['a-file (in the temp directory)', 'model-gate-test-abc123 (in the temp directory)']);
  });

  it.runIf(existsSync('/proc/self/environ'))('lists a process started with the run\'s TMPDIR that is still running, and kills it', async () => {
    const folder = tempDir('guard-');
    // sh starts node in the background and waits for it: node is a grandchild, as a test's processes are. Node
    // prints its pid once it runs, so the guard looks when the process is there.
    const script = 'console.log(process.pid); setInterval(() => {}, 1e6)';
    const shell = spawn('sh', ['-c', `"$NODE" -e '${script}' & wait`], {
      env: { ...process.env, TMPDIR: folder, NODE: process.execPath },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    onTestFinished(() => {
      if (shell.exitCode === null && shell.signalCode === null) shell.kill('SIGKILL');
    });
    const exited = new Promise((done) => shell.on('exit', done));
    const pid = await new Promise<number>((done) => shell.stdout.once('data', (data: Buffer) => done(Number(String(data).trim()))));
    expect(findLeftovers(folder)).toEqual([`process ${pid}: ${process.execPath} -e ${script}`]);
    // Killed: the shell's `wait` returns now rather than in ten minutes.
    await exited;
    expect(findLeftovers(folder)).toEqual([]);
  });
});
