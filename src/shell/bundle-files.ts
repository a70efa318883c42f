import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { BUNDLE_FILE, bundleFromFiles, type BaselineBundle, type LoadedBundle } from '../baseline/bundle.js';
import { InputError } from '../errors.js';

/** Writes a bundle folder and returns the paths of its files (for the artifact upload). */
export async function writeBundle(folder: string, bundle: BaselineBundle, examples: Uint8Array | undefined, items?: Uint8Array): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const files = [join(folder, BUNDLE_FILE)];
  await writeFile(files[0]!, `${JSON.stringify(bundle, null, 2)}\n`);
  if (examples && bundle.examples) {
    files.push(join(folder, bundle.examples.file));
    await writeFile(files[1]!, examples);
  }
  if (items && bundle.items) {
    files.push(join(folder, bundle.items.file));
    await writeFile(files[files.length - 1]!, items);
  }
  return files;
}

/** Reads a bundle from its folder (or its JSON file), validating everything as untrusted input. */
export async function readBundle(path: string, shownAs: string): Promise<LoadedBundle> {
  const isFolder = !path.endsWith('.json');
  const folder = isFolder ? path : dirname(path);
  const files = new Map<string, Uint8Array>();
  try {
    files.set(BUNDLE_FILE, await readFile(isFolder ? join(path, BUNDLE_FILE) : path));
  } catch {
    throw new InputError(`no ${BUNDLE_FILE} here: not a model-gate baseline bundle`, { file: shownAs });
  }
  for (const name of await readdir(folder)) {
    if (name !== BUNDLE_FILE && /^[\w.-]+$/.test(name)) files.set(name, await readFile(join(folder, name)));
  }
  return bundleFromFiles(files, shownAs);
}
