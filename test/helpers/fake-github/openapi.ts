import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * Holds the fake API to GitHub's own published description (@octokit/openapi, the dereferenced api.github.com
 * and GHES documents): every JSON response the fake serves is matched to its operation (method + path template)
 * and status and validated with ajv. The documents are 60–75 MB, so they are read once per machine: the first
 * use writes each operation's response schemas to node_modules/.cache, and later processes read only those.
 */

export type SpecName = 'api.github.com' | 'ghes-3.19';

const require = createRequire(import.meta.url);
const specDir = join(dirname(require.resolve('@octokit/openapi/package.json')), 'generated');
const version = (JSON.parse(readFileSync(join(specDir, '..', 'package.json'), 'utf8')) as { version: string }).version;
const cacheDir = join(process.cwd(), 'node_modules', '.cache', `model-gate-openapi-${version}`);

interface OperationIndex {
  /** `METHOD /path/{template}` for every operation of the document. */
  readonly operations: string[];
}
/** status → the JSON schema of the response body, or null when the response has no JSON body. */
type ResponseSchemas = Record<string, unknown>;

const documents = new Map<SpecName, Record<string, unknown>>();
const indexes = new Map<SpecName, { matchers: { key: string; method: string; regex: RegExp; literal: number }[] }>();
const validators = new Map<string, ValidateFunction>();

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
addFormats(ajv);

function documentOf(spec: SpecName): Record<string, unknown> {
  let document = documents.get(spec);
  if (!document) {
    document = JSON.parse(readFileSync(join(specDir, `${spec}.deref.json`), 'utf8')) as Record<string, unknown>;
    documents.set(spec, document);
  }
  return document;
}

function cached<T>(file: string, build: () => T): T {
  const path = join(cacheDir, file);
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as T;
  const value = build();
  mkdirSync(cacheDir, { recursive: true });
  // Written under a unique name and renamed: parallel test workers never read a half-written file.
  const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  writeFileSync(temp, JSON.stringify(value));
  renameSync(temp, path);
  return value;
}

