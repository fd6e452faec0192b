import type { Check, CheckLevel } from './types.js';

export const check = (id: string, level: CheckLevel, message: string): Check => ({ id, level, message });

export const hasFailure = (checks: readonly Check[]): boolean => checks.some((c) => c.level === 'fail');
