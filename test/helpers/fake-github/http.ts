import type { IncomingHttpHeaders } from 'node:http';
import type { FakeState } from './state.js';

/** A fully read request, as handlers see it. */
export interface FakeRequest {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
}

/** What a handler answers; the server writes it and records the status. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  json?: unknown;
  body?: Uint8Array | string;
}

/** What route handlers share: the state and the base URL links and redirects point at. */
export interface RouteEnv {
  readonly state: FakeState;
  /** http://127.0.0.1:<port>, no trailing slash. */
  readonly apiUrl: string;
  /** The blob storage's origin (another port): signed download URLs point here. */
  readonly blobUrl: string;
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Reply {
  return { status, json: body, headers };
}

/** GitHub's error body (basic-error): the message, the docs link, and the status as a string. */
export function message(status: number, text: string, headers: Record<string, string> = {}, documentation = 'https://docs.github.com/rest'): Reply {
  return json(status, { message: text, documentation_url: documentation, status: String(status) }, headers);
}

export const notFound = (): Reply => message(404, 'Not Found');

/** The request's JSON object body, or undefined when it is absent or not an object. */
export function readJson(req: FakeRequest): Record<string, unknown> | undefined {
  if (req.body.length === 0) return undefined;
  try {
    const parsed: unknown = JSON.parse(req.body.toString('utf8'));
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One page of `items` by `per_page` (default 30, max 100) and `page` (default 1), with GitHub's
 * `Link` header (rel="prev"/"next"/"first"/"last", absolute URLs keeping the other query parameters).
 */
export function paginate<T>(req: FakeRequest, env: RouteEnv, items: readonly T[]): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(100, Math.max(1, intParam(req, 'per_page') ?? 30));
  const page = Math.max(1, intParam(req, 'page') ?? 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (p: number, rel: string): string => {
    const url = new URL(req.url.pathname + req.url.search, env.apiUrl);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(p));
    return `<${url.href}>; rel="${rel}"`;
  };
  const links: string[] = [];
  if (page > 1) links.push(link(Math.min(page - 1, last), 'prev'));
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
  if (page > 1) links.push(link(1, 'first'));
  const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
  return { items: items.slice((page - 1) * perPage, page * perPage), headers };
}

export function intParam(req: FakeRequest, name: string): number | undefined {
  const raw = req.url.searchParams.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number.parseInt(raw, 10);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * Matches `path` (segments after /repos/{o}/{r}/) against a pattern like `actions/runs/:run_id`;
 * returns the `:name` captures (URI-decoded) or undefined.
 */
export function match(pattern: string, segments: readonly string[]): Record<string, string> | undefined {
  const parts = pattern.split('/');
  if (parts.length !== segments.length) return undefined;
  const captures: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const segment = segments[i]!;
    if (part.startsWith(':')) captures[part.slice(1)] = decodeURIComponent(segment);
    else if (part !== segment) return undefined;
  }
  return captures;
}

/** A positive integer path parameter, or undefined. */
export function idParam(raw: string | undefined): number | undefined {
  return raw !== undefined && /^\d+$/.test(raw) ? Number(raw) : undefined;
}
