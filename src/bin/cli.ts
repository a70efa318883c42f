#!/usr/bin/env node
// The CLI's only side-effecting file: run, then exit with the code.
import { runCli } from '../cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  write: (text) => process.stdout.write(text),
  error: (text) => process.stderr.write(text),
});
