/**
 * What the letters of a bond's formulas stand for (explain/symbols.ts): `capa bond` and the bond
 * steps of a host failure (ceph/symbols.ts) share the letters that mean the same thing there (a
 * member's speed L, the hash inputs b, the busy links, the busiest link's load M).
 */
import type { Glossary } from '../explain/symbols.js';

/** The letters a bond's spread of hash inputs uses, wherever a bond is derived. */
export const BOND_SHARED_EN = {
  L: 'speed of one bond member',
  b: 'distinct hash inputs on one bond: the flows (layer3+4, balance-rr) or the peer hosts (layer2, layer2+3, balance-alb)',
  e: 'expected busy links of one bond (balls into bins)',
  M: 'expected hash inputs on the busiest link (balls into bins)',
};
export const BOND_SHARED_FR: typeof BOND_SHARED_EN = {
  L: 'débit d’un lien de l’agrégat',
  b: 'entrées de hachage distinctes d’un agrégat : les flux (layer3+4, balance-rr) ou les hôtes pairs (layer2, layer2+3, balance-alb)',
  e: 'liens occupés attendus d’un agrégat (boules dans des urnes)',
  M: 'entrées de hachage attendues sur le lien le plus chargé (boules dans des urnes)',
};

const bondEn = {
  L: BOND_SHARED_EN.L,
  b: BOND_SHARED_EN.b,
  M: BOND_SHARED_EN.M,
  // capa bond's expected busy links are B (its JSON key since the first release); e in a host failure.
  B: BOND_SHARED_EN.e,
  n: 'member links of the bond',
  k: 'links down (degraded case)',
  f: 'parallel flows',
  P: 'hosts the flows go to (peers)',
};
const bondFr: typeof bondEn = {
  L: BOND_SHARED_FR.L,
  b: BOND_SHARED_FR.b,
  M: BOND_SHARED_FR.M,
  B: BOND_SHARED_FR.e,
  n: 'liens membres de l’agrégat',
  k: 'liens en panne (cas dégradé)',
  f: 'flux parallèles',
  P: 'hôtes destinataires des flux (pairs)',
};
/** capa bond in the modes that hash (lacp, balance-xor), and active-backup (L only). */
export const BOND_SYMBOLS: Glossary<keyof typeof bondEn> = { en: bondEn, fr: bondFr };

/** balance-rr stripes every flow's packets over all the links: every link busy. */
export const BOND_STRIPED_SYMBOLS: Glossary<keyof typeof bondEn> = {
  en: { ...bondEn, B: 'busy links of the bond: balance-rr stripes packets over all n' },
  fr: { ...bondFr, B: 'liens occupés de l’agrégat : balance-rr répartit les paquets sur les n' },
};

/**
 * balance-tlb and balance-alb place the peer hosts on the least-loaded link in turn: no hashing,
 * so b, M and the busy links are counted, not expected.
 */
export const BOND_BALANCED_SYMBOLS: Glossary<keyof typeof bondEn> = {
  en: {
    ...bondEn,
    b: 'peer hosts the flows reach (min(f, P)), each placed on the least-loaded link in turn',
    M: 'peer hosts on the busiest link',
    B: 'busy links of the bond (one per peer host, at most n)',
  },
  fr: {
    ...bondFr,
    b: 'hôtes pairs atteints par les flux (min(f, P)), placés tour à tour sur le lien le moins chargé',
    M: 'hôtes pairs sur le lien le plus chargé',
    B: 'liens occupés de l’agrégat (un par hôte pair, au plus n)',
  },
};
