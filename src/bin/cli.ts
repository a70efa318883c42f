#!/usr/bin/env node
// The CLI's only side-effecting file: run, then exit with the code.
import { runCli } from '../cli.js';
import { useSortWorker } from '../metrics/sort-pool.js';

// MODEL_GATE_THREADS=1 keeps the ranking sort on one thread (README: Performance).
useSortWorker(process.env.MODEL_GATE_THREADS !== '1');

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
});
