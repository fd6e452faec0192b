/**
 * What the indexed letters of the mixed-hosts steps stand for (hosts.ts): a1 × S1 + a2 × S2 for one
 * host's OSD groups, c1 × h1 + … for the hosts built alike. The letters are numbered per step, so
 * their meanings are worded relative to the step ("this host"), which keeps one meaning per letter
 * across the derivation (symbolProblems).
 */
import { fromInput, fromStep, type SymbolSpec } from '../explain/symbols.js';

const INPUT = fromInput('hostOsds');

/** a_j and S_j of one host's j-th group of equal OSDs. */
export function osdGroupSymbols(groups: number): Record<string, SymbolSpec> {
  const out: Record<string, SymbolSpec> = {};
  for (let j = 1; j <= groups; j++) {
    out[`a${j}`] = { en: `OSDs of size S${j} in this host`, fr: `OSD de taille S${j} dans cet hôte`, from: INPUT };
    out[`S${j}`] = { en: `size of each OSD a${j} counts`, fr: `taille de chacun des OSD que compte a${j}`, from: INPUT };
  }
  return out;
}

/** c_j and h_j of the j-th host shape, first written as host `firsts[j]` (1-based). */
export function hostShapeSymbols(firsts: readonly number[], withCounts: boolean): Record<string, SymbolSpec> {
  const out: Record<string, SymbolSpec> = {};
  firsts.forEach((host, i) => {
    const j = i + 1;
    if (withCounts) out[`c${j}`] = { en: `hosts built like host ${host}`, fr: `hôtes construits comme l’hôte ${host}`, from: INPUT };
    out[`h${j}`] = { en: `raw capacity of host ${host} (each host built like it)`, fr: `capacité brute de l’hôte ${host} (chaque hôte construit ainsi)`, from: fromStep(`ceph.host-raw.${host}`) };
  });
  return out;
}
