import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { azureBlob } from './azure-blob.js';
import { message, notFound, type FakeRequest, type Reply } from './http.js';
import { makeRuntimeToken, resultsService, type PendingBlob, type ResultsEnv } from './results.js';
import { actionsRoutes, serveBlob } from './routes-actions.js';
import { repoRoutes } from './routes-repo.js';
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
}

/** One request the fake answered, in arrival order. */
export interface RecordedRequest {
  method: string;
  /** Path with query, e.g. `/repos/acme/model/issues/1/comments?per_page=100&page=2`. */
  path: string;
  status: number;
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
  /** Seeding shortcuts bound to `state` (see state.ts). */
  addRun(run?: Partial<WorkflowRun>): WorkflowRun;
  addArtifact(runId: number, name: string, files: ZipFiles, extra?: Partial<Artifact>): Artifact;
  addPull(pull: Partial<PullRequest> & { number: number }): PullRequest;
  addComment(issueNumber: number, body: string, user?: { login: string; type: string }): IssueComment;
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
  server.keepAliveTimeout = 1000;
  // Accepted sockets must not hold the process open either.
  server.on('connection', (socket) => socket.unref());

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
    requests.push({ method: req.method ?? 'GET', path: url.pathname + url.search, status: reply.status });
    send(res, reply);
  }

  let closing: Promise<void> | undefined;
  function close(): Promise<void> {
    if (idle) clearTimeout(idle);
    closing ??= new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
    return closing;
  }

  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  server.unref();
  armIdle();
  const { port } = server.address() as AddressInfo;
  const apiUrl = `http://127.0.0.1:${port}`;
  holder.env = { state, apiUrl, runtimeToken, blobs };

  return {
    apiUrl,
    resultsUrl: `${apiUrl}/results/`,
    runtimeToken,
    runBackendId,
    jobBackendId,
    state,
    requests,
    addRun: (run) => seed.addRun(state, run),
    addArtifact: (runId, name, files, extra) => seed.addArtifact(state, runId, name, files, extra),
    addPull: (pull) => seed.addPull(state, pull),
    addComment: (n, body, user) => seed.addComment(state, n, body, user),
    addComments: (n, count, login) => seed.addComments(state, n, count, login),
    env: () => ({
      GITHUB_API_URL: apiUrl,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${state.owner}/${state.repo}`,
      ACTIONS_RESULTS_URL: `${apiUrl}/results/`,
      ACTIONS_RUNTIME_TOKEN: runtimeToken,
    }),
    close,
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
  if (req.url.pathname === '/user' && req.method === 'GET') return message(403, 'Resource not accessible by integration');
  const segments = req.url.pathname.split('/').filter((s) => s !== '');
  if (segments[0] !== 'repos' || segments[1] !== state.owner || segments[2] !== state.repo) return notFound();
  const rest = segments.slice(3);
  return actionsRoutes(req, env, rest) ?? repoRoutes(req, env, rest) ?? notFound();
}

function injectedFailure(req: FakeRequest, state: FakeState): Reply | undefined {
  const kind = state.rateLimitNext;
  if (kind) {
    state.rateLimitNext = null;
    if (kind === 'primary') {
      const reset = String(Math.ceil(Date.now() / 1000) + 1);
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
