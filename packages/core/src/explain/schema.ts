/** Shared zod building blocks for calculator inputs (already-parsed numbers, not strings). */
import { z } from 'zod';

export const lang = z.enum(['en', 'fr']).default('en');
export const count = (min: number) =>
  z.number().int(`must be a whole number from ${min} to 2^53`).min(min, `must be a whole number from ${min} to 2^53`).max(2 ** 53, `must be a whole number from ${min} to 2^53`);
export const bytes = z.number().finite('must be a finite size').positive('must be a size greater than 0').max(2 ** 63, 'must be at most 8 EiB');
export const bytesOrZero = z.number().finite('must be a finite size').min(0, 'must be a size of 0 or more').max(2 ** 63, 'must be at most 8 EiB');
export const rate = z.number().finite('must be a finite rate').positive('must be a rate greater than 0');
export const fraction = z.number().gt(0, 'must be in (0, 1]').lte(1, 'must be in (0, 1]');
export const positive = z.number().finite('must be finite').positive('must be greater than 0');
export const sizeSystem = z.enum(['binary', 'decimal']).default('binary');
