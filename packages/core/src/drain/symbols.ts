/**
 * What the letters of a node drain's formulas stand for (explain/symbols.ts), in English and French.
 * The drain's derivation goes on with the memory rule's steps (N − 1 with the node drained), so its
 * letters keep clear of memory's (k the OSDs, d an OSD's size, M a node's RAM, D the ZFS disks, C the
 * ARC ceiling, T the installed RAM, R the reservation); N and G mean there what they mean here.
 */
import { fromInput, fromStep, type Glossary, MODEL } from '../explain/symbols.js';
import type { SymbolOrigin } from '../explain/types.js';
import { MEMORY_SYMBOLS } from '../memory/symbols.js';

const en = {
  X: 'what the migration bond carries for the migrations running at once (its transfer rate)',
  p: 'migrations running at once',
  c: 'cap on one migration’s rate (bwlimit)',
  r: 'rate of one migration',
  g: 'guest RAM to copy off the drained node',
  w: 'rate at which a migrating guest dirties its RAM',
  L: 'local disk data to copy off the drained node',
  x: 'time of the RAM pre-copy',
  y: 'time of the local disks’ copy',
  E: 'time to drain one node',
  b: 'time to upgrade and reboot one node',
  N: MEMORY_SYMBOLS.en.N,
  G: MEMORY_SYMBOLS.en.G,
};
const fr: typeof en = {
  X: 'ce que l’agrégat de migration transporte pour les migrations simultanées (son débit de transfert)',
  p: 'migrations simultanées',
  c: 'plafond du débit d’une migration (bwlimit)',
  r: 'débit d’une migration',
  g: 'RAM des invités à copier hors du nœud vidé',
  w: 'débit auquel un invité en migration modifie sa RAM',
  L: 'données des disques locaux à copier hors du nœud vidé',
  x: 'durée de la pré-copie de la RAM',
  y: 'durée de la copie des disques locaux',
  E: 'durée de l’évacuation d’un nœud',
  b: 'durée de la mise à jour et du redémarrage d’un nœud',
  N: MEMORY_SYMBOLS.fr.N,
  G: MEMORY_SYMBOLS.fr.G,
};
export const DRAIN_SYMBOLS: Glossary<keyof typeof en> = { en, fr };

/**
 * Where each letter comes from, by the calculator's input keys (the adapters mark a default; the
 * planner names the scenario's fields). X is the bond model's expected transfer for p flows to p peers.
 */
export const drainOrigins = (diskStep: boolean): Readonly<Record<string, SymbolOrigin>> => ({
  X: MODEL,
  p: fromInput('parallel'),
  c: fromInput('bwlimit'),
  g: fromInput('guestRam'),
  w: fromInput('dirtyRate'),
  L: fromInput('localDisks'),
  N: fromInput('nodes'),
  G: fromInput('clusterGuestRam'),
  b: fromInput('reboot'),
  E: fromStep(diskStep ? 'drain.total' : 'drain.ram'),
  x: fromStep('drain.ram'),
  y: fromStep('drain.disks'),
});

/** X and r, in the steps after the ones that derive them (drain.bond, drain.per-migration), come from those steps. */
export const RATE_FROM: Readonly<Record<string, SymbolOrigin>> = { r: fromStep('drain.per-migration'), X: fromStep('drain.bond') };
