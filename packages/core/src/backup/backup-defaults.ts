/** capa backup's constants and defaults: the schema applies them, the spec and the scenario show them (one place). */
export const BACKUP_TARGETS = ['pbs', 'vzdump'] as const;
/** Ten years of history: hourly runs make 87,600 snapshots, still simulated in well under a second. */
export const MAX_BACKUP_DAYS = 3660;
/** PBS's garbage-collection grace: 24 h 5 min (backup-client.rst, "exactly 24h 5m"), in days. */
export const GC_GRACE_DAYS = (24 * 60 + 5) / (24 * 60);
/**
 * The defaults the schema applies, as values: the spec shows them, the scenario reads them (one
 * place). The window: a night, 8 h; compression 1 assumes nothing compresses (the safe side).
 */
export const BACKUP_DEFAULTS = {
  schedule: 'daily',
  days: 365,
  target: 'pbs',
  compression: 1,
  dedup: 0,
  fillTarget: 0.8,
  gcIntervalDays: 1,
  start: '2026-01-01',
  offsite: false,
  jobs: 1,
  windowSeconds: 8 * 3600,
} as const;
/** Verify jobs: at most a year between two verifications of a snapshot. */
export const MAX_VERIFY_DAYS = 366;
