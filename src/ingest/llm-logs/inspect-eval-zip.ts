import { Decompress } from 'fzstd';
import { InputError } from '../../errors.js';
import { safeUnzip } from '../../baseline/safe-unzip.js';
import { isObject, tryParse } from './json-values.js';
import { readInspectParts } from './inspect.js';
import type { ScoredReading } from './scored.js';

/** An `.eval` log is a few MB of JSON per thousand samples; this bounds what one archive may inflate to. */
const MAX_INFLATED_BYTES = 1024 ** 3;
const MAX_ENTRIES = 200_000;
/** Zip's method number for Zstandard, which Inspect uses for its members (Node 20 has no zstd of its own). */
const ZSTD = 93;

/** A zip whose first entry is one of Inspect's members. */
export function looksLikeInspectEval(name: string, head: Uint8Array): boolean {
  if (head.length < 30 || head[0] !== 0x50 || head[1] !== 0x4b || head[2] !== 0x03 || head[3] !== 0x04) return false;
  const nameLength = head[26]! | (head[27]! << 8);
  const first = new TextDecoder().decode(head.subarray(30, 30 + nameLength));
  return name.toLowerCase().endsWith('.eval') || first === 'header.json' || first.startsWith('_journal/') || first.startsWith('samples/');
}

/**
 * Reads an Inspect `.eval` archive: `header.json` (or, for a log still being written, `_journal/start.json`)
 * and every `samples/<id>_epoch_<n>.json`. Members are deflate or Zstandard; both inflate under one byte budget,
 * counted while inflating.
 */
export function readInspectEval(name: string, bytes: Uint8Array): ScoredReading {
  const files = safeUnzip(bytes, name, { maxEntries: MAX_ENTRIES, maxTotalBytes: MAX_INFLATED_BYTES, decoders: { [ZSTD]: zstdBounded } });
  const json = (member: string): unknown => {
    const content = files.get(member);
    if (!content) return undefined;
    const value = tryParse(new TextDecoder().decode(content));
    if (value === undefined) throw new InputError(`member ${member} is not valid JSON`, { file: name });
    return value;
  };
  const header = json('header.json') ?? json('_journal/start.json');
  if (!isObject(header)) throw new InputError('an .eval archive without header.json: not an Inspect log', { file: name });
  const members = [...files.keys()].filter((member) => member.startsWith('samples/') && member.endsWith('.json')).sort(bySampleAndEpoch);
  return readInspectParts(name, { header, samples: members.map(json) });
}

/** `samples/<id>_epoch_<n>.json` in id, then epoch order, so repeats are listed the same way every time. */
function bySampleAndEpoch(a: string, b: string): number {
  const parse = (member: string) => /^samples\/(.*)_epoch_(\d+)\.json$/.exec(member);
  const pa = parse(a);
  const pb = parse(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  if (pa[1] !== pb[1]) return pa[1]! < pb[1]! ? -1 : 1;
  return Number(pa[2]) - Number(pb[2]);
}

/** Zstandard, stopped as soon as the output passes the budget (a zip bomb fails early, not after filling memory). */
function zstdBounded(data: Uint8Array, budget: number, member: string, fail: (problem: string) => never): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const stream = new Decompress((chunk) => {
    length += chunk.length;
    if (length > budget) fail(`entry "${member}" inflates past the size limit (zip bomb?)`);
    chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < data.length; offset += 65_536) {
      stream.push(data.subarray(offset, Math.min(data.length, offset + 65_536)), offset + 65_536 >= data.length);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    fail(`entry "${member}" is not valid Zstandard data (${(error as Error).message})`);
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
