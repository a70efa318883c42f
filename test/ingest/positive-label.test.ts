import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';


/** Evaluates a four-row binary file with classes `a` (rows 1, 3) and `b` (rows 2, 4); the score favours b. */
async function evaluate(a: string, b: string, options: { score?: boolean; positive?: string } = {}) {
  const score = options.score ?? true;
  const header = score ? 'y_true,y_pred,y_score' : 'y_true,y_pred';
  const rows = [[a, a, '0.2'], [b, b, '0.9'], [a, b, '0.6'], [b, b, '0.7']].map((r) => (score ? r : r.slice(0, 2)).join(','));
  const dir = tempFiles({ 'p.csv': `${header}\n${rows.join('\n')}\n` });
  const args = ['evaluate', 'p.csv', '--format', 'json', ...(options.positive ? ['--positive-label', options.positive] : [])];
  return cli(args, dir);
}

describe('the positive class of two labels', () => {
  it('asks for positive-label when the labels are 1 and 2 and there is a score: the two scikit-learn defaults disagree', async () => {
    const run = await evaluate('1', '2');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'model-gate: p.csv: the two classes are 1 and 2: scikit-learn\'s precision and recall take 1 as the positive class, but its roc_auc reads the score ("y_score") as the probability of 2; set positive-label to the class the score is for\n',
    );
  });

  it('uses positive-label for every metric, the score included', async () => {
    const two = JSON.parse((await evaluate('1', '2', { positive: '2' })).stdout);
    expect(two.metrics).toMatchObject({ roc_auc: 1, precision: 2 / 3, recall: 1 });
    const one = JSON.parse((await evaluate('1', '2', { positive: '1' })).stdout);
    expect(one.metrics).toMatchObject({ roc_auc: 0, precision: 1, recall: 0.5 });
  });

  it.each([
    // [class a, class b, score?, what happens]
    ['0', '1', true, 'positive 1'],
    ['-1', '1', true, 'positive 1'],
    ['false', 'true', true, 'positive true'],
    ['2', '3', true, 'positive 3'],
    ['ham', 'spam', true, 'positive spam'],
    ['1', '2', false, 'positive 1'],
    ['1', '5', true, 'asks'],
    ['1', '10', true, 'asks'],
    ['1.0', '2.0', true, 'asks'],
  ] as const)('classes %s and %s (score: %s): %s', async (a, b, score, outcome) => {
    const run = await evaluate(a, b, { score });
    if (outcome === 'asks') {
      expect(run.stderr).toMatch(/set positive-label to the class the score is for/);
      return;
    }
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    // The score (or hard predictions) is read for the positive class: the rows of b score higher than those of a.
    const positiveIsB = outcome === `positive ${b}`;
    expect(report.metrics.recall).toBe(positiveIsB ? 1 : 0.5);
    if (score) expect(report.metrics.roc_auc).toBe(positiveIsB ? 1 : 0);
  });
});
