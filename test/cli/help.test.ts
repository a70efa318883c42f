import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INPUT_NAMES } from '../../src/config/inputs.js';
import { COMMAND_NAMES, COMMANDS, formatFlag } from '../../src/cli/usage.js';
import { cli, tempFiles } from '../helpers/cli.js';

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const OVERVIEW_FIRST_LINE = 'Usage: model-gate COMMAND [options]';
const FIRST_LINES = {
  evaluate: 'Usage: model-gate evaluate FILES… [options]',
  compare: 'Usage: model-gate compare --baseline PATH… --current PATH… [options]',
  record: 'Usage: model-gate record FILES… --out DIR [options]',
} as const;

const firstLine = (text: string) => text.split('\n', 1)[0];

describe('model-gate --help and --version', () => {
  for (const args of [['--help'], ['-h'], ['help']]) {
    it(`${args.join(' ')} prints the overview and exits 0`, async () => {
      const run = await cli(args);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      expect(firstLine(run.stdout)).toBe(OVERVIEW_FIRST_LINE);
      for (const name of COMMAND_NAMES) expect(run.stdout).toMatch(new RegExp(`^  ${name} +${COMMANDS[name].summary}$`, 'm'));
      expect(run.stdout).toContain('--version');
    });
  }

  it('prints the overview on stderr and exits 2 when no command is given', async () => {
    const run = await cli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(firstLine(run.stderr)).toBe(OVERVIEW_FIRST_LINE);
  });

  it('--version prints the version of package.json', async () => {
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: `model-gate ${VERSION}\n`, stderr: '' });
  });

  for (const name of COMMAND_NAMES) {
    for (const args of [[name, '--help'], [name, '-h'], ['help', name], ['--help', name], [name, 'x.csv', '--format', 'json', '--help']]) {
      it(`${args.join(' ')} prints the usage of ${name} and exits 0`, async () => {
        const run = await cli(args);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        expect(firstLine(run.stdout)).toBe(FIRST_LINES[name]);
        expect(run.stdout).toContain(`Example:\n  ${COMMANDS[name].example}\n`);
      });
    }

    it(`the help of ${name} lists every option its parser accepts, with a meaning and a default, and no other`, async () => {
      const help = (await cli([name, '--help'])).stdout;
      const flat = help.replace(/\n {2,}/g, ' ');
      const listed = [...help.matchAll(/^ {2}(?:-h, )?--([a-z-]+)/gm)].map((m) => m[1]);
      expect(listed).toEqual(COMMANDS[name].options.map((o) => o.name));
      for (const option of COMMANDS[name].options) {
        expect(help).toMatch(new RegExp(`^ {2}${escapeRegExp(formatFlag(option))}( |$)`, 'm'));
        expect(flat).toContain(option.meaning);
        if (option.name !== 'help') expect(flat).toMatch(new RegExp(`${escapeRegExp(option.meaning)} \\((required|default: ${escapeRegExp(option.default!)})\\)`));
      }
      // What the help lists, the parser takes (and what it does not list, the parser refuses).
      for (const option of listed) {
        const run = await cli([name, `--${option}`, ...(option === 'help' || option === 'debug' ? [] : ['x'])]);
        expect(run.stderr).not.toMatch(/unknown option/);
      }
      expect((await cli([name, '--no-such-option'])).stderr).toMatch(/^model-gate: unknown option --no-such-option/);
    });
  }
});

describe('the options', () => {
  it('are the action inputs of the same name, but for those only the CLI has', () => {
    const cliOnly = ['baseline', 'current', 'format', 'html', 'out', 'previous', 'sha', 'debug', 'help', 'no-color'];
    for (const name of COMMAND_NAMES) {
      const settings = COMMANDS[name].options.map((o) => o.name).filter((option) => !cliOnly.includes(option));
      expect(settings.filter((option) => !(INPUT_NAMES as readonly string[]).includes(option)), name).toEqual([]);
    }
  });
});

describe('the examples in the help', () => {
  /** The words of a command line, as a shell splits a line without variables: "…" quotes. */
  const words = (line: string) => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);

  it('evaluate: runs on the example predictions and prints the metrics per slice', async () => {
    const [program, ...args] = words(COMMANDS.evaluate.example);
    expect(program).toBe('model-gate');
    const run = await cli(args, 'examples');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/region/);
  });

  it('compare: runs on the example predictions and finds the f1 regression (exit 1)', async () => {
    const [, ...args] = words(COMMANDS.compare.example);
    const run = await cli([...args, '--format', 'json'], 'examples');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { regressions: string[] }).regressions).toEqual(['f1']);
  });
});

