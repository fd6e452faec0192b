/** The words of the Prometheus rules `capa alerts` writes (alerts-prometheus.ts), English and French. */
import { type AlertKind, count, type Lang, plural } from '@capa/core';

/** Facts a rule's words name, already formatted in the run's language (names as the inventory spells them). */
export interface Facts {
  readonly threshold: string;
  readonly failures: number;
  readonly failed: string;
  readonly max: string;
  readonly nearfull: string;
  readonly nearfullFrom: string;
  readonly loss: string;
}

type Words = Record<AlertKind, (f: Facts) => string>;

interface AlertText {
  readonly summary: Words;
  readonly description: Words;
  readonly now: string;
  readonly header: readonly string[];
  readonly written: (file: string, n: number) => string;
  /** The rules that say the cluster no longer has the inventory's nodes or in OSDs. */
  readonly stale: Record<'nodes' | 'osds', { readonly summary: (n: number) => string; readonly description: string }>;
  /** Where the nearfull ratio came from (the analysis' `used.nearfullFrom`). */
  readonly ratioFrom: Readonly<Record<string, string>>;
}

const down = (f: Facts) => (f.failed === '' ? count(f.failures, 'en', 'node', 'nodes') : f.failed);
const downFr = (f: Facts) => (f.failed === '' ? count(f.failures, 'fr', 'nœud', 'nœuds') : f.failed);

const en: AlertText = {
  summary: {
    'memory.configured': (f) => `Configured guest RAM above ${f.threshold}: N − ${f.failures} no longer holds`,
    'memory.in-use': (f) => `RAM in use on the nodes above ${f.threshold}: N − ${f.failures} no longer holds`,
    'ceph.fullest-osd': (f) => `An OSD above ${f.threshold}: a host loss would push the fullest OSD past nearfull`,
    'ceph.stored': (f) => `Ceph stored data above ${f.threshold}: a host loss would push an OSD past nearfull`,
    'ceph.raw-used': (f) => `Ceph raw used above ${f.threshold}: a host loss would push the OSDs past nearfull`,
  },
  description: {
    'memory.configured': (f) =>
      `With ${down(f)} down (the largest, as capa analyze takes them), the survivors hold ${f.threshold} of configured guest RAM (running or stopped, templates excluded) within ${f.max} of their RAM, their reservations counted. Add RAM or a node, or move guests away.`,
    'memory.in-use': (f) =>
      `With ${down(f)} down, the survivors hold ${f.threshold} in use (guests plus their own reservations) within ${f.max} of their RAM; this sums every online node's RAM in use, the failed node's own use included, so it is on the safe side.`,
    'ceph.fullest-osd': (f) =>
      `Capa's CRUSH simulation of this cluster: fills grow with the stored data, and once the healthy fullest OSD reaches ${f.threshold}, losing ${f.loss === '' ? 'the worst host' : f.loss} and backfilling brings an OSD to nearfull ${f.nearfull} (ratio from ${f.nearfullFrom}). Add OSDs or hosts, or free space, before a host fails.`,
    'ceph.stored': (f) =>
      `Capa's CRUSH simulation: above ${f.threshold} stored (every pool scaled together), losing the worst host brings an OSD past nearfull ${f.nearfull} (ratio from ${f.nearfullFrom}).`,
    'ceph.raw-used': (f) =>
      `The average model (the CRUSH placement was not simulated): above ${f.threshold} raw used, the OSDs left after losing the largest host average more than nearfull ${f.nearfull} (ratio from ${f.nearfullFrom}); the fullest OSD is fuller still.`,
  },
  now: 'now',
  header: [
    'Prometheus alerting rules written by capa alerts: each fires when the live cluster crosses a threshold capa analyze computes for this inventory (docs/alerts.md).',
    'Thresholds are fixed at generation: run capa alerts again after the cluster changes (nodes, OSDs, RAM).',
    'Metrics: prometheus-pve-exporter (prompve/prometheus-pve-exporter:src/pve_exporter/collector/cluster.py): pve_memory_size_bytes, pve_memory_usage_bytes, pve_guest_info, pve_node_info;',
    'Ceph mgr prometheus module (ceph/ceph:src/pybind/mgr/prometheus/module.py; src/osd/osd_perf_counters.cc): ceph_osd_stat_bytes, ceph_osd_stat_bytes_used, ceph_pool_stored, ceph_osd_in.',
  ],
  written: (file, n) => `${count(n, 'en', 'alerting rule', 'alerting rules')} written to ${file}`,
  ratioFrom: { option: '--nearfull', inventory: 'the inventory’s osd dump', default: 'Ceph’s default' },
  stale: {
    nodes: {
      summary: (n) => `The cluster no longer has the ${count(n, 'en', 'node', 'nodes')} of the inventory behind the capa alerts rules`,
      description: 'The N − f thresholds assume the inventory’s nodes and RAM: import the cluster again and rerun capa alerts.',
    },
    osds: {
      summary: (n) => `Ceph no longer has the ${count(n, 'en', 'in OSD', 'in OSDs')} of the inventory behind the capa alerts rules`,
      description: 'The host-loss thresholds assume the inventory’s OSDs and placement: import the cluster again and rerun capa alerts.',
    },
  },
};

