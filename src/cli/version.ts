// The package's version, for `model-gate --version`. Imported as JSON so that the bundler inlines it into
// dist/cli/index.js at build time: the bundle does not read package.json at run time, wherever it is installed.
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