function indexOf(spec: SpecName) {
  let index = indexes.get(spec);
  if (!index) {
    const { operations } = cached<OperationIndex>(`${spec}.index.json`, () => {
      const paths = documentOf(spec).paths as Record<string, Record<string, unknown>>;
      return { operations: Object.entries(paths).flatMap(([path, item]) => Object.keys(item).filter((m) => METHODS.has(m)).map((m) => `${m.toUpperCase()} ${path}`)) };
    });
    const matchers = operations.map((key) => {
      const [method = '', template = ''] = key.split(' ');
      const source = template
        .split('/')
        .map((part) => (part.startsWith('{') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
        .join('/');
      return { key, method, regex: new RegExp(`^${source}$`), literal: template.split('/').filter((p) => p !== '' && !p.startsWith('{')).length };
    });
    // The most literal template wins (`/repos/{o}/{r}/pulls/comments` before `/repos/{o}/{r}/pulls/{n}`).
    matchers.sort((a, b) => b.literal - a.literal);
    index = { matchers };
    indexes.set(spec, index);
  }
  return index;
}

const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete']);

/** The operation (`METHOD /template`) of a request path, or undefined when GitHub documents none. */
export function operationOf(spec: SpecName, method: string, pathname: string): string | undefined {
  return indexOf(spec).matchers.find((m) => m.method === method.toUpperCase() && m.regex.test(pathname))?.key;
}

function responseSchemas(spec: SpecName, operation: string): ResponseSchemas {
  const file = `${spec}.${createHash('sha256').update(operation).digest('hex').slice(0, 16)}.json`;
  return cached<ResponseSchemas>(file, () => {
    const [method = '', template = ''] = operation.split(' ');
    const paths = documentOf(spec).paths as Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>>;
    const responses = paths[template]?.[method.toLowerCase()]?.responses ?? {};
    return Object.fromEntries(Object.entries(responses).map(([status, r]) => [status, toJsonSchema(r.content?.['application/json']?.schema ?? null)]));
  });
}

/**
 * OpenAPI 3.0 → JSON Schema for ajv: `nullable: true` becomes a `null` type (or an anyOf with null), and the
 * `example(s)` annotations are dropped. Shared subtrees stay shared.
 */
function toJsonSchema(schema: unknown, seen = new Map<object, unknown>()): unknown {
  if (Array.isArray(schema)) return schema.map((s) => toJsonSchema(s, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  const known = seen.get(schema);
  if (known) return known;
  const input = schema as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  seen.set(schema, out);
  for (const [key, value] of Object.entries(input)) {
    if (key !== 'nullable' && key !== 'example' && key !== 'examples') out[key] = toJsonSchema(value, seen);
  }
  if (input.nullable === true) {
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum)) out.enum = [...(out.enum as unknown[]), null];
    } else {
      const inner = { ...out };
      for (const key of Object.keys(out)) delete out[key];
      out.anyOf = [inner, { type: 'null' }];
    }
  }
  return out;
}

/**
 * Checks one response: its operation must exist, its status must be documented (error statuses GitHub returns
 * everywhere — 401, 403, 404, 422, 429, 5xx — are checked for the error shape instead), and its JSON body must
 * match the schema. Returns the violations, empty when the response is what GitHub could have sent.
 */
export function validateResponse(spec: SpecName, method: string, pathname: string, status: number, body: unknown): string[] {
  const operation = operationOf(spec, method, pathname);
  if (!operation) return [`${method} ${pathname}: no such operation in GitHub's OpenAPI description (${spec})`];
  const schemas = responseSchemas(spec, operation);
  const where = `${operation} → ${status} (${spec})`;
  if (!(String(status) in schemas)) {
    if (status < 400) return [`${where}: status ${status} is not documented for this operation`];
    const message = (body as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? [] : [`${where}: an error response needs a "message" string`];
  }
  const schema = schemas[String(status)];
  // No JSON body documented (204, 302): nothing to check.
  if (schema === null || schema === undefined) return [];
  const key = `${spec} ${operation} ${status}`;
  let validate = validators.get(key);
  if (validate === undefined) {
    validate = ajv.compile(schema as object);
    validators.set(key, validate);
  }
  if (validate(body)) return [];
  const errors = (validate.errors ?? []).filter((e) => !KNOWN_INACCURACIES.some((k) => k.path.test(e.instancePath) && pointer(body, e.instancePath) === null));
  return errors.slice(0, 8).map((e) => `${where}: ${e.instancePath || '(body)'} ${e.message ?? ''}${e.params && 'missingProperty' in e.params ? ` "${String(e.params.missingProperty)}"` : ''}`);
}

/**
 * Where GitHub answers what its description does not allow, each with its public source:
 * - a pull request whose fork was deleted has `"head": {"repo": null}` (github/rest-api-description#161,
 *   desktop/desktop#3022); the GHES description still says object.
 */
const KNOWN_INACCURACIES: readonly { readonly path: RegExp }[] = [{ path: /^(\/\d+)?\/head\/repo$/ }];

/** The value at a JSON pointer (`/head/repo`, `/0/head/repo`). */
function pointer(value: unknown, path: string): unknown {
  return path
    .split('/')
    .slice(1)
    .map((p) => p.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((v, p) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined), value);
}

/** A response example GitHub documents for an operation and status, deep-copied, or undefined. */
export function exampleOf(spec: SpecName, operation: string, status: number): unknown {
  const file = `${spec}.${createHash('sha256').update(`example ${operation} ${status}`).digest('hex').slice(0, 16)}.json`;
  const { value } = cached<{ value: unknown }>(file, () => {
    const [method = '', template = ''] = operation.split(' ');
    const paths = documentOf(spec).paths as Record<string, Record<string, { responses?: Record<string, { content?: Record<string, { examples?: Record<string, { value?: unknown }> }> }> }>>;
    const examples = paths[template]?.[method.toLowerCase()]?.responses?.[String(status)]?.content?.['application/json']?.examples ?? {};
    return { value: Object.values(examples)[0]?.value ?? null };
  });
  return value === null ? undefined : structuredClone(value);
}
