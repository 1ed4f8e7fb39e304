/**
 * The part of CBOR (RFC 8949) that Pagefind's files are written in: integers, text
 * strings and arrays of known length. Enough to read the file, change a
 * string and write it back byte for byte as Pagefind would (shortest forms, as its
 * minicbor writes them); anything else in the data throws, naming where it was found.
 */
export type CborValue = number | string | CborValue[];

const UINT = 0;
const NEGATIVE = 1;
const TEXT = 3;
const ARRAY = 4;

export function decodeCbor(data: Uint8Array): CborValue {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const width = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (width === 0) throw new Error(`CBOR: unsupported length form ${info} at byte ${at}`);
    const value = width === 1 ? view.getUint8(at) : width === 2 ? view.getUint16(at) : view.getUint32(at);
    at += width;
    return value;
  };
  const item = (): CborValue => {
    if (at >= data.length) throw new Error('CBOR: data ends inside an item');
    const head = data[at++]!;
    const major = head >> 5;
    const n = argument(head & 31);
    if (major === UINT) return n;
    if (major === NEGATIVE) return -1 - n;
    if (major === TEXT) {
      const value = text.decode(data.subarray(at, at + n));
      at += n;
      return value;
    }
    if (major === ARRAY) return Array.from({ length: n }, item);
    throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
  };
  const value = item();
  if (at !== data.length) throw new Error(`CBOR: ${data.length - at} bytes after the data`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const parts: Uint8Array[] = [];
  const head = (major: number, n: number) => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`CBOR: cannot write ${n}`);
    if (n < 24) parts.push(Uint8Array.of((major << 5) | n));
    else if (n <= 0xff) parts.push(Uint8Array.of((major << 5) | 24, n));
    else if (n <= 0xffff) parts.push(Uint8Array.of((major << 5) | 25, n >> 8, n & 0xff));
    else parts.push(Uint8Array.of((major << 5) | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff));
  };
  const item = (v: CborValue) => {
    if (typeof v === 'number') head(v < 0 ? NEGATIVE : UINT, v < 0 ? -1 - v : v);
    else if (typeof v === 'string') {
      const bytes = new TextEncoder().encode(v);
      head(TEXT, bytes.length);
      parts.push(bytes);
    } else {
      head(ARRAY, v.length);
      v.forEach(item);
    }
  };
  item(value);
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
