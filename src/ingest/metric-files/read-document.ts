import { loadedYaml } from '../../config/yaml.js';
import { InputError } from '../../errors.js';
import { flattenTree } from './flatten.js';
import { isHfTrainerResults, readHfTrainerResults } from './hf-trainer.js';
import { parseTolerantJson } from './json-tolerant.js';
import { isKerasHistory, readKerasHistory } from './keras.js';
import { isLmEvalResults, readLmEvalResults } from './lm-eval.js';
import { MetricCollector } from './metric-collector.js';
import { isPromptfooOutput, readPromptfooOutput } from './promptfoo.js';
import type { MetricReading } from './reading.js';
import { isMetricObject, type MetricObject, type MetricTree } from './tree.js';

/** A shape of JSON/YAML metrics file that is unwrapped to clean ids instead of flattened. */
interface DocumentShape {
  readonly matches: (root: MetricObject) => boolean;
  readonly read: (root: MetricObject, out: MetricCollector) => void;
}

/**
 * Tried in order; the first match reads the whole file. promptfoo comes before lm-eval because both have a
 * top-level `results` object; Keras history before the HF Trainer because neither accepts the other's shape
 * but history is the stricter test. Classification reports are not here: they are recognised at any depth
 * by `flattenTree`, the fallback.
 */
const SHAPES: readonly DocumentShape[] = [
  { matches: isPromptfooOutput, read: readPromptfooOutput },
  { matches: isLmEvalResults, read: readLmEvalResults },
  { matches: isKerasHistory, read: readKerasHistory },
  { matches: isHfTrainerResults, read: readHfTrainerResults },
];

/**
 * Reads a JSON metrics file (docs/formats.md#metric-files). Bare `NaN`/`Infinity` tokens from Python become undefined metrics
 * instead of a parse error; a truncated or malformed file is an InputError with its line and column.
 */
export function readJsonMetrics(name: string, text: string): MetricReading {
  return readMetricTree(name, parseTolerantJson(text, name));
}

/** Reads a YAML metrics file (DVC `metrics.yaml`); `.nan`/`.inf` become undefined metrics. JSON is YAML too. */
export function readYamlMetrics(name: string, text: string): MetricReading {
  return readMetricTree(name, parseYamlTree(name, text));
}

/** Recognises the file's shape and reads it; anything unrecognised is flattened. */
export function readMetricTree(name: string, root: MetricTree): MetricReading {
  const out = new MetricCollector(name);
  if (isMetricObject(root)) {
    const shape = SHAPES.find((s) => s.matches(root));
    if (shape) shape.read(root, out);
    else flattenTree(root, '', out);
  } else if (Array.isArray(root)) {
    flattenTree(root, '', out);
  } else {
    throw new InputError(
      `expected an object of metrics (like {"accuracy": 0.93}) or an array, found ${root === null ? 'null' : typeof root}`,
      { file: name, line: 1 },
    );
  }
  return out.finish('a metrics file needs at least one number, e.g. {"accuracy": 0.93}');
}

function parseYamlTree(name: string, text: string): MetricTree {
  // Warnings are not printed (the core does no I/O); errors carry their line. Aliases are capped by the
  // library's default `maxAliasCount`, so an alias bomb fails instead of exhausting memory.
  const docs = loadedYaml().parseAllDocuments(text, { logLevel: 'silent' });
  if ('empty' in docs) return null;
  const [doc, second] = docs;
  if (!doc) return null;
  if (second) {
    // Reading only the first of several `---` documents would drop the others silently.
    const line = text.slice(0, second.range[0]).split('\n').length;
    throw new InputError(`holds ${docs.length} YAML documents; a metrics file holds one`, { file: name, line });
  }
  const error = doc.errors[0];
  if (error) {
    const line = error.linePos?.[0].line;
    const column = error.linePos?.[0].col;
    const where = column === undefined ? '' : ` at column ${column}`;
    const reason = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    const problem = `not valid YAML${where}: ${reason}`;
    throw new InputError(problem, line === undefined ? { file: name } : { file: name, line });
  }
  let value: unknown;
  try {
    value = doc.toJS({ mapAsMap: true });
  } catch (cause) {
    throw new InputError(`cannot read the YAML: ${(cause as Error).message}`, { file: name });
  }
  return toTree(value, name);
}

/** The YAML library's plain values to a MetricTree; mapping keys that are numbers or booleans become text. */
function toTree(value: unknown, file: string): MetricTree {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => toTree(v, file));
  if (value instanceof Map) {
    const object = new Map<string, MetricTree>();
    for (const [key, v] of value as Map<unknown, unknown>) {
      if (key !== null && typeof key === 'object') {
        throw new InputError('a YAML mapping key that is itself a mapping or list; metric names must be text', {
          file,
        });
      }
      object.set(String(key), toTree(v, file));
    }
    return object;
  }
  return typeof value === 'bigint' ? Number(value) : null;
}
