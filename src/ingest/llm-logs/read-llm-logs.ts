import { InputError } from '../../errors.js';
import { isDeepEvalRun, readDeepEvalRun } from './deepeval.js';
import { isInspectLog, readInspectJson } from './inspect.js';
import { looksLikeInspectEval, readInspectEval } from './inspect-eval-zip.js';
import { isObject, tryParse } from './json-values.js';
import { readLmEvalRuns } from './lm-eval-runs.js';
import { isLmEvalResultsRoot, isLmEvalSampleLine, resultsFileDate, type TextInput } from './lm-eval-samples.js';
import { isOpenAiEvalsLine, readOpenAiEvalsLog } from './openai-evals.js';
import { isPromptfooRoot, readPromptfooRows } from './promptfoo-rows.js';
import type { ScoredReading } from './scored.js';

/**
 * Per-sample logs of LLM eval tools, recognised by content (never by name alone) so that the generic JSON
 * flattener never sees them. One pure reader per format; this module only sorts files out. See
 * docs/llm-evals.md for the formats and the ids each one produces.
 */
export type LlmLogFormat = 'lm-eval-samples' | 'lm-eval-results' | 'inspect-eval' | 'inspect-json' | 'promptfoo' | 'deepeval' | 'openai-evals';

/** From a file's first bytes (at least its whole first line): the line-based and binary formats. */
export function sniffLlmLog(name: string, head: Uint8Array): LlmLogFormat | undefined {
  if (looksLikeInspectEval(name, head)) return 'inspect-eval';
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (!start.startsWith('{')) return undefined;
  const newline = start.indexOf('\n');
  if (newline < 0) return undefined;
  const first = tryParse(start.slice(0, newline));
  if (isLmEvalSampleLine(first)) return 'lm-eval-samples';
  if (isOpenAiEvalsLine(first)) return 'openai-evals';
  return undefined;
}

/** For a JSON document read whole: which LLM format it is, if any. */
export function sniffLlmDocument(name: string, root: unknown): LlmLogFormat | undefined {
  if (!isObject(root)) return undefined;
  if (isInspectLog(root)) return 'inspect-json';
  if (isPromptfooRoot(root)) return 'promptfoo';
  if (isDeepEvalRun(root)) return 'deepeval';
  if (resultsFileDate(name) !== undefined && isLmEvalResultsRoot(root)) return 'lm-eval-results';
  return undefined;
}

/**
 * Collects a run's LLM logs as they are sorted out, and reads them once all are known: an lm-eval samples file
 * needs the results file written with it (same date stamp) for directions and for which metrics are means.
 */
export class LlmLogs {
  private readonly lmSamples: TextInput[] = [];
  private readonly lmResults: TextInput[] = [];
  private readonly readings: { source: string; reading: ScoredReading }[] = [];

  get empty(): boolean {
    return this.lmSamples.length + this.lmResults.length + this.readings.length === 0;
  }

  /** Adds a whole file of a format `sniffLlmLog` or `sniffLlmDocument` found. */
  add(format: LlmLogFormat, name: string, bytes: Uint8Array | string, root?: unknown): void {
    const text = () => (typeof bytes === 'string' ? bytes : new TextDecoder().decode(bytes));
    const parsed = () => {
      const value = root ?? tryParse(text());
      if (value === undefined) throw new InputError('not valid JSON', { file: name });
      return value;
    };
    switch (format) {
      case 'lm-eval-samples':
        this.lmSamples.push({ name, text: text() });
        return;
      case 'lm-eval-results':
        this.lmResults.push({ name, text: text() });
        return;
      case 'inspect-eval':
        if (typeof bytes === 'string') throw new InputError('an Inspect .eval log is binary; it was read as text', { file: name });
        this.readings.push({ source: name, reading: readInspectEval(name, bytes) });
        return;
      case 'inspect-json':
        this.readings.push({ source: name, reading: readInspectJson(name, parsed()) });
        return;
      case 'promptfoo': {
        const value = parsed();
        if (!isPromptfooRoot(value)) throw new InputError('not promptfoo output', { file: name });
        this.readings.push({ source: name, reading: readPromptfooRows(name, text(), value) });
        return;
      }
      case 'deepeval':
        this.readings.push({ source: name, reading: readDeepEvalRun(name, parsed()) });
        return;
      case 'openai-evals':
        this.readings.push({ source: name, reading: readOpenAiEvalsLog(name, text()) });
        return;
    }
  }

  /** Every reading; lm-eval files grouped by date stamp (a samples file with its results file), newest run per task. */
  finish(): { source: string; reading: ScoredReading }[] {
    return [...this.readings, ...readLmEvalRuns(this.lmSamples, this.lmResults)];
  }
}
