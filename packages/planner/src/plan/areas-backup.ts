/** The plan's `backup` area (issue 11, item 1): skeleton, null until its work lands. */
import type { Ctx } from './context.js';
import type { Area } from './types.js';

export interface BackupOut {
  readonly area: Area | null;
  /** Bits/s one node sends during the backup window (the network budget's `backup: auto`); null without a backup section. */
  readonly nodeBps: number | null;
}

export function backupArea(_c: Ctx): BackupOut {
  return { area: null, nodeBps: null };
}
