/** The plan's `filer` area (issue 11): skeleton, null until its work lands. */
import type { Ctx } from './context.js';
import type { Area } from './types.js';

export function filerArea(_c: Ctx): Area | null {
  return null;
}