describe('unknown commands and options: exit 2, one line, the nearest valid one suggested', () => {
  const CASES: [string[], string][] = [
    [['comapre'], 'model-gate: unknown command "comapre" (did you mean compare?); run model-gate --help'],
    [['evalute', 'p.csv'], 'model-gate: unknown command "evalute" (did you mean evaluate?); run model-gate --help'],
    [['frobnicate'], 'model-gate: unknown command "frobnicate"; run model-gate --help'],
    [['help', 'recrod'], 'model-gate: unknown command "recrod" (did you mean record?); run model-gate --help'],
    [['--verison'], 'model-gate: unknown option --verison (did you mean --version?)'],
    [['compare', '--thresold', '0.3'], 'model-gate: unknown option --thresold (did you mean --decision-threshold?)'],
    [['compare', '--basline', 'b.csv', '--current', 'c.csv'], 'model-gate: unknown option --basline (did you mean --baseline?)'],
    [['compare', '--fail-off', 'never'], 'model-gate: unknown option --fail-off (did you mean --fail-on?)'],
    [['evaluate', 'p.csv', '--fromat', 'json'], 'model-gate: unknown option --fromat (did you mean --format?)'],
    [['evaluate', 'p.csv', '--positive', '1'], 'model-gate: unknown option --positive (did you mean --positive-label?)'],
    [['record', 'p.csv', '--output', 'b'], 'model-gate: unknown option --output; run model-gate record --help for the options'],
    [['evaluate', 'p.csv', '--baseline', 'b.csv'], 'model-gate: unknown option --baseline; run model-gate evaluate --help for the options'],
    [['evaluate', 'p.csv', '-x'], 'model-gate: unknown option -x; run model-gate evaluate --help for the options'],
    [['evaluate', 'p.csv', '--columns'], 'model-gate: option --columns needs a value (YAML)'],
    [['evaluate', 'p.csv', '--columns', '--format', 'json'], 'model-gate: option --columns needs a value (YAML)'],
    [['evaluate', 'p.csv', '--debug=yes'], 'model-gate: option --debug takes no value'],
    [['\u001b]8;;x\u0007evil'], 'model-gate: unknown command "\\x1b]8;;x\\x07evil"; run model-gate --help'],
    [['compare', `--${'x'.repeat(80)}`], `model-gate: unknown option --${'x'.repeat(57)}…; run model-gate compare --help for the options`],
  ];
  for (const [args, message] of CASES) {
    it(args.join(' '), async () => {
      expect(await cli(args)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
    });
  }
});

describe('option values', () => {
  // Decision scores (not probabilities): a threshold is needed, and it may be negative.
  const SCORES = 'y_true,y_score\n0,-2.0\n1,-0.4\n1,0.8\n0,-0.6\n';
  const accuracy = async (...args: string[]) => {
    const run = await cli(['evaluate', 'p.csv', '--format', 'json', ...args], tempFiles({ 'p.csv': SCORES }));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return (JSON.parse(run.stdout) as { metrics: { accuracy: number } }).metrics.accuracy;
  };

  it('takes a negative number as the value of an option, in both spellings', async () => {
    expect(await accuracy('--decision-threshold', '-0.5')).toBe(1);
    expect(await accuracy('--decision-threshold=-0.5')).toBe(1);
    expect(await accuracy('--decision-threshold', '0')).toBe(0.75);
    expect(await accuracy('--decision-threshold', '-1e0')).toBe(0.75);
  });

  it('reads everything after -- as files', async () => {
    const dir = tempFiles({ '--odd.csv': 'y_true,y_pred\n1,1\n0,1\n' });
    const run = await cli(['evaluate', '--format', 'json', '--', '--odd.csv'], dir);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { metrics: { accuracy: number } }).metrics.accuracy).toBe(0.5);
  });

  it('lets the last value of an option win', async () => {
    const run = await cli(['evaluate', 'examples/predictions.csv', '--format', 'text', '--format', 'json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { n: number }).n).toBe(2000);
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
