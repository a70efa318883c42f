/** The names of a baseline bundle (docs/baseline.md#the-baseline-bundle), apart from its schema code so that finding a bundle loads no parser. */
export const BUNDLE_SCHEMA = 'model-gate/baseline@1';
export const BUNDLE_FILE = 'model-gate-baseline.json';
export const EXAMPLES_FILE = 'examples.bin.gz';
/** Scored records of LLM evals, item by item (docs/llm-evals.md). */
export const ITEMS_FILE = 'items.bin.gz';
