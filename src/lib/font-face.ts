// Takes one face out of a font collection (.ttc). Noto Sans CJK comes as a collection of ten faces
// (Japanese, Korean, Simplified Chinese, …); resvg parses every face of a file it is given, which
// made each social card three times slower than parsing the one face the cards use.

/** Four-byte tag that starts a font collection. */
const collectionTag = 0x74746366; // 'ttcf'

/** The number of faces in a font collection, or 0 when the bytes are not one. */
export function collectionSize(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return bytes.byteLength >= 12 && view.getUint32(0) === collectionTag ? view.getUint32(8) : 0;
}

/** Copies face `index` of a font collection into a standalone font file (sfnt) with its tables after its directory. */
export function collectionFace(bytes: Uint8Array, index: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (index < 0 || index >= collectionSize(bytes)) throw new Error(`collectionFace: no face ${index} in this font collection`);
  const dir = view.getUint32(12 + 4 * index);
  const numTables = view.getUint16(dir + 4);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const record = dir + 12 + 16 * i;
    return { record, offset: view.getUint32(record + 8), length: view.getUint32(record + 12) };
  });
  const padded = (n: number): number => (n + 3) & ~3;
  const size = 12 + 16 * numTables + tables.reduce((sum, t) => sum + padded(t.length), 0);
  const out = new Uint8Array(size);
  const outView = new DataView(out.buffer);
  out.set(bytes.subarray(dir, dir + 12), 0);
  let at = 12 + 16 * numTables;
  tables.forEach((t, i) => {
    out.set(bytes.subarray(t.record, t.record + 16), 12 + 16 * i);
    // Table offsets in a collection count from the collection's start; in the new file, from its own.
    outView.setUint32(12 + 16 * i + 8, at);
    out.set(bytes.subarray(t.offset, t.offset + t.length), at);
    at += padded(t.length);
  });
  return out;
}

/** Whether a standalone font's `name` table holds `family` (in the UTF-16BE form Windows names use). */
export function faceHasName(face: Uint8Array, family: string): boolean {
  const view = new DataView(face.buffer, face.byteOffset, face.byteLength);
  const numTables = view.getUint16(4);
  for (let i = 0; i < numTables; i++) {
    const record = 12 + 16 * i;
    if (String.fromCharCode(...face.subarray(record, record + 4)) !== 'name') continue;
    const table = face.subarray(view.getUint32(record + 8), view.getUint32(record + 8) + view.getUint32(record + 12));
    const needle = new Uint8Array([...family].flatMap((ch) => [0, ch.charCodeAt(0)]));
    outer: for (let at = 0; at + needle.length <= table.length; at++) {
      for (let k = 0; k < needle.length; k++) if (table[at + k] !== needle[k]) continue outer;
      return true;
    }
  }
  return false;
}
