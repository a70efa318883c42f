import { randomUUID } from 'node:crypto';
import type { FakeRequest, Reply } from './http.js';
import type { PendingBlob, ResultsEnv } from './results.js';
import { readZip } from './zip.js';

const VERSION = '2026-02-06';

/**
 * The Azure Blob Storage side of an upload, at the signed URL CreateArtifact returned
 * (`/_azure/actions-results/{key}/{name}.zip?sig=…`), as `BlockBlobClient.uploadStream` drives it:
 * `PUT ?comp=block&blockid=…` per chunk, then `PUT ?comp=blocklist` with `<BlockList><Latest>id</Latest>…`.
 * A single-shot Put Blob (`x-ms-blob-type: BlockBlob`, no `comp`) is accepted too.
 */
export function azureBlob(req: FakeRequest, env: ResultsEnv): Reply {
  const m = /^\/_azure\/actions-results\/([^/]+)\/[^/]+$/.exec(req.url.pathname);
  const pending = m ? env.blobs.get(m[1]!) : undefined;
  if (!pending) return azureError(404, 'BlobNotFound', 'The specified blob does not exist.');
  if (!req.url.searchParams.get('sig')) return azureError(403, 'AuthenticationFailed', 'Signature missing.');
  if (req.method !== 'PUT') return azureError(405, 'UnsupportedHttpVerb', `${req.method} is not supported here.`);
  if (req.headers['x-ms-structured-body']) return azureError(400, 'UnsupportedHeader', 'The fake does not decode structured (crc64) bodies.');
  if (pending.committed) return azureError(409, 'BlobAlreadyCommitted', 'The fake accepts one commit per upload.');

  const comp = req.url.searchParams.get('comp');
  if (comp === 'block') {
    const blockId = req.url.searchParams.get('blockid');
    if (!blockId) return azureError(400, 'InvalidQueryParameterValue', 'blockid is required.');
    pending.blocks.set(blockId, req.body);
    return created({ 'x-ms-request-server-encrypted': 'true' });
  }
  if (comp === 'blocklist') {
    const ids = [...req.body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\/(?:Latest|Uncommitted|Committed)>/g)].map((x) => x[1]!);
    const parts: Buffer[] = [];
    for (const id of ids) {
      const block = pending.blocks.get(id);
      if (!block) return azureError(400, 'InvalidBlockList', `Block ${id} was never staged.`);
      parts.push(block);
    }
    commit(pending, Buffer.concat(parts));
    return created({ etag: `"0x${Date.now().toString(16).toUpperCase()}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
  }
  if (comp === null && req.headers['x-ms-blob-type'] === 'BlockBlob') {
    commit(pending, req.body);
    return created({ etag: `"0x${Date.now().toString(16).toUpperCase()}"`, 'last-modified': new Date().toUTCString(), 'x-ms-request-server-encrypted': 'true' });
  }
  return azureError(400, 'InvalidQueryParameterValue', `comp=${String(comp)} is not supported.`);
}

function commit(pending: PendingBlob, bytes: Buffer): void {
  const zip = new Uint8Array(bytes);
  pending.committed = true;
  pending.blocks.clear();
  pending.upload.zip = zip;
  pending.upload.size = zip.length;
  pending.upload.files = readZip(zip) ?? {};
}

function created(extra: Record<string, string>): Reply {
  return { status: 201, headers: { ...baseHeaders(), ...extra }, body: '' };
}

function baseHeaders(): Record<string, string> {
  return { 'x-ms-request-id': randomUUID(), 'x-ms-version': VERSION, date: new Date().toUTCString() };
}

function azureError(status: number, code: string, text: string): Reply {
  return {
    status,
    headers: { ...baseHeaders(), 'content-type': 'application/xml', 'x-ms-error-code': code },
    body: `<?xml version="1.0" encoding="utf-8"?><Error><Code>${code}</Code><Message>${text}</Message></Error>`,
  };
}
