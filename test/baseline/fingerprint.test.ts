import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/baseline/record.js';
import type { ClassificationData } from '../../src/metrics/eval-data.js';

const data = (yTrue: ClassificationData['yTrue']): ClassificationData => ({
  task: 'binary',
  n: yTrue.length,
  classes: ['0', '1'],
  yTrue,
  yPred: yTrue,
  positive: 1,
  score: undefined,
  proba: undefined,
  scoresAreProbabilities: false,
  weights: undefined,
});

describe('fingerprintOf', () => {
  it('does not depend on the width the class codes are stored in', () => {
    const labels = [0, 1, 1, 0, 1];
    const narrow = fingerprintOf(data(Uint8Array.from(labels)), undefined);
    expect(fingerprintOf(data(Int32Array.from(labels)), undefined)).toEqual(narrow);
    expect(fingerprintOf(data(Uint16Array.from(labels)), undefined)).toEqual(narrow);
    // The hash bundles recorded before codes were narrowed: SHA-256 of the labels as 32-bit integers + classes.
    expect(narrow.labels).toBe('696c1deb7706f37d242900a0bd35f614caf76af3f6d7cc1505ba04bb5bcd8aeb');
    expect(fingerprintOf(data(Uint8Array.from([0, 1, 1, 0, 0])), undefined).labels).not.toBe(narrow.labels);
  });
});
