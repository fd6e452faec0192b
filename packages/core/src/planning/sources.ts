import { step, type StepSpec } from '../explain/step.js';
import type { Lang, Source, SourceKind, Step } from '../explain/types.js';
import type { SizeSystem } from '../units/size-units.js';
import type { SourceId } from '../explain/sources.js';

interface PlanningSourceEntry {
  readonly kind: SourceKind;
  readonly en: string;
  readonly fr: string;
  readonly ref: string;
}

/** Sources of the planning rules (durability, recovery, cost, procurement), beside the core's SOURCES. */
export const PLANNING_SOURCES = {
  kampe: { kind: 'ceph-code', en: 'Kampe RADOS reliability model (ceph-tools): Poisson failures, recovery = mark-out + size × fill ÷ (speed × declustering)', fr: 'Modèle de fiabilité RADOS de Kampe (ceph-tools) : pannes de Poisson, reconstruction = mark-out + taille × remplissage ÷ (débit × déclustering)', ref: 'ceph/ceph-tools:models/reliability/RadosRely.py' },
  backblaze: { kind: 'derived', en: 'Backblaze durability model: binomial count of shard failures within one repair period, per period of the year', fr: 'Modèle de durabilité Backblaze : loi binomiale des pannes de fragments pendant une fenêtre de réparation, par période de l’année', ref: 'Backblaze/erasure-coding-durability:durability.py' },
  kampeDefaults: { kind: 'ceph-code', en: 'Kampe model defaults: 826 FIT per disk, recovery 50 MB/s per OSD, mark-out 10 min', fr: 'Valeurs par défaut du modèle de Kampe : 826 FIT par disque, reconstruction 50 Mo/s par OSD, mark-out 10 min', ref: 'ceph/ceph-tools:models/reliability/Config.py' },
  pveSubscription: { kind: 'proxmox-docs', en: 'Proxmox VE subscriptions: priced per CPU socket per year, one level for every node of a cluster', fr: 'Souscriptions Proxmox VE : prix par socket CPU et par an, un seul niveau pour tous les nœuds d’un cluster', ref: 'https://www.proxmox.com/en/products/proxmox-virtual-environment/pricing' },
  dimmPopulation: { kind: 'derived', en: 'Balanced memory: every channel populated identically on every socket; 2 DIMMs per channel run slower', fr: 'Mémoire équilibrée : chaque canal peuplé à l’identique sur chaque socket ; 2 barrettes par canal tournent moins vite', ref: 'Dell "Balanced Memory with 2nd Generation AMD EPYC Processors"; xFusion 1288H V7 white paper §5.4.1' },
  zfsLayouts: { kind: 'derived', en: 'OpenZFS: mirror keeps one disk of each vdev, RAIDZp loses p disks per vdev, dRAID d/(d+p) of non-spare disks; 1/32 slop space', fr: 'OpenZFS : un miroir garde un disque par vdev, RAIDZp perd p disques par vdev, dRAID d/(d+p) des disques hors spares ; 1/32 d’espace de réserve (slop)', ref: 'https://openzfs.github.io/openzfs-docs/Basic%20Concepts/RAIDZ.html' },
  cephCpu: { kind: 'ceph-docs', en: 'Ceph hardware recommendations: 1 core per OSD light use, 2 for RBD; Proxmox: 4–6 threads per NVMe OSD', fr: 'Recommandations matérielles Ceph : 1 cœur par OSD en usage léger, 2 pour RBD ; Proxmox : 4 à 6 threads par OSD NVMe', ref: 'ceph/ceph:doc/start/hardware-recommendations.rst; proxmox/pve-docs:pveceph.adoc' },
  growth: { kind: 'derived', en: 'Compound growth over the horizon: x × (1 + g)^years', fr: 'Croissance composée sur l’horizon : x × (1 + g)^années', ref: 'docs/scenario.md#workloads' },
  cost: { kind: 'derived', en: 'Cost of ownership: hardware once, subscriptions every year for every socket', fr: 'Coût de possession : matériel une fois, souscriptions chaque année pour chaque socket', ref: 'docs/planner.md#cost' },
  failureImpact: { kind: 'course', en: 'Proxmox VE training course: no more than 75 % of memory used with a node missing', fr: 'Formation Proxmox VE : pas plus de 75 % de la mémoire utilisée avec un nœud en moins', ref: 'docs/memory.md#sources' },
} as const satisfies Record<string, PlanningSourceEntry>;

export type PlanningSourceId = keyof typeof PLANNING_SOURCES;

export function planningSource(id: PlanningSourceId, lang: Lang): Source {
  const s: PlanningSourceEntry = PLANNING_SOURCES[id];
  return { kind: s.kind, title: s[lang], ref: s.ref };
}

export type PlanStepSpec = Omit<StepSpec, 'source'> & { readonly source: PlanningSourceId | SourceId };

const isPlanning = (id: string): id is PlanningSourceId => Object.prototype.hasOwnProperty.call(PLANNING_SOURCES, id);

/** A derivation step citing a planning source: formatted by the core's `step`, then the source swapped in. */
export function planStep(spec: PlanStepSpec, lang: Lang, system: SizeSystem = 'binary'): Step {
  if (!isPlanning(spec.source)) return step({ ...spec, source: spec.source }, lang, system);
  const s = step({ ...spec, source: 'derived' }, lang, system);
  return { ...s, source: planningSource(spec.source, lang) };
}
