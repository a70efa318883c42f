import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionContext } from '../../src/github/context.js';
import { workflowRunEvent } from '../helpers/events.js';
import { tempDir } from '../helpers/temp.js';

const env = (path: string) => ({ GITHUB_REPOSITORY: 'acme/model', GITHUB_EVENT_PATH: path });

function eventAt(text: string): string {
  const path = join(tempDir('model-gate-context-'), 'event.json');
  writeFileSync(path, text);
  return path;
}

describe('the event payload', () => {
  it('reads a recorded workflow_run payload: head branch, head repository, pull request numbers', () => {
    const payload = workflowRunEvent({ id: 5, headSha: 'a'.repeat(40), headBranch: 'fix', headRepository: 'stranger/model', repository: 'acme/model', pullRequests: [3] });
    expect(readActionContext(env(eventAt(JSON.stringify(payload)))).workflowRun).toMatchObject({ id: 5, headBranch: 'fix', headRepository: 'stranger/model', pullRequests: [3] });
  });

  it.each([
    ['not JSON', '{"workflow_run": ', /^GITHUB_EVENT_PATH: the event payload .*event\.json is not valid JSON \(/],
    ['not an object', '[1, 2]', /^GITHUB_EVENT_PATH: the event payload .*event\.json is not a JSON object$/],
  ])('a payload that is %s is an error that says so', (_, text, message) => {
    expect(() => readActionContext(env(eventAt(text)))).toThrow(message);
  });
});
