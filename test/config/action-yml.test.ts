import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES, OUTPUT_NAMES } from '../../src/config/inputs.js';

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('declares exactly the inputs the code reads, each with a description', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).not.toBe('');
  });

  it('declares exactly the outputs the code writes', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('documents the defaults the README lists', () => {
    expect(action.inputs.mode?.default).toBe('auto');
    expect(action.inputs['baseline-artifact']?.default).toBe('model-gate-baseline');
    expect(action.inputs['accept-label']?.default).toBe('model-gate: accept-regression');
    expect(action.inputs.history?.default).toBe('30');
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
  });
});
