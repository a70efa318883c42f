// The action's only side-effecting file, as the Actions runner loads it (runs.main: dist/index.js).
import { run } from '../action.js';

await run();