const fr: AlertText = {
  summary: {
    'memory.configured': (f) => `RAM configurée des invités au-delà de ${f.threshold} : N − ${f.failures} ne tient plus`,
    'memory.in-use': (f) => `RAM utilisée sur les nœuds au-delà de ${f.threshold} : N − ${f.failures} ne tient plus`,
    'ceph.fullest-osd': (f) => `Un OSD au-delà de ${f.threshold} : une perte d’hôte porterait l’OSD le plus plein au-delà de nearfull`,
    'ceph.stored': (f) => `Données stockées Ceph au-delà de ${f.threshold} : une perte d’hôte porterait un OSD au-delà de nearfull`,
    'ceph.raw-used': (f) => `Brut utilisé Ceph au-delà de ${f.threshold} : une perte d’hôte porterait les OSD au-delà de nearfull`,
  },
  description: {
    'memory.configured': (f) =>
      `Avec ${downFr(f)} en panne (les plus gros, comme les prend capa analyze), les survivants tiennent ${f.threshold} de RAM configurée des invités (démarrés ou arrêtés, modèles exclus) dans ${f.max} de leur RAM, réserves comprises. Ajouter de la RAM ou un nœud, ou déplacer des invités.`,
    'memory.in-use': (f) =>
      `Avec ${downFr(f)} en panne, les survivants tiennent ${f.threshold} utilisés (invités et leurs propres réserves) dans ${f.max} de leur RAM ; la somme porte sur la RAM utilisée de tous les nœuds en ligne, y compris celle du nœud perdu : c’est du côté sûr.`,
    'ceph.fullest-osd': (f) =>
      `Simulation CRUSH de ce cluster par Capa : les remplissages suivent les données stockées, et quand l’OSD le plus plein à l’état sain atteint ${f.threshold}, la perte de ${f.loss === '' ? 'l’hôte le plus pénalisant' : f.loss} suivie du backfill porte un OSD à nearfull ${f.nearfull} (ratio : ${f.nearfullFrom}). Ajouter des OSD ou des hôtes, ou libérer de la place, avant qu’un hôte ne tombe.`,
    'ceph.stored': (f) =>
      `Simulation CRUSH par Capa : au-delà de ${f.threshold} stockés (tous les pools à la même échelle), la perte de l’hôte le plus pénalisant porte un OSD au-delà de nearfull ${f.nearfull} (ratio : ${f.nearfullFrom}).`,
    'ceph.raw-used': (f) =>
      `Modèle moyen (placement CRUSH non simulé) : au-delà de ${f.threshold} de brut utilisé, les OSD restants après la perte du plus gros hôte dépassent en moyenne nearfull ${f.nearfull} (ratio : ${f.nearfullFrom}) ; l’OSD le plus plein l’est davantage.`,
  },
  now: 'actuellement',
  header: [
    'Règles d’alerte Prometheus écrites par capa alerts : chacune se déclenche quand le cluster réel franchit un seuil calculé par capa analyze pour cet inventaire (docs/alerts.md).',
    'Les seuils sont figés à la génération : relancer capa alerts après tout changement du cluster (nœuds, OSD, RAM).',
    'Métriques : prometheus-pve-exporter (prompve/prometheus-pve-exporter:src/pve_exporter/collector/cluster.py) : pve_memory_size_bytes, pve_memory_usage_bytes, pve_guest_info, pve_node_info ;',
    'module prometheus du mgr Ceph (ceph/ceph:src/pybind/mgr/prometheus/module.py ; src/osd/osd_perf_counters.cc) : ceph_osd_stat_bytes, ceph_osd_stat_bytes_used, ceph_pool_stored, ceph_osd_in.',
  ],
  written: (file, n) => `${count(n, 'fr', 'règle d’alerte écrite', 'règles d’alerte écrites')} dans ${file}`,
  ratioFrom: { option: '--nearfull', inventory: 'celui de l’osd dump de l’inventaire', default: 'valeur par défaut de Ceph' },
  stale: {
    nodes: {
      summary: (n) => `Le cluster n’a plus ${plural(n, 'fr', 'le', 'les')} ${count(n, 'fr', 'nœud', 'nœuds')} de l’inventaire d’où viennent les règles de capa alerts`,
      description: 'Les seuils N − f supposent les nœuds et la RAM de l’inventaire : importer de nouveau le cluster et relancer capa alerts.',
    },
    osds: {
      summary: (n) => `Ceph n’a plus les ${n} OSD in de l’inventaire d’où viennent les règles de capa alerts`,
      description: 'Les seuils de perte d’hôte supposent les OSD et le placement de l’inventaire : importer de nouveau le cluster et relancer capa alerts.',
    },
  },
};

export const ALERT_TEXT: Record<Lang, AlertText> = { en, fr };
