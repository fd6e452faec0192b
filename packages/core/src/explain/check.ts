import type { Check, CheckArea, CheckLevel } from './types.js';

export const check = (id: string, level: CheckLevel, message: string, area?: CheckArea): Check => (area === undefined ? { id, level, message } : { id, level, message, area });

export const hasFailure = (checks: readonly Check[]): boolean => checks.some((c) => c.level === 'fail');
