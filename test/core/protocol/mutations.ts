import fc from 'fast-check';

/** One random edit of a valid buffer, for fuzzing decoders with almost-valid input. */
export const mutation = fc.record({
  kind: fc.constantFrom('flip', 'insert', 'delete', 'truncate'),
  pos: fc.nat(),
  byte: fc.integer({ min: 0, max: 255 }),
});

export function mutate(src: Uint8Array, m: { kind: string; pos: number; byte: number }): Uint8Array {
  const i = m.pos % (src.length + 1);
  switch (m.kind) {
    case 'flip': {
      const b = src.slice();
      const j = i % Math.max(1, b.length);
      b[j] = (b[j] ?? 0) ^ (m.byte || 1);
      return b;
    }
    case 'insert':
      return new Uint8Array([...src.subarray(0, i), m.byte, ...src.subarray(i)]);
    case 'delete':
      return new Uint8Array([...src.subarray(0, i), ...src.subarray(i + 1)]);
    default:
      return src.slice(0, i);
  }
}
