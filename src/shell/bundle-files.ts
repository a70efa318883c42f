import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BUNDLE_FILE, bundleToRun, parseBundle, type BaselineBundle } from '../baseline/bundle.js';
import { decodeExamples, type ExampleData } from '../baseline/examples.js';
import { InputError } from '../errors.js';
import type { RunMetrics } from '../ingest/combine-run.js';

/** Writes a bundle folder and returns the paths of its files (for the artifact upload). */
export async function writeBundle(folder: string, bundle: BaselineBundle, examples: Uint8Array | undefined): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files = [join(folder, BUNDLE_FILE)];
  await writeFile(files[0]!, `${JSON.stringify(bundle, null, 2)}\n`);
  if (examples && bundle.examples) {
    files.push(join(folder, bundle.examples.file));
    await writeFile(files[1]!, examples);
  }
  return files;
}

export interface LoadedBundle {
  readonly bundle: BaselineBundle;
  readonly examples: ExampleData | undefined;
  readonly run: RunMetrics;
}

/** Reads a bundle from its folder (or its JSON file), validating everything as untrusted input. */
export async function readBundle(path: string, shownAs: string): Promise<LoadedBundle> {
  const isFolder = !path.endsWith('.json');
  const folder = isFolder ? path : join(path, '..');
  const documentPath = isFolder ? join(path, BUNDLE_FILE) : path;
  let text: string;
  try {
    text = await readFile(documentPath, 'utf8');
  } catch {
    throw new InputError(`no ${BUNDLE_FILE} here: not a model-gate baseline bundle`, { file: shownAs });
  }
  const bundle = parseBundle(text, shownAs);
  let examples: ExampleData | undefined;
  if (bundle.examples) {
    // The file name comes from the artifact: only a plain name inside the bundle folder is accepted.
    if (!/^[\w.-]+$/.test(bundle.examples.file)) throw new InputError('examples file name is not a plain file name', { file: shownAs });
    try {
      examples = decodeExamples(await readFile(join(folder, bundle.examples.file)), `${shownAs}/${bundle.examples.file}`);
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`the per-example file ${bundle.examples.file} is missing`, { file: shownAs });
    }
  }
  return { bundle, examples, run: bundleToRun(bundle, shownAs) };
}
