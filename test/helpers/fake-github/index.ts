/**
 * A fake GitHub for end-to-end tests: REST API, the Actions results service (artifact upload via Twirp) and
 * its blob storage, all on one 127.0.0.1 port. Seed and inspect `state`; see server.ts and state.ts.
 */
export { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type RecordedRequest } from './server.js';
export {
  addArtifact,
  addComment,
  addComments,
  addPull,
  addRun,
  createState,
  isoSeconds,
  sha40,
  useToken,
  type Artifact,
  type CheckRun,
  type CommentUser,
  type FakeState,
  type IssueComment,
  type PullRef,
  type PullRequest,
  type RateLimitKind,
  type RepoRef,
  type TokenKind,
  type Upload,
  type WorkflowRun,
} from './state.js';
export { buildZip, readZip, sha256Hex, type ZipFiles } from './zip.js';
