// The run's temp guard (vitest globalSetup; docs/contributing.md). Every test run gets a fresh temporary folder
// as TMPDIR, so os.tmpdir() in the workers and in every process they start points there. When the run ends, the
// folder must be empty and no process started with it may still be running: anything left behind fails the run
// with a list of what it was, and the folder is removed either way, so the system temp directory stays as it was.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const saved = process.env.TMPDIR;
  const folder = mkdtempSync(join(tmpdir(), 'model-gate-test-run-'));
  process.env.TMPDIR = folder;
  return () => {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
    const problems = findLeftovers(folder);
    rmSync(folder, { recursive: true, force: true });
    if (problems.length > 0) {
      // vitest only logs an error thrown here and keeps the exit code of the tests: set it ourselves.
      process.exitCode = 1;
      console.error(
        `\ntemp guard: FAILED: the test run left ${problems.length} thing(s) behind; remove each where it is made ` +
          `(test/helpers/temp.ts removes folders when a test ends):\n${problems.map((p) => `  ${p}`).join('\n')}\n`,
      );
    }
  };
}

/** What a run left: the entries of `folder`, and the processes started with TMPDIR=`folder` (which it kills). */
export function findLeftovers(folder: string): string[] {
  const processes = killSurvivors(folder);
  return [
    ...readdirSync(folder).sort().map((name) => `${name} (in the temp directory)`),
    ...processes.map(({ pid, command }) => `process ${pid}: ${command}`),
  ];
}

/**
 * Processes still running that were started by this run: their environment holds TMPDIR=<folder> or a folder in
 * it (Linux's /proc; elsewhere the check finds nothing). The survivors are killed, so that a failed run does not
 * leave them either.
 */
function killSurvivors(folder: string): { pid: number; command: string }[] {
  let pids: number[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);
  } catch {
    return [];
  }
  const marker = `TMPDIR=${folder}`;
  const ours = (entry: string) => entry === marker || entry.startsWith(`${marker}/`);
  const found: { pid: number; command: string }[] = [];
  for (const pid of pids) {
    if (pid === process.pid) continue;
    try {
      if (!readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').some(ours)) continue;
      // vitest's own pool workers (the main process's children) may still be closing; tests start processes
      // below them. (In a test of this function, its caller's direct children are skipped the same way.)
      if (readParent(pid) === process.pid) continue;
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
      found.push({ pid, command });
      process.kill(pid, 'SIGKILL');
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return found;
}

function readParent(pid: number): number {
  // /proc/PID/stat: "pid (command) state ppid …"; the command may hold spaces and parentheses.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}
