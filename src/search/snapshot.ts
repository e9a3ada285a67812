/**
 * A snapshot file: a JSON header, one block of 32-bit integers and the document texts, so a big
 * index loads with one small JSON.parse and no per-posting work:
 *   [header byte length: uint32 LE][header: UTF-8 JSON][padding to 4 bytes][Int32 LE block][texts: UTF-8]
 * The texts stay out of the JSON: escaping and unescaping 26 MB of prose cost more than the rest
 * of a 100k-passage load, and each text decodes straight from the file's bytes.
 */

const MAGIC = 'verbatim-index';
export const SNAPSHOT_VERSION = 2;

interface Layout {
  magic: string;
  version: number;
  /** Length in bytes of each text, in order. */
  textBytes: number[];
  blockLength: number;
}

export interface SnapshotParts<Header> {
  header: Header;
  block: Int32Array;
  texts: string[];
}

export function encodeSnapshot(header: object, block: Int32Array, texts: readonly string[] = []): Buffer {
  const encoded = texts.map((text) => Buffer.from(text));
  const layout: Layout = {
    magic: MAGIC,
    version: SNAPSHOT_VERSION,
    textBytes: encoded.map((bytes) => bytes.length),
    blockLength: block.length,
  };
  const json = Buffer.from(JSON.stringify({ ...layout, ...header }));
  const blockStart = align4(4 + json.length);
  const textStart = blockStart + block.byteLength;
  const out = Buffer.alloc(textStart + encoded.reduce((sum, bytes) => sum + bytes.length, 0));
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  Buffer.from(block.buffer, block.byteOffset, block.byteLength).copy(out, blockStart);
  let offset = textStart;
  for (const bytes of encoded) offset += bytes.copy(out, offset);
  return out;
}

export function decodeSnapshot<Header>(snapshot: Buffer): SnapshotParts<Header> {
  const length = snapshot.readUInt32LE(0);
  const header = JSON.parse(snapshot.toString('utf8', 4, 4 + length)) as Partial<Layout>;
  if (header.magic !== MAGIC || header.version !== SNAPSHOT_VERSION) {
    throw new Error('not a Verbatim index snapshot of this version');
  }
  const { textBytes = [], blockLength = 0 } = header;
  const blockStart = align4(4 + length);
  const textStart = blockStart + blockLength * 4;
  // Copied once into an aligned buffer of its own: a Buffer from a file may sit at any offset,
  // and a view would keep the whole file alive.
  const bytes = new Uint8Array(snapshot.subarray(blockStart, textStart));
  const texts: string[] = [];
  let offset = textStart;
  for (const size of textBytes) {
    texts.push(snapshot.toString('utf8', offset, offset + size));
    offset += size;
  }
  return { header: header as Header, block: new Int32Array(bytes.buffer, 0, blockLength), texts };
}

function align4(offset: number): number {
  return (offset + 3) & ~3;
}
