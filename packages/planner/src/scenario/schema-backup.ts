/**
 * The scenario's `backup` section (issue 11, item 1): Proxmox Backup Server or vzdump sizing for the
 * cluster's guests, read by the plan's `backup` area through the core's backup calculator.
 */
import * as z from 'zod';

// Skeleton: the fields are filled in by the backup area's work (docs/planner.md#backup).
export const backupSection = z.strictObject({}).meta({ description: 'Backups of the guests: Proxmox Backup Server (prune retention, datastore, window, restore) or vzdump.' });

export type BackupDoc = z.output<typeof backupSection>;
