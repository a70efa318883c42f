import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { realWorld } from './real-world.js';

/** The real arc_easy samples file's first record: every generated record keeps its fields and nesting. */
const TEMPLATE = JSON.parse(
  readFileSync(realWorld('llm/lm-eval/samples_arc_easy_2026-09-24T03-05-32.831346.jsonl'), 'utf8').split('\n')[0]!,
) as Record<string, unknown> & { doc: Record<string, unknown> };

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * An lm-eval `--log_samples` file in the real format: one record per document, `acc` and `acc_norm` set from
 * `passed[i]`, `doc_hash` and `target_hash` derived from the document (so the same doc_id hashes the same in
 * both runs), and the template's prompt arguments and responses.
 */
export function lmEvalSamples(passed: readonly boolean[], options: { changedDocs?: readonly number[]; questions?: Readonly<Record<number, string>> } = {}): string {
  const changed = new Set(options.changedDocs ?? []);
  return passed
    .map((pass, docId) => {
      const doc = { ...TEMPLATE.doc, id: `Mercury_${1000 + docId}${changed.has(docId) ? '_v2' : ''}`, ...(options.questions?.[docId] ? { question: options.questions[docId] } : {}) };
      const value = pass ? 1.0 : 0.0;
      return JSON.stringify({
        ...TEMPLATE,
        doc_id: docId,
        doc,
        doc_hash: sha(JSON.stringify(doc)),
        target_hash: sha(String(TEMPLATE.target)),
        acc: value,
        acc_norm: value,
      });
    })
    .join('\n')
    .concat('\n');
}

/** The file name lm-eval gives a samples file. */
export const SAMPLES_NAME = 'samples_arc_easy_2026-09-24T03-05-32.831346.jsonl';
