/**
 * fast-check arbitraries several property tests share: one definition of "any protection Capa
 * accepts", so a new kind or a wider bound reaches every test at once.
 */
import fc from 'fast-check';
import type { Protection } from '../../src/index.js';

/** A replicated pool of size 1–5, or erasure coding k = 2–10, m = 1–4 (Ceph's common profiles and beyond). */
export const protection: fc.Arbitrary<Protection> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((size) => ({ kind: 'replicated' as const, size })),
  fc.record({ k: fc.integer({ min: 2, max: 10 }), m: fc.integer({ min: 1, max: 4 }) }).map(({ k, m }) => ({ kind: 'erasure' as const, k, m })),
);
