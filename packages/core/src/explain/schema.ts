/**
 * Shared zod building blocks for calculator inputs (already-parsed numbers, not strings).
 * zod/mini rather than classic zod: the same validation for a twentieth of the code to load, which
 * keeps the CLI's cold start near `node -e 0`.
 */
import * as z from 'zod/mini';

const MAX_COUNT = 2 ** 53;
const countMessage = (min: number) => `must be a whole number from ${min} to 2^53`;

export const lang = z._default(z.enum(['en', 'fr'], 'must be en or fr'), 'en');
export const count = (min: number) =>
  z.number(countMessage(min)).check(z.refine(Number.isInteger, countMessage(min)), z.minimum(min, countMessage(min)), z.maximum(MAX_COUNT, countMessage(min)));
export const bytes = z.number('must be a finite size in bytes').check(z.positive('must be a size greater than 0'), z.maximum(2 ** 63, 'must be at most 8 EiB'));
export const bytesOrZero = z.number('must be a finite size in bytes').check(z.minimum(0, 'must be a size of 0 or more'), z.maximum(2 ** 63, 'must be at most 8 EiB'));
export const rate = z.number('must be a finite rate').check(z.minimum(1, 'must be at least 1 b/s'), z.maximum(1e15, 'must be at most 1 Pb/s'));
export const fraction = z.number('must be in (0, 1]').check(z.gt(0, 'must be in (0, 1]'), z.lte(1, 'must be in (0, 1]'));
export const positive = z.number('must be a finite number').check(z.positive('must be greater than 0'), z.maximum(1e12, 'must be at most 10^12'));
export const sizeSystem = z._default(z.enum(['binary', 'decimal']), 'binary');

