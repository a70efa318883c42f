#!/usr/bin/env node
// Writes test/fixtures/llm/log_streaming.zstd.eval: the real Inspect log test/fixtures/real-world/llm/inspect_ai/
// log_streaming.eval with every member recompressed as Zstandard (zip method 93), as newer Inspect versions write
// them. Node 20 cannot compress zstd, so this calls the zstd command (apt-get install zstd). Same contents, so the
// same headline (0.75) must come out of either file.
//
//   node scripts/make-zstd-inspect-log.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { unzipSync } from 'fflate';

const source = new URL('../test/fixtures/real-world/llm/inspect_ai/log_streaming.eval', import.meta.url);
const target = new URL('../test/fixtures/llm/log_streaming.zstd.eval', import.meta.url);
const members = unzipSync(readFileSync(source));

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let crc = 0xffffffff;
  for (const b of bytes) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

const locals = [];
const centrals = [];
let offset = 0;
for (const [name, content] of Object.entries(members)) {
  const packed = execFileSync('zstd', ['-q', '-c', '-19'], { input: content });
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(63, 4); // version needed: 6.3, for Zstandard
  local.writeUInt16LE(93, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(63, 4);
  central.writeUInt16LE(63, 6);
  central.writeUInt16LE(93, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  locals.push(local, nameBytes, packed);
  centrals.push(central, nameBytes);
  offset += local.length + nameBytes.length + packed.length;
}
const directory = Buffer.concat(centrals);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(Object.keys(members).length, 8);
end.writeUInt16LE(Object.keys(members).length, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
mkdirSync(new URL('.', target), { recursive: true });
writeFileSync(target, Buffer.concat([...locals, directory, end]));
console.log(`wrote ${target.pathname}`);
