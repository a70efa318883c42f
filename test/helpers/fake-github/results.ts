import { randomUUID } from 'node:crypto';
import { json, readJson, type FakeRequest, type Reply, type RouteEnv } from './http.js';
import { addArtifact, isoSeconds, type Upload } from './state.js';
import { sha256Hex } from './zip.js';

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** An upload in progress: its state entry plus the blocks staged on its blob URL. */
export interface PendingBlob {
  readonly upload: Upload;
  readonly blocks: Map<string, Buffer>;
  committed: boolean;
}

/** The results service's own context: the runtime token it accepts and the blobs it handed out. */
export interface ResultsEnv extends RouteEnv {
  readonly runtimeToken: string;
  /** blob key (a path segment of the signed upload URL) → pending upload */
  readonly blobs: Map<string, PendingBlob>;
}

/** Builds the unsigned JWT `@actions/artifact` decodes (jwt-decode) for its backend ids. */
export function makeRuntimeToken(runBackendId: string, jobBackendId: string): string {
  const part = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = { scp: `Actions.GenericRead:00000000 Actions.Results:${runBackendId}:${jobBackendId} Actions.UploadArtifacts:00000000`, iat: 1_700_000_000, exp: 4_100_000_000 };
  return `${part({ typ: 'JWT', alg: 'none' })}.${part(claims)}.`;
}

function twirpError(status: number, code: string, msg: string): Reply {
  return json(status, { code, msg });
}

/**
 * POST /twirp/github.actions.results.api.v1.ArtifactService/{Method} — protobuf JSON with proto field names
 * (snake_case), int64 as strings. CreateArtifact, FinalizeArtifact, ListArtifacts, GetSignedArtifactURL.
 */
export function resultsService(req: FakeRequest, env: ResultsEnv): Reply {
  if (req.method !== 'POST' || !req.url.pathname.startsWith(SERVICE)) return twirpError(404, 'bad_route', `no handler for path ${req.url.pathname}`);
  if (req.headers.authorization !== `Bearer ${env.runtimeToken}`) return twirpError(401, 'unauthenticated', 'invalid runtime token');
  const body = readJson(req) ?? {};
  const method = req.url.pathname.slice(SERVICE.length);
  const runId = String(body.workflow_run_backend_id ?? '');
  const jobId = String(body.workflow_job_run_backend_id ?? '');
  const name = String(body.name ?? '');
  switch (method) {
    case 'CreateArtifact':
      return createArtifact(env, runId, jobId, name, body);
    case 'FinalizeArtifact':
      return finalizeArtifact(env, runId, name, body);
    case 'ListArtifacts':
      return listArtifacts(env, runId, body);
    case 'GetSignedArtifactURL': {
      const upload = env.state.uploads.find((u) => u.finalized && u.runBackendId === runId && u.name === name);
      if (upload?.artifactId === undefined) return twirpError(404, 'not_found', `artifact ${name} not found`);
      return json(200, { signed_url: `${env.blobUrl}/_blobs/${upload.artifactId}.zip?sig=fake-signature` });
    }
    default:
      return twirpError(404, 'bad_route', `no handler for method ${method}`);
  }
}

function createArtifact(env: ResultsEnv, runId: string, jobId: string, name: string, body: Record<string, unknown>): Reply {
  if (!runId || !jobId || !name) return twirpError(400, 'invalid_argument', 'workflow_run_backend_id, workflow_job_run_backend_id and name are required');
  // Each workflow run has its own backend id on GitHub; here all runs share the token, so uploadRunId tells them apart.
  if (env.state.uploads.some((u) => u.runBackendId === runId && u.name === name && u.uploadRunId === env.state.uploadRunId)) {
    return twirpError(409, 'already_exists', `an artifact with this name already exists on the workflow run: ${name}`);
  }
  const upload: Upload = { name, runBackendId: runId, jobBackendId: jobId, uploadRunId: env.state.uploadRunId, size: 0, zip: new Uint8Array(), files: {}, finalized: false };
  if (typeof body.expires_at === 'string') {
    upload.expiresAt = body.expires_at;
    upload.retentionDays = Math.round((Date.parse(body.expires_at) - Date.now()) / 86_400_000);
  }
  if (typeof body.mime_type === 'string') upload.mimeType = body.mime_type;
  env.state.uploads.push(upload);
  const key = randomUUID();
  env.blobs.set(key, { upload, blocks: new Map(), committed: false });
  const blobName = encodeURIComponent(`${name}.zip`);
  const signed = `${env.apiUrl}/_azure/actions-results/${key}/${blobName}?sv=2023-11-03&sr=b&sp=cw&se=2099-01-01T00%3A00%3A00Z&sig=fake-signature`;
  return json(200, { ok: true, signed_upload_url: signed });
}

function finalizeArtifact(env: ResultsEnv, runId: string, name: string, body: Record<string, unknown>): Reply {
  const pending = [...env.blobs.values()].find((b) => b.upload.runBackendId === runId && b.upload.name === name && !b.upload.finalized);
  if (!pending) return twirpError(404, 'not_found', `no artifact ${name} was created on this run`);
  if (!pending.committed) return twirpError(400, 'failed_precondition', `the blob of ${name} was never committed`);
  const { upload } = pending;
  if (upload.finalized) return twirpError(409, 'already_exists', `artifact ${name} is already finalized`);
  if (String(body.size ?? '0') !== String(upload.size)) return twirpError(400, 'invalid_argument', `size ${String(body.size)} does not match the uploaded ${upload.size} bytes`);
  const digest = `sha256:${sha256Hex(upload.zip)}`;
  if (typeof body.hash === 'string' && body.hash !== digest) return twirpError(400, 'invalid_argument', `hash ${body.hash} does not match ${digest}`);
  upload.finalized = true;
  upload.digest = typeof body.hash === 'string' ? body.hash : digest;
  const expires = upload.expiresAt ? isoSeconds(Date.parse(upload.expiresAt)) : undefined;
  const artifact = addArtifact(env.state, env.state.uploadRunId, name, {}, { zip: upload.zip, ...(expires ? { expires_at: expires } : {}) });
  upload.artifactId = artifact.id;
  return json(200, { ok: true, artifact_id: String(artifact.id) });
}

function listArtifacts(env: ResultsEnv, runId: string, body: Record<string, unknown>): Reply {
  const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined;
  const idFilter = body.id_filter === undefined ? undefined : String(body.id_filter);
  const artifacts = env.state.uploads
    .filter((u) => u.finalized && u.runBackendId === runId)
    .filter((u) => (nameFilter === undefined || u.name === nameFilter) && (idFilter === undefined || String(u.artifactId) === idFilter))
    .map((u) => ({
      workflow_run_backend_id: u.runBackendId,
      workflow_job_run_backend_id: u.jobBackendId,
      database_id: String(u.artifactId),
      name: u.name,
      size: String(u.size),
      created_at: env.state.artifacts.find((a) => a.id === u.artifactId)?.created_at ?? isoSeconds(),
      ...(u.digest ? { digest: u.digest } : {}),
    }));
  return json(200, { artifacts });
}
