import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../helpers/cli.js';
import { BUNDLE_FILE } from '../../src/baseline/bundle-names.js';
import { compareRuns } from '../../src/gate/compare.js';
import type { Report } from '../../src/report/report.js';
import { loadRun } from '../../src/shell/load-run.js';
import { loadSettings } from '../../src/shell/load-settings.js';
import { createRng, type Rng } from '../../src/stats/random.js';

/**
 * The report scenarios a reviewer meets, built through the real pipeline (files on disk → loadRun → compareRuns)
 * from deterministic, seeded data: the golden comments, the terminal goldens and the browser test all use these.
 */
export const SCENARIOS = ['pass', 'fail', 'warnings', 'multiclass', 'regression', 'slices', 'metric-files', 'history', 'no-baseline'] as const;
export type Scenario = (typeof SCENARIOS)[number];

interface Setup {
  readonly files: Record<string, string>;
  readonly current: readonly string[];
  /** Files, a bundle folder (made with `record`), or 'none'. */
  readonly baseline: readonly string[] | 'none';
  readonly config: string;
  /** `record` runs, oldest first, chained with --previous; the last bundle is the baseline. */
  readonly history?: readonly { readonly file: string; readonly sha: string }[];
}

/** Builds a scenario's report; the temp folder is removed before it returns. */
export async function buildScenario(name: Scenario): Promise<Report> {
  const setup = SETUPS[name]();
  const dir = mkdtempSync(join(tmpdir(), `model-gate-scenario-${name}-`));
  try {
    for (const [file, text] of Object.entries(setup.files)) writeFileSync(join(dir, file), text);
    writeFileSync(join(dir, 'model-gate.yml'), setup.config);
    let baselinePaths = setup.baseline;
    if (setup.history) {
      let previous: string | undefined;
      for (const [i, step] of setup.history.entries()) {
        const out = `bundle-${i}`;
        const run = await cli(['record', step.file, '--out', out, '--sha', step.sha, '--config', 'model-gate.yml', ...(previous ? ['--previous', previous] : [])], dir);
        if (run.code !== 0) throw new Error(run.stderr);
        // A fixed date and run number, as a workflow run would record them, so the golden files stay put.
        const file = join(dir, out, BUNDLE_FILE);
        const bundle = JSON.parse(readFileSync(file, 'utf8')) as { provenance: { date: string; runNumber: number | null } };
        bundle.provenance.date = `2026-11-${String(10 + i).padStart(2, '0')}T12:00:00Z`;
        bundle.provenance.runNumber = 40 + i;
        writeFileSync(file, JSON.stringify(bundle));
        previous = out;
      }
      baselinePaths = [previous!];
    }
    const values: Record<string, string> = { config: 'model-gate.yml' };
    const settings = await loadSettings((input) => values[input], dir);
    const current = await loadRun(setup.current.join('\n'), settings.evaluate, dir);
    const baseline = baselinePaths === 'none' ? undefined : await loadRun(baselinePaths.join('\n'), settings.evaluate, dir);
    return compareRuns(current, baseline, { ...settings, expectBaseline: baselinePaths !== 'none', currentLabel: 'this PR' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const logistic = (x: number) => 1 / (1 + Math.exp(-x));

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng.next())) * Math.cos(2 * Math.PI * rng.next());
}

/** Binary scores for two models on the same ids; `separation` per region sets how good each model is. */
function binaryCsv(seed: number, n: number, separation: { baseline: Record<string, number>; current: Record<string, number> }): { baseline: string; current: string } {
  const rng = createRng(seed);
  const regions = Object.keys(separation.baseline);
  const rows: { id: string; region: string; y: number; shared: number }[] = [];
  for (let i = 0; i < n; i++) {
    const region = regions[Math.min(regions.length - 1, Math.floor(rng.next() ** 1.3 * regions.length))]!;
    rows.push({ id: `ex-${String(i + 1).padStart(5, '0')}`, region, y: rng.next() < 0.22 ? 1 : 0, shared: normal(rng) * 0.9 });
  }
  const write = (sep: Record<string, number>) =>
    ['id,region,y_true,y_pred,y_score', ...rows.map((r) => {
      const score = Number(logistic(-0.95 + sep[r.region]! * (2 * r.y - 1) + r.shared + normal(rng) * 0.55).toFixed(4));
      return `${r.id},${r.region},${r.y},${score >= 0.5 ? 1 : 0},${score}`;
    })].join('\n');
  return { baseline: write(separation.baseline), current: write(separation.current) };
}

const BINARY_RULES = `columns:
  slices: [region]
rules:
  accuracy: { min: 0.85, max-regression: 0.01 }
  f1: { max-regression: 2% }
  roc_auc: { max-regression: 0.02 }
  log_loss: { max-regression: 10% }
`;

function multiclassCsv(): { baseline: string; current: string } {
  const rng = createRng(17);
  const classes = ['cat', 'dog', 'bird', 'fish', 'horse'];
  const rows: { id: string; y: number; u: number; v: number }[] = [];
  for (let i = 0; i < 3000; i++) rows.push({ id: `img-${i + 1}`, y: Math.min(4, Math.floor(rng.next() ** 1.2 * 5)), u: rng.next(), v: rng.next() });
  const write = (catToDog: number) =>
    ['id,y_true,y_pred', ...rows.map((r) => {
      let p = r.y;
      if (r.u < 0.12) p = (r.y + 1 + Math.floor(r.v * 4)) % 5;
      else if (r.y === 0 && r.u < 0.12 + catToDog) p = 1;
      return `${r.id},${classes[r.y]},${classes[p]}`;
    })].join('\n');
  return { baseline: write(0), current: write(0.1725) };
}

function regressionCsv(): { baseline: string; current: string } {
  const rng = createRng(29);
  const rows: { id: string; y: number; a: number; b: number }[] = [];
  for (let i = 0; i < 1500; i++) {
    const y = 20 + 80 * rng.next();
    rows.push({ id: `house-${i + 1}`, y, a: normal(rng), b: normal(rng) });
  }
  const write = (scale: number, bias: number) =>
    ['id,y_true,y_pred', ...rows.map((r) => `${r.id},${r.y.toFixed(2)},${(r.y + bias + r.a * scale + (r.y > 80 ? r.b * scale : 0)).toFixed(2)}`)].join('\n');
  return { baseline: write(3, 0), current: write(3.6, 0.8) };
}

function slicesCsv(): { baseline: string; current: string } {
  const rng = createRng(41);
  const regions: [string, number][] = [['eu', 900], ['us', 700], ['apac', 300], ['latam', 25], ['mena', 18], ['africa', 12]];
  const devices = ['mobile', 'desktop'];
  const rows: { id: string; region: string; device: string; y: number; shared: number }[] = [];
  for (const [region, size] of regions) {
    for (let i = 0; i < size; i++) rows.push({ id: `${region}-${i}`, region, device: devices[rng.next() < 0.6 ? 0 : 1]!, y: rng.next() < 0.25 ? 1 : 0, shared: normal(rng) * 0.8 });
  }
  const write = (apac: number) =>
    ['id,region,device,y_true,y_pred,y_score', ...rows.map((r) => {
      const sep = r.region === 'apac' ? apac : 1.1;
      const score = Number(logistic(-0.9 + sep * (2 * r.y - 1) + r.shared + normal(rng) * 0.5).toFixed(4));
      return `${r.id},${r.region},${r.device},${r.y},${score >= 0.5 ? 1 : 0},${score}`;
    })].join('\n');
  return { baseline: write(1.1), current: write(0.55) };
}

const SETUPS: Record<Scenario, () => Setup> = {
  pass: () => {
    const { baseline, current } = binaryCsv(5, 2000, { baseline: { eu: 1.05, us: 1.0, apac: 1.0 }, current: { eu: 1.08, us: 1.03, apac: 1.02 } });
    return { files: { 'base.csv': baseline, 'cur.csv': current }, current: ['cur.csv'], baseline: ['base.csv'], config: BINARY_RULES };
  },
  fail: () => ({
    files: { 'predictions.csv': readFileSync('examples/predictions.csv', 'utf8'), 'baseline-predictions.csv': readFileSync('examples/baseline-predictions.csv', 'utf8') },
    current: ['predictions.csv'],
    baseline: ['baseline-predictions.csv'],
    config: `${BINARY_RULES}  "roc_auc[region=*]": { max-regression: 0.03 }\n`,
  }),
  warnings: () => {
    const { baseline, current } = binaryCsv(7, 2000, { baseline: { eu: 1.05, us: 1.0, apac: 1.0 }, current: { eu: 1.0, us: 0.96, apac: 0.95 } });
    return {
      files: { 'base.csv': baseline, 'cur.csv': current },
      current: ['cur.csv'],
      baseline: ['base.csv'],
      config: 'rules:\n  accuracy: { max-regression: 0.005 }\n  roc_auc: { max-regression: 0.005, severity: warning }\n  log_loss: { max-regression: 1% }\n  f1: { min: 0.5 }\n',
    };
  },
  multiclass: () => {
    const { baseline, current } = multiclassCsv();
    return {
      files: { 'base.csv': baseline, 'cur.csv': current },
      current: ['cur.csv'],
      baseline: ['base.csv'],
      config: 'rules:\n  accuracy: { max-regression: 0.01 }\n  f1_macro: { min: 0.8, max-regression: 0.01 }\n  cohen_kappa: { max-regression: 0.02 }\n',
    };
  },
  regression: () => {
    const { baseline, current } = regressionCsv();
    return {
      files: { 'base.csv': baseline, 'cur.csv': current },
      current: ['cur.csv'],
      baseline: ['base.csv'],
      config: 'rules:\n  mae: { max-regression: 5% }\n  rmse: { max: 5 }\n  r2: { min: 0.9, max-regression: 0.005 }\n  mape: { max-regression: 0.005 }\n',
    };
  },
  slices: () => {
    const { baseline, current } = slicesCsv();
    return {
      files: { 'base.csv': baseline, 'cur.csv': current },
      current: ['cur.csv'],
      baseline: ['base.csv'],
      config: 'columns:\n  slices: [region, device]\nrules:\n  accuracy: { max-regression: 0.01 }\n  "accuracy[region=*]": { min: 0.8, max-regression: 0.03 }\n  "roc_auc[*]": { max-regression: 0.03 }\n',
    };
  },
  'metric-files': () => ({
    files: {
      'base.json': JSON.stringify({ eval_accuracy: 0.8267, eval_f1: 0.8112, eval_loss: 0.4121, eval_runtime: 12.5, eval_samples_per_second: 80.1, epoch: 3 }),
      'cur.json': JSON.stringify({ eval_accuracy: 0.8302, eval_f1: 0.8097, eval_loss: 0.4013, eval_runtime: 12.9, eval_samples_per_second: 77.5, epoch: 3 }),
    },
    current: ['cur.json'],
    baseline: ['base.json'],
    config: 'rules:\n  accuracy: { min: 0.85 }\n  f1: { max-regression: 0.01 }\n  loss: { max-regression: 2% }\n',
  }),
  history: () => {
    const runs = [0.98, 1.02, 1.0, 1.04, 1.01, 1.03, 0.99, 1.02].map((sep, i) => binaryCsv(100 + i, 1500, { baseline: { eu: sep, us: sep }, current: { eu: sep, us: sep } }).baseline);
    // The pull request scores the eval set of the newest default-branch run, with a slightly weaker model.
    const current = binaryCsv(107, 1500, { baseline: { eu: 1.02, us: 1.02 }, current: { eu: 0.9, us: 0.9 } }).current;
    const files: Record<string, string> = { 'cur.csv': current };
    runs.forEach((csv, i) => (files[`run-${i}.csv`] = csv));
    const shas = ['3f2a9c1', '8be01d4', 'c47d2aa', '19f0e6b', 'a03c5d7', '5e6b8f2', 'd91a4c0', '0b7e3f9'];
    return {
      files,
      current: ['cur.csv'],
      baseline: [],
      config: 'columns:\n  slices: [region]\nrules:\n  accuracy: { max-regression: 0.02 }\n  roc_auc: { max-regression: 0.02 }\n  log_loss: { max-regression: 5% }\n',
      history: runs.map((_, i) => ({ file: `run-${i}.csv`, sha: `${shas[i]!}${'0'.repeat(33)}` })),
    };
  },
  'no-baseline': () => ({
    files: { 'predictions.csv': readFileSync('examples/predictions.csv', 'utf8') },
    current: ['predictions.csv'],
    baseline: 'none',
    config: BINARY_RULES,
  }),
};
