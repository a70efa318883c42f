import { describe, expect, it } from 'vitest';
import { toRequestError } from '../../src/github/rest.js';

describe('REST errors say which permission is missing', () => {
  it.each([
    [401, 'the token is invalid or expired (github-token)'],
    [403, 'the token may lack "actions: read" (add it under permissions: in the workflow)'],
    [404, 'the token may lack "actions: read" (add it under permissions: in the workflow)'],
  ])('%i', (status, hint) => {
    const error = Object.assign(new Error('Resource not accessible by integration'), { status });
    const failure = toRequestError(error, 'list workflow runs', 'actions: read');
    expect(failure.status).toBe(status);
    expect(failure.message).toBe(`cannot list workflow runs (${status}: Resource not accessible by integration): ${hint}`);
  });

  it('passes other failures through with their status', () => {
    expect(toRequestError(Object.assign(new Error('boom'), { status: 502 }), 'x', 'y').message).toBe('cannot x (502: boom)');
  });
});
