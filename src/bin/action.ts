// The action's only side-effecting file, as the Actions runner loads it (runs.main: dist/index.js).
import { run } from '../action.js';
import { useSortWorker } from '../metrics/sort-pool.js';

// MODEL_GATE_THREADS=1 keeps the ranking sort on one thread (README: Performance).
useSortWorker(process.env.MODEL_GATE_THREADS !== '1');
await run();
