import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../../src/search/build/cbor.ts';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('CBOR', () => {
  it.each<[string, CborValue, Uint8Array]>([
    ['a small integer', 10, bytes(0x0a)],
    ['a one-byte integer', 100, bytes(0x18, 100)],
    ['a two-byte integer', 1000, bytes(0x19, 0x03, 0xe8)],
    ['a four-byte integer', 1_000_000, bytes(0x1a, 0x00, 0x0f, 0x42, 0x40)],
    ['a negative integer', -25, bytes(0x38, 24)],
    ['text', 'a', bytes(0x61, 0x61)],
    ['text beyond ASCII', 'μ', bytes(0x62, 0xce, 0xbc)],
    ['nested arrays', [1, ['en_1', 2]], bytes(0x82, 0x01, 0x82, 0x64, 0x65, 0x6e, 0x5f, 0x31, 0x02)],
  ])('writes %s in its shortest form and reads it back', (_, value, encoded) => {
    expect(encodeCbor(value)).toEqual(encoded);
    expect(decodeCbor(encoded)).toEqual(value);
  });

  it('refuses what Pagefind does not write, naming where it is', () => {
    expect(() => decodeCbor(bytes(0xa0))).toThrow('unsupported major type 5 at byte 0');
    expect(() => decodeCbor(bytes(0x9f))).toThrow('unsupported length form 31 at byte 1');
    expect(() => decodeCbor(bytes(0x01, 0x02))).toThrow('1 bytes after the data');
    expect(() => decodeCbor(bytes(0x82, 0x01))).toThrow('data ends inside an item');
  });
});
