import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.js';

/** Bounds on walking a log folder, so a wrong path (say, the repo root) fails fast instead of reading everything. */
const MAX_FOLDER_FILES = 10_000;
/** How deep a log folder's files may sit (TensorBoard runs nest a few levels; nothing real nests eight). */
const MAX_DEPTH = 8;

/** Every file below `root` (links not followed), depth-first; `name` is how the user named the folder. */
export async function listFiles(root: string, name: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string, depth: number): Promise<void> => {
    if (depth > MAX_DEPTH) return;
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.isFile()) out.push(path);
      if (out.length > MAX_FOLDER_FILES) throw new InputError(`more than ${MAX_FOLDER_FILES} files below this folder; name the log folder itself`, { file: name });
    }
  };
  await walk(root, 0);
  return out;
}
