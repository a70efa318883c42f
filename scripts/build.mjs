// Bundles the two entry points with ncc into dist/: dist/index.js (the action) and dist/cli/index.js (the CLI).
// CI rebuilds and fails when the committed dist/ differs, so dist/ always matches src/. The bundles are built
// into a scratch folder first and swapped in only when both succeed, so a failed build never leaves dist/ empty.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync } from 'node:fs';

const scratch = 'build/dist';
const bundles = [
  { entry: 'src/bin/action.ts', out: scratch },
  { entry: 'src/bin/cli.ts', out: `${scratch}/cli` },
];

rmSync(scratch, { recursive: true, force: true });
mkdirSync('build', { recursive: true });
for (const { entry, out } of bundles) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--no-source-map-register'], {
    stdio: 'inherit',
  });
}
rmSync('dist', { recursive: true, force: true });
renameSync(scratch, 'dist');
