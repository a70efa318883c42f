import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { azureBlob } from './azure-blob.js';
import { json, message, notFound, type FakeRequest, type Reply } from './http.js';
import { makeRuntimeToken, resultsService, type PendingBlob, type ResultsEnv } from './results.js';
import { actionsRoutes, serveBlob } from './routes-actions.js';
import { validateResponse, type SpecName } from './openapi.js';
import { repoRoutes } from './routes-repo.js';
import { userJson } from './shapes.js';
import * as seed from './state.js';
import type { Artifact, FakeState, IssueComment, PullRequest, WorkflowRun } from './state.js';
import type { ZipFiles } from './zip.js';

export interface FakeGitHubOptions {
  /** default 'acme' */
  owner?: string;
  /** default 'model' */
  repo?: string;
  /** The server closes itself after this long without a request (default 60 s). */
  idleTimeoutMs?: number;
  /**
   * Play GitHub Enterprise Server: responses are validated against its OpenAPI description, and env() sets a
   * GHES GITHUB_SERVER_URL (so the action downloads through the REST zip endpoint).
   */
  ghes?: boolean;
}

/** One request the fake answered, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path with query, e.g. `/repos/acme/model/issues/1/comments?per_page=100&page=2`. */
  path: string;
  status: number;
  /** The request's Authorization header was present. */
  authorized: boolean;
}

