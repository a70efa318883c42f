import { InputError } from '../../errors.js';
import { finiteAt, isObject, keyOf, objectAt, stringAt, tryParse } from './json-values.js';
import { ScoredBuilder, scoredReading, type ScoredReading } from './scored.js';

/**
 * OpenAI evals record logs (`oaieval … --record_path`): JSON Lines with a `spec` line, a `final_report` line
 * and one event per line (`sample_id`, `type`, `data`). `match` events carry `data.correct`; the id is
 * `accuracy`, as in the final report, and the item key the `sample_id` (several events of one sample are
 * repeats). Other numbers in the final report come along as the tool computed them.
 */

export function isOpenAiEvalsLine(first: unknown): boolean {
  return isObject(first) && (objectAt(first, 'spec') !== undefined && stringAt(objectAt(first, 'spec'), 'eval_name') !== undefined);
}

export function readOpenAiEvalsLog(name: string, text: string): ScoredReading {
  const builder = new ScoredBuilder();
  const reported = new Map<string, number>();
  let task = 'openai-evals';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const record = tryParse(line);
    if (!isObject(record)) throw new InputError('not a JSON object', { file: name, line: i + 1 });
    const spec = objectAt(record, 'spec');
    if (spec) task = stringAt(spec, 'eval_name') ?? task;
    const report = objectAt(record, 'final_report');
    if (report) {
      for (const key of Object.keys(report)) {
        const value = finiteAt(report, key);
        if (value !== undefined) reported.set(key, value);
      }
    }
    if (record.type !== 'match') continue;
    const key = keyOf(record.sample_id);
    const correct = objectAt(record, 'data')?.correct;
    if (key === undefined || typeof correct !== 'boolean') continue;
    builder.add('accuracy', task, key, correct ? 1 : 0);
  }
  const scored = builder.finish();
  if (scored.length === 0 && reported.size === 0) throw new InputError('an OpenAI evals log without match events or a final report', { file: name });
  const metrics = new Map<string, number>();
  for (const [id, value] of reported) if (!builder.has(id)) metrics.set(id, value);
  return scoredReading(scored, { metrics });
}
