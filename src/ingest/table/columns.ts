import { InputError } from '../../errors.js';

/** The roles a column of a predictions file can play (docs/formats.md#predictions). */
export type ColumnRole = 'label' | 'prediction' | 'score' | 'id' | 'weight';

/** Column names the user set with the `columns` input; they win over detection. */
export interface ColumnOverrides {
  readonly label?: string;
  readonly prediction?: string;
  readonly score?: string;
  readonly id?: string;
  readonly weight?: string;
  readonly slices?: readonly string[];
  /** Scored records instead of predictions: the score columns, one metric each (docs/llm-evals.md). */
  readonly scores?: readonly string[];
  /** Scored records: the repeat (epoch) column; rows sharing an id are that item's repeats. */
  readonly repeat?: string;
  /** Scored records: the cluster column (items sharing a passage), for cluster-robust intervals. */
  readonly cluster?: string;
}

/** Names tried in order, case-insensitively; the first present wins (docs/formats.md#predictions). */
export const COLUMN_CANDIDATES = {
  label: ['y_true', 'label', 'target', 'labels', 'actual', 'true_label', 'gold_label', 'gold', 'ground_truth'],
  prediction: ['y_pred', 'prediction', 'predictions', 'pred', 'predicted', 'predicted_label', 'pred_label'],
  score: ['y_score', 'score', 'probability', 'prob', 'proba'],
  id: ['id', 'example_id', 'uid'],
  // Weights change every metric, so a weight column is used only when `columns.weight` names it; these names
  // only produce a hint.
  weight: ['sample_weight', 'weight'],
} as const satisfies Record<ColumnRole, readonly string[]>;

/** Names that promise a probability: such a column outside [0, 1] is bad input, not a decision score. */
const PROBABILITY_NAMES = new Set(['probability', 'prob', 'proba']);
const CLASS_SCORE_PREFIXES = ['y_score_', 'prob_'] as const;

export interface PlannedColumn {
  readonly index: number;
  readonly name: string;
}

export interface PlannedScore extends PlannedColumn {
  /** True when the name says probability: values outside [0, 1] are then an error. */
  readonly probabilityByName: boolean;
}

export interface PlannedClassScores {
  /** Class names as written after the prefix (`prob_cat` → `cat`). */
  readonly classNames: readonly string[];
  readonly columns: readonly PlannedScore[];
}

/** Which header position feeds which role, for one file. */
export interface ColumnPlan {
  readonly label: PlannedColumn;
  readonly prediction: PlannedColumn | undefined;
  readonly score: PlannedScore | undefined;
  readonly classScores: PlannedClassScores | undefined;
  readonly id: PlannedColumn | undefined;
  readonly weight: PlannedColumn | undefined;
  readonly slices: readonly PlannedColumn[];
  /** Things worth telling the user, such as an unused column that looks like weights. */
  readonly hints: readonly string[];
}

/**
 * Maps a header to roles. Empty header cells (a pandas index written by `to_csv`) are ignored. A name that
 * appears twice (case-insensitively) for a role is ambiguous and rejected rather than guessed.
 */
