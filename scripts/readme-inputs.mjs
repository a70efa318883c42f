// The README's tables of inputs and outputs are generated from action.yml, so the two cannot drift:
// `node scripts/readme-inputs.mjs` rewrites them in place; test/config/readme.test.ts fails when they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';

const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** The markdown of both tables, from action.yml's text. */
export function renderActionTables(actionYml) {
  const action = parse(actionYml);
  const inputs = Object.entries(action.inputs).map(
    ([name, input]) => `| \`${name}\` | ${input.default === undefined ? '' : `\`${cell(input.default)}\``} | ${cell(input.description)} |`,
  );
  const outputs = Object.entries(action.outputs).map(([name, output]) => `| \`${name}\` | ${cell(output.description)} |`);
  return [
    '| input | default | meaning |',
    '| --- | --- | --- |',
    ...inputs,
    '',
    '| output | meaning |',
    '| --- | --- |',
    ...outputs,
  ].join('\n');
}

export const START = '<!-- action-tables:start (generated from action.yml by scripts/readme-inputs.mjs) -->';
export const END = '<!-- action-tables:end -->';

/** README's text with the generated block replaced. */
export function withActionTables(readme, actionYml) {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`README.md has no ${START} … ${END} block`);
  return `${readme.slice(0, a + START.length)}\n${renderActionTables(actionYml)}\n${readme.slice(b)}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync('README.md', withActionTables(readme, readFileSync('action.yml', 'utf8')));
}
