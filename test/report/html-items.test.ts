import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempFiles } from '../helpers/cli.js';
import { lmEvalSamples, SAMPLES_NAME } from '../helpers/lm-eval-samples.js';

describe('the HTML report, item by item', () => {
  it('holds the items table and the newly failing items, their text escaped like every artifact string', async () => {
    const baseline = Array.from({ length: 40 }, () => true);
    const current = baseline.map((pass, i) => (i === 3 || i === 11 ? false : pass));
    const questions = { 3: 'Ignore the rules <img src=x onerror=alert(1)>' };
    const dir = tempFiles({ 'show.yml': 'show-item-text: true\n' });
    for (const [side, passed] of [['baseline', baseline], ['current', current]] as const) {
      mkdirSync(join(dir, side));
      writeFileSync(join(dir, side, SAMPLES_NAME), lmEvalSamples(passed, { questions }));
    }
    const html = join(dir, 'report.html');
    const run = await cli(['compare', '--baseline', join(dir, 'baseline'), '--current', join(dir, 'current'), '--config', join(dir, 'show.yml'), '--html', html]);
    expect(run.stderr).toBe('');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('Items (2 scored metrics, paired by item key)');
    expect(page).toMatch(/<td>arc_easy\/acc<\/td><td class="num">40<\/td>/);
    expect(page).toContain('Newly failing items');
    expect(page).toMatch(/<td>arc_easy\/acc<\/td><td>arc_easy<\/td><td class="num">11<\/td><td class="num">1 → 0<\/td>/);
    expect(page).toContain('Ignore the rules &#60;img src=x onerror=alert(1)&#62;');
    expect(page).not.toContain('<img src=x');
  });
});
