// `npm start`: the main job on the bundled example data — the current model's predictions gated against the
// baseline model's, with the rules in examples/model-gate.yml — printed for a terminal.
import { spawnSync } from 'node:child_process';

const args = [
  'dist/cli/index.js', 'compare',
  '--baseline', 'examples/baseline-predictions.csv',
  '--current', 'examples/predictions.csv',
  '--config', 'examples/model-gate.yml',
  ...process.argv.slice(2),
];
const { status } = spawnSync(process.execPath, args, { stdio: 'inherit' });
if (status === 1) console.log('\n(exit code 1: in a pull request, this gate would fail the check and block the merge)');
process.exit(status === 1 ? 0 : (status ?? 1));