export interface FakeGitHub {
  /** http://127.0.0.1:<port> → GITHUB_API_URL */
  readonly apiUrl: string;
  /** http://127.0.0.1:<port>/results/ → ACTIONS_RESULTS_URL (the artifact client only uses its origin) */
  readonly resultsUrl: string;
  /** Unsigned JWT for ACTIONS_RUNTIME_TOKEN; `scp` holds `Actions.Results:<runBackendId>:<jobBackendId>`. */
  readonly runtimeToken: string;
  readonly runBackendId: string;
  readonly jobBackendId: string;
  readonly state: FakeState;
  readonly requests: RecordedRequest[];
  /**
   * Every way a REST response the fake served differs from GitHub's OpenAPI description. close() throws when
   * this is not empty, so the test whose requests caused it fails (its afterEach closes the fake).
   */
  readonly schemaViolations: string[];
  /** Seeding shortcuts bound to `state` (see state.ts). */
  addRun(run?: Partial<WorkflowRun>): WorkflowRun;
  addArtifact(runId: number, name: string, files: ZipFiles, extra?: Partial<Artifact>): Artifact;
  addPull(pull: Partial<PullRequest> & { number: number }): PullRequest;
  addComment(issueNumber: number, body: string, user?: { login: string; type: string } | null): IssueComment;
  addComments(issueNumber: number, count: number, login?: string): IssueComment[];
  /** Env for the action: GITHUB_API_URL, ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, GITHUB_SERVER_URL, GITHUB_REPOSITORY. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const MAX_BODY = 64 * 1024 * 1024;

/** Starts a fake GitHub (REST + results service + blob storage) on 127.0.0.1 with a random port. */
export async function startFakeGitHub(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = seed.createState(options.owner ?? 'acme', options.repo ?? 'model');
  const requests: RecordedRequest[] = [];
  const schemaViolations: string[] = [];
  const spec: SpecName = options.ghes ? 'ghes-3.19' : 'api.github.com';
  const runBackendId = randomUUID();
  const jobBackendId = randomUUID();
  const runtimeToken = makeRuntimeToken(runBackendId, jobBackendId);
  const blobs = new Map<string, PendingBlob>();
  const holder: { env?: ResultsEnv } = {}; // set once listening (the URL needs the port)
  let idle: NodeJS.Timeout | undefined;
  const idleMs = options.idleTimeoutMs ?? 60_000;

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  // Blob storage is another origin, as on GitHub: a client following the zip redirect drops the token there.
  const blobServer = createServer((req, res) => {
    void handle(req, res);
  });
  for (const each of [server, blobServer]) {
    each.keepAliveTimeout = 1000;
    // Accepted sockets must not hold the process open either.
    each.on('connection', (socket) => socket.unref());
  }

  const armIdle = (): void => {
    if (idle) clearTimeout(idle);
    idle = setTimeout(() => void close(), idleMs);
    idle.unref();
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    armIdle();
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let reply: Reply;
    try {
      const body = await readBody(req);
      reply = route({ method: req.method ?? 'GET', url, headers: req.headers, body }, holder.env!);
    } catch (error) {
      reply = message(500, `fake-github: ${error instanceof Error ? error.message : String(error)}`);
    }
    const method = req.method ?? 'GET';
    requests.push({ method, path: url.pathname + url.search, status: reply.status, authorized: req.headers.authorization !== undefined });
    if (isRest(url.pathname)) {
      try {
        schemaViolations.push(...validateResponse(spec, method, url.pathname, reply.status, reply.json));
      } catch (error) {
        schemaViolations.push(`${method} ${url.pathname}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    send(res, reply);
  }

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    if (idle) clearTimeout(idle);
    closing ??= Promise.all(
      [server, blobServer].map(
        (each) =>
          new Promise<void>((done) => {
            each.close(() => done());
            each.closeAllConnections();
          }),
      ),
    ).then(() => undefined);
    return closing.then(() => {
      if (schemaViolations.length > 0) {
        const unique = [...new Set(schemaViolations)];
        schemaViolations.length = 0;
        throw new Error(`fake-github served responses GitHub's OpenAPI description does not allow:\n${unique.join('\n')}`);
      }
    });
  }

  for (const each of [server, blobServer]) {
    await new Promise<void>((ready, fail) => {
      each.once('error', fail);
      each.listen(0, '127.0.0.1', () => ready());
    });
    each.unref();
  }
  armIdle();
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const blobUrl = `http://127.0.0.1:${(blobServer.address() as AddressInfo).port}`;
  holder.env = { state, apiUrl, blobUrl, runtimeToken, blobs };

  return {
    apiUrl,
    resultsUrl: `${apiUrl}/results/`,
    runtimeToken,
    runBackendId,
    jobBackendId,
    state,
    requests,
    schemaViolations,
    addRun: (run) => seed.addRun(state, run),
    addArtifact: (runId, name, files, extra) => seed.addArtifact(state, runId, name, files, extra),
    addPull: (pull) => seed.addPull(state, pull),
    addComment: (n, body, user) => seed.addComment(state, n, body, user),
    addComments: (n, count, login) => seed.addComments(state, n, count, login),
    env: () => ({
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: options.ghes ? 'https://ghes.example.com' : 'https://github.com',
      GITHUB_REPOSITORY: `${state.owner}/${state.repo}`,
      ACTIONS_RESULTS_URL: `${apiUrl}/results/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken,
    }),
    close,
  };
}

/** The REST API, as opposed to the results service, its blob storage, and the zip redirect's blob host. */
function isRest(pathname: string): boolean {
  return !pathname.startsWith('/twirp/') && !pathname.startsWith('/_azure/') && !pathname.startsWith('/_blobs/');
}

/** GET /user for a personal access token: the private-user shape. */
function privateUserJson(login: string): Record<string, unknown> {
  return {
    ...userJson(login, 'User'),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 1,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: '2020-01-01T00:00:00Z',
    updated_at: '2020-01-01T00:00:00Z',
    private_gists: 0,
    total_private_repos: 0,
    owned_private_repos: 0,
    disk_usage: 0,
    collaborators: 0,
    two_factor_authentication: true,
  };
}

function route(req: FakeRequest, env: ResultsEnv): Reply {
  const path = req.url.pathname;
  if (path.startsWith('/twirp/')) return resultsService(req, env);
  if (path.startsWith('/_azure/')) return azureBlob(req, env);
  if (path.startsWith('/_blobs/')) return serveBlob(req, env);
  return rest(req, env);
}

/** GitHub REST: authorization, then the injected failures, then the routes; anything unknown is a 404. */
function rest(req: FakeRequest, env: ResultsEnv): Reply {
  const { state } = env;
  if (!/^(token|bearer) \S+/i.test(req.headers.authorization ?? '')) return message(401, 'Requires authentication');
  const injected = injectedFailure(req, state);
  if (injected) return injected;
  if (req.url.pathname === '/user' && req.method === 'GET') {
    // An installation token (GITHUB_TOKEN or an App's) is no user: GET /user answers 403
    // (actions/create-github-app-token#258; wzshiming/gh-ci-bot#156); a personal access token gets its user.
    if (state.tokenKind !== 'pat') return message(403, 'Resource not accessible by integration', {}, 'https://docs.github.com/rest/users/users#get-the-authenticated-user');
    return json(200, privateUserJson(state.commentLogin));
  }
  const segments = req.url.pathname.split('/').filter((s) => s !== '');
  if (segments[0] !== 'repos' || segments[1] !== state.owner || segments[2] !== state.repo) return notFound();
  const rest = segments.slice(3);
  return actionsRoutes(req, env, rest) ?? repoRoutes(req, env, rest) ?? notFound();
}

function injectedFailure(req: FakeRequest, state: FakeState): Reply | undefined {
  const kind = state.rateLimitNext;
  if (kind) {
    state.rateLimitNext = null;
    if (kind === 'primary' || kind === 'primary-long') {
      // The primary limit resets on the hour: `x-ratelimit-reset` may be most of an hour away.
      const reset = String(Math.ceil(Date.now() / 1000) + (kind === 'primary' ? 1 : 3000));
      return message(403, 'API rate limit exceeded for installation ID 1.', {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-used': '5000',
        'x-ratelimit-reset': reset,
        'x-ratelimit-resource': 'core',
      });
    }
    return message(kind === 'secondary-429' ? 429 : 403, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', { 'retry-after': '1' });
  }
  if (req.method === 'GET' && state.transientFailures > 0) {
    state.transientFailures--;
    return message(502, 'Server Error');
  }
  return undefined;
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  let body: Uint8Array | string = '';
  if (reply.json !== undefined) {
    body = JSON.stringify(reply.json);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  } else if (reply.body !== undefined) {
    body = reply.body;
  }
  headers['content-length'] = String(typeof body === 'string' ? Buffer.byteLength(body) : body.length);
  res.writeHead(reply.status, headers);
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