export function planColumns(header: readonly string[], overrides: ColumnOverrides, file: string): ColumnPlan {
  const lowered = header.map((name) => name.trim().toLowerCase());
  const describe = (): string => header.filter((h) => h.trim() !== '').map((h) => JSON.stringify(h)).join(', ');

  const findExact = (wanted: string, role: string): PlannedColumn => {
    let matches = header.flatMap((name, index) => (name === wanted ? [index] : []));
    if (matches.length === 0) {
      const lower = wanted.trim().toLowerCase();
      matches = lowered.flatMap((name, index) => (name === lower ? [index] : []));
    }
    if (matches.length === 0) {
      throw new InputError(`no column "${wanted}" (set as columns.${role}); the header has ${describe()}`, {
        file,
        line: 1,
      });
    }
    if (matches.length > 1) {
      throw new InputError(`column "${wanted}" appears ${matches.length} times in the header; rename one`, {
        file,
        line: 1,
        field: wanted,
      });
    }
    const index = matches[0]!;
    return { index, name: header[index]! };
  };

  // A column that `columns` gives another role is never detected as the label (`prediction: label`).
  const claimed = claimedNames(overrides);
  const detect = (role: ColumnRole): PlannedColumn | undefined => {
    for (const candidate of COLUMN_CANDIDATES[role]) {
      if (role === 'label' && claimed.has(candidate)) continue;
      const matches = lowered.flatMap((name, index) => (name === candidate ? [index] : []));
      if (matches.length > 1) {
        throw new InputError(
          `ambiguous ${role} column: ${matches.map((i) => JSON.stringify(header[i])).join(' and ')} ` +
            `both match; name the one to use with columns.${role}`,
          { file, line: 1, field: header[matches[0]!]! },
        );
      }
      if (matches.length === 1) return { index: matches[0]!, name: header[matches[0]!]! };
    }
    return undefined;
  };

  const pick = (role: Exclude<ColumnRole, 'weight'>): PlannedColumn | undefined => {
    const wanted = overrides[role];
    return wanted !== undefined ? findExact(wanted, role) : detect(role);
  };

  if (overrides.label === undefined) refuseSeveralLabels(header, lowered, overrides, file);
  const label = pick('label');
  if (!label) {
    throw new InputError(
      `no label column: expected one of ${COLUMN_CANDIDATES.label.join(', ')} (or set columns.label); ` +
        `the header has ${describe()}`,
      { file, line: 1 },
    );
  }
  const prediction = pick('prediction');
  const scoreColumn = pick('score');
  const score: PlannedScore | undefined = scoreColumn && {
    ...scoreColumn,
    probabilityByName: PROBABILITY_NAMES.has(scoreColumn.name.trim().toLowerCase()),
  };
  const classScores = detectClassScores(header, lowered);
  const id = pick('id');
  const weight = overrides.weight !== undefined ? findExact(overrides.weight, 'weight') : undefined;
  const slices = (overrides.slices ?? []).map((name) => findExact(name, 'slices'));

  refuseSharedColumns({ label, prediction, score, id, weight }, file);

  const hints: string[] = [];
  if (!score && !classScores) {
    const used = new Set([label.index, prediction?.index, id?.index, weight?.index, ...slices.map((s) => s.index)]);
    const lookalike = header.find((name, index) => !used.has(index) && /prob|score/i.test(name));
    if (lookalike !== undefined) {
      hints.push(`column "${lookalike}" looks like a score but is not used; set columns.score to use it`);
    }
  }
  if (!weight) {
    const lookalike = detect('weight');
    if (lookalike) {
      hints.push(
        `column "${lookalike.name}" looks like sample weights but is not used; set columns.weight to weight the metrics`,
      );
    }
  }
  return { label, prediction, score, classScores, id, weight, slices, hints };
}

/**
 * Refuses a header with label-like columns of different names (`gold_label` and `label`): taking the first
 * would be a guess, and a wrong one is likely, since Hugging Face's pipeline writes its prediction as `label`
 * beside the dataset's gold column. Columns that `columns` gives another role are not candidates.
 */
function refuseSeveralLabels(header: readonly string[], lowered: readonly string[], overrides: ColumnOverrides, file: string): void {
  const claimed = claimedNames(overrides);
  const candidates: readonly string[] = COLUMN_CANDIDATES.label;
  const found = header.filter((_, index) => candidates.includes(lowered[index]!) && !claimed.has(lowered[index]!));
  if (new Set(found.map((name) => name.trim().toLowerCase())).size < 2) return;
  const gold = found.find((name) => /^gold/i.test(name.trim()));
  const plain = found.find((name) => name.trim().toLowerCase() === 'label');
  const likely =
    gold !== undefined && plain !== undefined
      ? `; "${plain}" beside "${gold}" is most likely a prediction (as a Hugging Face pipeline writes it): set columns: {label: ${gold}, prediction: ${plain}}`
      : '';
  throw new InputError(`several label columns: ${found.map((name) => JSON.stringify(name)).join(', ')}; name the one to use with columns.label${likely}`, {
    file,
    line: 1,
  });
}

/** The lower-cased names `columns` gives a role other than the label. */
function claimedNames(overrides: ColumnOverrides): Set<string> {
  const names = [overrides.prediction, overrides.score, overrides.id, overrides.weight];
  return new Set(names.flatMap((name) => (name === undefined ? [] : [name.trim().toLowerCase()])));
}

/** Refuses one column given two roles (label and prediction, label and score…): every metric would be meaningless. */
function refuseSharedColumns(roles: Record<'label' | 'prediction' | 'score' | 'id' | 'weight', PlannedColumn | undefined>, file: string): void {
  const seen = new Map<number, string>();
  for (const [role, column] of Object.entries(roles)) {
    if (!column) continue;
    const earlier = seen.get(column.index);
    if (earlier !== undefined) {
      throw new InputError(`column "${column.name}" would be both the ${earlier} and the ${role}; one column has one role (check columns)`, {
        file,
        line: 1,
        field: column.name,
      });
    }
    seen.set(column.index, role);
  }
}

function detectClassScores(header: readonly string[], lowered: readonly string[]): PlannedClassScores | undefined {
  // Only one prefix family may be used in a file; `y_score_` is tried first, as documented.
  for (const prefix of CLASS_SCORE_PREFIXES) {
    const columns: PlannedScore[] = [];
    const classNames: string[] = [];
    lowered.forEach((name, index) => {
      if (name.startsWith(prefix) && name.length > prefix.length) {
        const original = header[index]!.trim();
        classNames.push(original.slice(prefix.length));
        columns.push({ index, name: header[index]!, probabilityByName: prefix === 'prob_' });
      }
    });
    if (columns.length > 0) return { classNames, columns };
  }
  return undefined;
}
