/**
 * What the letters of capa network's formulas stand for (explain/symbols.ts). The bond's letters (n,
 * L) keep capa bond's meanings: the plan's network area shows both derivations side by side. The
 * corosync links are R, not k: k is the bond's links down there.
 */
import type { Glossary, SymbolSpec } from '../explain/symbols.js';
import { BOND_SHARED_EN, BOND_SHARED_FR, BOND_SYMBOLS } from './symbols.js';

const en = {
  n: BOND_SYMBOLS.en.n,
  L: BOND_SHARED_EN.L,
  C: 'capacity of the bond in this step’s state (every link up, one link down, or during recovery)',
  D: 'traffic demand of the classes counted in that state',
  R: 'corosync knet links the cluster has, counting the one on this bond',
};
const fr: typeof en = {
  n: BOND_SYMBOLS.fr.n,
  L: BOND_SHARED_FR.L,
  C: 'capacité de l’agrégat dans l’état de cette étape (tous liens actifs, un lien en panne, ou pendant la reconstruction)',
  D: 'demande de trafic des classes comptées dans cet état',
  R: 'liens knet de corosync du cluster, y compris celui de cet agrégat',
};
export const BUDGET_SYMBOLS: Glossary<keyof typeof en> = { en, fr };

/** A traffic class's letter: the class's own name, typed by the user, so its meaning names it. */
export const classSymbol = (name: string): Omit<SymbolSpec, 'from'> => ({
  en: `rate of the traffic class ${name}`,
  fr: `débit de la classe de trafic ${name}`,
});
