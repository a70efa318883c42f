// What `model-gate record` needs beyond `evaluate`, loaded only for that command so that `evaluate` starts fast.
export { buildBundle } from '../baseline/record.js';
export { readBundle, writeBundle } from '../shell/bundle-files.js';
