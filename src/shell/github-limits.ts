/**
 * GitHub's size and count limits, which are in bytes, not in JavaScript's UTF-16 units: a report of CJK or
 * emoji metric ids is up to three times longer in bytes than in `.length`. See docs/github.md, "Limits".
 */

/** Check-run `output.summary` and `output.text`: 422 "summary exceeds a maximum bytesize of 65535" above it. */
export const CHECK_RUN_TEXT_BYTES = 65_535;
/** One step's job summary: the runner drops all of it above 1 MiB ("$GITHUB_STEP_SUMMARY upload aborted"). */
export const JOB_SUMMARY_BYTES = 1024 * 1024;
/** GitHub shows at most this many error and this many warning annotations of one step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const encoder = new TextEncoder();

export function byteLength(text: string): number {
  return encoder.encode(text).length;
}

/**
 * The longest rendering that fits `maxBytes`: `render(maxLength)` trims by UTF-16 length in its own priority
 * order (charts, other metrics, slices, notes, then rows), so the length budget shrinks until the bytes fit.
 */
export function fitBytes(render: (maxLength: number) => string, maxBytes: number): string {
  let budget = maxBytes;
  let text = render(budget);
  for (let attempt = 0; attempt < 20; attempt++) {
    const bytes = byteLength(text);
    if (bytes <= maxBytes) return text;
    // Shrink in proportion to the overshoot, and always by at least one unit, so this ends.
    budget = Math.max(0, Math.min(budget - 1, Math.floor((budget * maxBytes) / bytes) - 16));
    text = render(budget);
  }
  return truncateBytes(text, maxBytes);
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes without splitting a character. */
export function truncateBytes(text: string, maxBytes: number): string {
  if (byteLength(text) <= maxBytes) return text;
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = byteLength(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

export interface Annotation {
  readonly level: 'error' | 'warning';
  readonly message: string;
}

/**
 * At most `ANNOTATIONS_PER_LEVEL` of each level, most important first (the caller's order), and when some are
 * left out, the last shown one of that level says how many more there are and where they are.
 */
export function capAnnotations(annotations: readonly Annotation[], where: string): Annotation[] {
  const out: Annotation[] = [];
  for (const level of ['error', 'warning'] as const) {
    const all = annotations.filter((a) => a.level === level);
    if (all.length <= ANNOTATIONS_PER_LEVEL) {
      out.push(...all);
      continue;
    }
    const shown = all.slice(0, ANNOTATIONS_PER_LEVEL - 1);
    const more = all.length - shown.length;
    out.push(...shown, { level, message: `${more} more ${level === 'error' ? 'failing' : 'warning'} metrics (GitHub shows ${ANNOTATIONS_PER_LEVEL} ${level}s per step); ${where}` });
  }
  return out;
}
