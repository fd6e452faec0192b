/**
 * What the letters of capa filer's formulas stand for (explain/symbols.ts). The links' L is capa
 * bond's (network/symbols.ts); their count is N, since n counts the filer's disks here.
 */
import type { Glossary } from '../explain/symbols.js';
import { fromDefault, fromInput, fromStep, MODEL } from '../explain/symbols.js';
import type { SymbolOrigin } from '../explain/types.js';
import { BOND_SHARED_EN, BOND_SHARED_FR } from '../network/symbols.js';

const en = {
  n: 'disks of the filer, spares included',
  S: 'size of one disk as sold',
  s: 'hot spare disks',
  W: 'disks per RAID group',
  G: 'RAID groups of the filer',
  d: 'data disks per RAID group (the others hold parity or mirror copies)',
  A: 'data capacity of the RAID groups, before the filer’s overhead',
  o: 'the filer’s own overhead (file system reserve), a share of the array',
  U: 'usable capacity of the filer',
  f: 'fill target of the filer',
  B: 'bytes a RAID 5 rebuild reads from the surviving disks of the group',
  E: 'chance of an unrecoverable read error, per bit read (the disk’s datasheet)',
  N: 'links in the filer’s bond',
  L: BOND_SHARED_EN.L,
  M: 'links the NFS clients keep busy (expected, one TCP connection per client)',
};
const fr: typeof en = {
  n: 'disques du serveur de fichiers, disques de secours compris',
  S: 'taille d’un disque telle que vendue',
  s: 'disques de secours',
  W: 'disques par groupe RAID',
  G: 'groupes RAID du serveur de fichiers',
  d: 'disques de données par groupe RAID (les autres portent la parité ou les copies miroir)',
  A: 'capacité de données des groupes RAID, avant la réserve du serveur de fichiers',
  o: 'réserve propre au serveur de fichiers (celle du système de fichiers), part de la grappe',
  U: 'capacité utile du serveur de fichiers',
  f: 'taux de remplissage visé pour le serveur de fichiers',
  B: 'octets qu’une reconstruction RAID 5 lit sur les disques restants du groupe',
  E: 'probabilité d’une erreur de lecture irrécupérable, par bit lu (fiche technique du disque)',
  N: 'liens agrégés côté serveur de fichiers',
  L: BOND_SHARED_FR.L,
  M: 'liens que les clients NFS occupent (espérance, une connexion TCP par client)',
};
export const FILER_SYMBOLS: Glossary<keyof typeof en> = { en, fr };

/** The spec keys (filer-spec.ts) whose input field has another name: --disk-size is diskBytes… */
const FIELDS: Readonly<Record<string, string>> = { diskSize: 'diskBytes', ure: 'ureRate', speed: 'speedBps' };

/**
 * Where each letter comes from, `input` being the calculator's input as handed in: a letter's option
 * is an input when typed, its default when left out (callers such as the planner do not mark
 * defaults). The group size left out is the model's own default (every disk but the spares in one
 * group); the figures of earlier steps name those steps.
 */
export function filerOrigins(input: object): Record<string, SymbolOrigin> {
  const given = (key: string): boolean => (input as Record<string, unknown>)[FIELDS[key] ?? key] !== undefined;
  const inputOrDefault = (key: string): SymbolOrigin => (given(key) ? fromInput(key) : fromDefault(key));
  return {
    n: fromInput('disks'),
    S: fromInput('diskSize'),
    s: inputOrDefault('spares'),
    W: inputOrDefault('groupSize'),
    G: fromStep('filer.groups'),
    d: fromStep('filer.data-disks'),
    A: fromStep('filer.array'),
    o: inputOrDefault('overhead'),
    U: fromStep('filer.usable'),
    f: inputOrDefault('maxFill'),
    B: fromStep('filer.rebuild-read'),
    E: inputOrDefault('ure'),
    N: inputOrDefault('links'),
    L: fromInput('speed'),
    M: MODEL,
  };
}
