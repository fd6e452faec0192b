/** The drain area's words (figures, summary, assumptions), English and French with the same keys. */
import { count, type Lang } from '@capa/core';

const en = {
  fDrainedRam: 'Guest RAM on the drained node',
  fRam: 'RAM pre-copy',
  fDisks: 'Local disks copy',
  fDrain: 'Time to drain the node',
  fPerMigration: 'Rate of one migration',
  fMigration: 'Rate the migrations take on the bond',
  fRolling: (n: number) => `Rolling upgrade of ${count(n, 'en', 'node', 'nodes')}`,
  fUsable: 'Guest RAM usable with one node drained',
  fNMinusOne: 'Other nodes hold the guests (N − 1)',
  never: 'never (pre-copy does not converge)',
  yes: 'yes',
  no: 'no',
  aNode: 'a node',
  nodeOf: (group: string) => `a node of group ${group}`,
  summary: (who: string, via: string, drain: string, rolling: string) => `Draining ${who} over its ${via} bond takes ${drain}; a rolling upgrade of the cluster takes ${rolling}.`,
  summaryNever: (who: string, via: string) => `Draining ${who} over its ${via} bond never ends: live migration does not converge.`,
  assumeSpread: (g: string, n: number, x: string) => `Drain: the guests’ RAM is spread evenly over the nodes, so the drained node holds ${g} ÷ ${n}, rounded up: ${x}.`,
  assumeLargest: (group: string) =>
    `Drain: nodes differ; the drained node is one of group ${group}, the group with the most RAM per node: the memory rule’s N − 1 fails it, and its bond carries the migrations.`,
};
const fr: typeof en = {
  fDrainedRam: 'RAM des invités du nœud vidé',
  fRam: 'Pré-copie de la RAM',
  fDisks: 'Copie des disques locaux',
  fDrain: 'Durée de l’évacuation du nœud',
  fPerMigration: 'Débit d’une migration',
  fMigration: 'Débit des migrations sur l’agrégat',
  fRolling: (n) => `Mise à jour progressive de ${count(n, 'fr', 'nœud', 'nœuds')}`,
  fUsable: 'RAM d’invités utilisable avec un nœud vidé',
  fNMinusOne: 'Les autres nœuds portent les invités (N − 1)',
  never: 'jamais (la pré-copie ne converge pas)',
  yes: 'oui',
  no: 'non',
  aNode: 'un nœud',
  nodeOf: (group) => `un nœud du groupe ${group}`,
  summary: (who, via, drain, rolling) => `Vider ${who} par son agrégat ${via} prend ${drain}\u00a0; une mise à jour progressive du cluster prend ${rolling}.`,
  summaryNever: (who, via) => `Vider ${who} par son agrégat ${via} ne finit jamais\u00a0: la migration à chaud ne converge pas.`,
  assumeSpread: (g, n, x) => `Évacuation\u00a0: la RAM des invités est répartie également sur les nœuds, le nœud vidé en porte donc ${g} ÷ ${n}, arrondi au-dessus\u00a0: ${x}.`,
  assumeLargest: (group) =>
    `Évacuation\u00a0: les nœuds diffèrent\u00a0; le nœud vidé est un nœud du groupe ${group}, le groupe le plus riche en RAM par nœud\u00a0: la règle mémoire N − 1 le met en panne, et son agrégat porte les migrations.`,
};

export type DrainWords = typeof en;
export const drainWords = (lang: Lang): DrainWords => (lang === 'fr' ? fr : en);
