/**
 * A snapshot file: a JSON header and one block of 32-bit integers, so a big index loads with
 * one JSON.parse and no per-posting work:
 *   [header byte length: uint32 LE][header: UTF-8 JSON][padding to 4 bytes][Int32 LE block]
 */

const MAGIC = 'verbatim-index';
export const SNAPSHOT_VERSION = 1;

export function encodeSnapshot(header: object, block: Int32Array): Buffer {
  const json = Buffer.from(JSON.stringify({ magic: MAGIC, version: SNAPSHOT_VERSION, ...header }));
  const blockStart = align4(4 + json.length);
  const out = Buffer.alloc(blockStart + block.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(block.buffer, block.byteOffset, block.byteLength).copy(out, blockStart);
  return out;
}

export function decodeSnapshot<Header>(snapshot: Buffer): { header: Header; block: Int32Array } {
  const length = snapshot.readUInt32LE(0);
  const header = JSON.parse(snapshot.toString('utf8', 4, 4 + length)) as { magic?: string; version?: number };
  if (header.magic !== MAGIC || header.version !== SNAPSHOT_VERSION) {
    throw new Error('not a Verbatim index snapshot of this version');
  }
  const blockStart = align4(4 + length);
  // Copied once into an aligned buffer of its own: a Buffer from a file may sit at any offset.
  const bytes = new Uint8Array(snapshot.subarray(blockStart));
  return { header: header as Header, block: new Int32Array(bytes.buffer, 0, bytes.byteLength / 4) };
}

function align4(offset: number): number {
  return (offset + 3) & ~3;
}
