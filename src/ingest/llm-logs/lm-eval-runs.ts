import { isObject, objectAt, tryParse } from './json-values.js';
import { readLmEvalRun, resultsFileDate, samplesFileName, type TextInput } from './lm-eval-samples.js';
import type { ScoredReading } from './scored.js';

/**
 * The lm-eval files of one input, sorted into runs: a run is the samples files and the results file of one date
 * stamp. An output folder keeps every run lm-eval made into it, so only the newest run of each task is read
 * (docs/llm-evals.md): an older run's files for a task a newer run also has are skipped, with a note naming them.
 */
export function readLmEvalRuns(samples: readonly TextInput[], results: readonly TextInput[]): { source: string; reading: ScoredReading }[] {
  const runs = groupByDate(samples, results);
  // Newest first; a renamed samples file with no date stamp (key '') comes last.
  const dates = [...runs.keys()].sort().reverse();
  const claimed = new Set<string>();
  const skipped: string[] = [];
  const out: { source: string; reading: ScoredReading }[] = [];
  for (const date of dates) {
    const run = runs.get(date)!;
    const tasks = tasksOf(run);
    const stale = new Set([...tasks].filter((task) => claimed.has(task)));
    if (tasks.size > 0 && stale.size === tasks.size) {
      skipped.push(...[...run.samples, ...(run.results ? [run.results] : [])].map((f) => f.name));
      continue;
    }
    const kept = run.samples.filter((f) => !stale.has(taskOf(f)));
    skipped.push(...run.samples.filter((f) => stale.has(taskOf(f))).map((f) => f.name));
    if (stale.size > 0 && run.results) skipped.push(`${run.results.name} (for ${[...stale].sort().join(', ')})`);
    const reading = withoutTasks(readLmEvalRun(kept, run.results), stale);
    for (const task of tasks) claimed.add(task);
    out.push({ source: [...kept, ...(run.results ? [run.results] : [])].map((f) => f.name).join(', '), reading });
  }
  if (skipped.length > 0 && out.length > 0) {
    const note = `lm-eval: read the newest run of each task; older files skipped: ${skipped.join(', ')}`;
    out[0] = { ...out[0]!, reading: { ...out[0]!.reading, notes: [note, ...out[0]!.reading.notes] } };
  }
  return out;
}

interface Run {
  samples: TextInput[];
  results: TextInput | undefined;
}

function groupByDate(samples: readonly TextInput[], results: readonly TextInput[]): Map<string, Run> {
  const byDate = new Map<string, Run>();
  const group = (date: string) => byDate.get(date) ?? byDate.set(date, { samples: [], results: undefined }).get(date)!;
  for (const file of results) group(resultsFileDate(file.name)!).results = file;
  for (const file of samples) {
    const date = samplesFileName(file.name)?.date;
    // A renamed samples file joins the only results file there is, if there is one.
    const own = date !== undefined && byDate.has(date) ? date : results.length === 1 ? resultsFileDate(results[0]!.name)! : (date ?? '');
    group(own).samples.push(file);
  }
  return byDate;
}

/** The task a samples file is for, as `readLmEvalRun` names it. */
function taskOf(file: TextInput): string {
  return samplesFileName(file.name)?.task ?? 'lm-eval';
}

/** The tasks of a run: those of its samples files and those its results file has results for. */
function tasksOf(run: Run): Set<string> {
  const tasks = new Set(run.samples.map(taskOf));
  const results = run.results ? objectAt(tryParse(run.results.text), 'results') : undefined;
  for (const [task, value] of Object.entries(results ?? {})) if (isObject(value)) tasks.add(task);
  return tasks;
}

/** A reading without the ids of the given tasks (`<task>/…`): those come from a newer run. */
function withoutTasks(reading: ScoredReading, tasks: ReadonlySet<string>): ScoredReading {
  if (tasks.size === 0) return reading;
  const keep = (id: string) => !tasks.has(id.slice(0, Math.max(0, id.indexOf('/'))));
  const filter = <V>(map: ReadonlyMap<string, V> | undefined) => (map ? new Map([...map].filter(([id]) => keep(id))) : undefined);
  const higherIsBetter = filter(reading.higherIsBetter);
  return {
    metrics: filter(reading.metrics)!,
    stderr: filter(reading.stderr)!,
    notes: reading.notes,
    scored: reading.scored.filter((m) => keep(m.id)),
    ...(higherIsBetter && higherIsBetter.size > 0 ? { higherIsBetter } : {}),
  };
}
