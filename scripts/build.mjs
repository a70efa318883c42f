// Bundles the two entry points with ncc into dist/: dist/index.js (the action) and dist/cli/index.js (the CLI).
// CI rebuilds and fails when the committed dist/ differs, so dist/ always matches src/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const bundles = [
  { entry: 'src/bin/action.ts', out: 'dist' },
  { entry: 'src/bin/cli.ts', out: 'dist/cli' },
];

rmSync('dist', { recursive: true, force: true });
for (const { entry, out } of bundles) {
  execFileSync('npx', ['ncc', 'build', entry, '-o', out, '--license', 'licenses.txt', '--quiet', '--no-source-map-register'], {
    stdio: 'inherit',
  });
}
