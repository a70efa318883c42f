import { exampleOf } from './openapi.js';

/**
 * The full JSON objects GitHub answers, built from the response examples in GitHub's own OpenAPI description and
 * overlaid with the fake's state, so every required field is present (the schema check in server.ts would fail
 * the test otherwise) and the fake never invents a shape of its own.
 */

type Json = Record<string, unknown>;

/** `overlay` onto `base`: objects merge key by key, anything else (arrays included) replaces. */
export function overlay(base: unknown, top: unknown): unknown {
  if (top === undefined) return base;
  if (!isObject(base) || !isObject(top)) return top;
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(top)) out[key] = overlay(base[key], value);
  return out;
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const templates = new Map<string, unknown>();

/**
 * The documented example of `operation` → `status`, or the part of it at `path` (e.g. `head.repo`), as a
 * template (cached; each use gets a copy).
 */
export function template(operation: string, status: number, path = ''): Json {
  const key = `${operation} ${status} ${path}`;
  const pick = (example: unknown) => path.split('.').filter((p) => p !== '').reduce((v, p) => (v as Json | undefined)?.[p], example);
  let value = templates.get(key);
  if (value === undefined) {
    value = pick(exampleOf('api.github.com', operation, status));
    if (value === undefined) throw new Error(`fake-github: no documented example for ${key}`);
    templates.set(key, value);
  }
  return structuredClone(value) as Json;
}

/** A user as GitHub nests it (simple-user); `type` is `Bot` for Apps, whose logins end in `[bot]`. */
export function userJson(login: string, type: string): Json {
  const id = type === 'Bot' ? (login === 'github-actions[bot]' ? 41_898_282 : 90_000_000 + (hash(login) % 1_000_000)) : 1_000 + (hash(login) % 1_000_000);
  return overlay(template('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', 200, 'user'), {
    login,
    id,
    node_id: `U_${id}`,
    type,
    url: `https://api.github.com/users/${encodeURIComponent(login)}`,
    html_url: `https://github.com/${login.replace(/\[bot\]$/, '')}`,
  }) as Json;
}

/** A full repository (as pulls nest it under head and base). */
export function repositoryJson(fullName: string): Json {
  const [owner = '', name = ''] = fullName.split('/');
  const id = 100_000 + (hash(fullName) % 1_000_000);
  return overlay(template('GET /repos/{owner}/{repo}/pulls/{pull_number}', 200, 'head.repo'), {
    id,
    node_id: `R_${id}`,
    name,
    full_name: fullName,
    owner: userJson(owner, 'User'),
    fork: fullName !== '' && owner !== 'acme',
    url: `https://api.github.com/repos/${fullName}`,
    html_url: `https://github.com/${fullName}`,
    default_branch: 'main',
  }) as Json;
}

/** A minimal repository (as workflow runs nest it). */
export function minimalRepositoryJson(fullName: string): Json {
  const [owner = '', name = ''] = fullName.split('/');
  const id = 100_000 + (hash(fullName) % 1_000_000);
  return overlay(template('GET /repos/{owner}/{repo}/actions/runs/{run_id}', 200, 'repository'), {
    id,
    node_id: `R_${id}`,
    name,
    full_name: fullName,
    owner: userJson(owner, 'User'),
    url: `https://api.github.com/repos/${fullName}`,
    html_url: `https://github.com/${fullName}`,
  }) as Json;
}

export function repositoryId(fullName: string): number {
  return 100_000 + (hash(fullName) % 1_000_000);
}

/** A small stable number from a string, for ids that must agree between objects. */
function hash(text: string): number {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619) >>> 0;
  return h;
}
