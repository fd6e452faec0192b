/**
 * The guests whose RAM the memory verdict counts, and their configured total: one rule for `capa analyze`
 * (memory.ts) and for the history `capa import … --append-history` keeps (the `guests.memory.configured`
 * series), so the trend and the verdict measure the same thing. Every non-template guest of known
 * memory, running or stopped, at its configured maximum (not its balloon floor).
 */
export interface CountableGuest {
  readonly template: boolean;
  readonly memoryBytes: number | null;
}

export const countedGuests = <G extends CountableGuest>(guests: readonly G[]): G[] => guests.filter((g) => !g.template && g.memoryBytes !== null);

/** Σ configured RAM of the counted guests, in bytes. */
export const configuredGuestRam = (guests: readonly CountableGuest[]): number => countedGuests(guests).reduce((s, g) => s + (g.memoryBytes ?? 0), 0);
