import type { Check } from './types.js';

// Checks are built coded, with checkMaker (spec/messages.ts) or the recorder's `coded`: a check of
// words only cannot be written (issue 10).
export const hasFailure = (checks: readonly Check[]): boolean => checks.some((c) => c.level === 'fail');
