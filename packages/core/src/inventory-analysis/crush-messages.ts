/** The words of the CRUSH simulation in `capa analyze` (crush.ts), English and French. */
import type { Lang } from '../explain/types.js';
import { count } from '../spec/plural.js';

// biome-ignore format: a table, several short entries per line as it reads
const en = {
  stepFullest: (o: string) => `Fullest OSD when healthy (${o}; CRUSH placement simulated)`,
  stepFullestAfter: (loss: string, o: string) => `Fullest OSD after losing ${loss} and backfill (${o}; CRUSH placement simulated, the worst loss)`,
  stepSafe: 'Stored data (every pool scaled together) for which no OSD crosses nearfull, healthy or after the worst loss (CRUSH)',
  poolsWithoutBytes: (names: string) => `pools without stored bytes (ceph df) or EC k, left out of the simulated fill: ${names}`,
  poolsNotInMap: (names: string) => `pools absent from the map, left out: ${names}`,
  a1: 'bytes per PG = pool stored ÷ pg_num (a k-th of that per EC shard); OSD sizes from osd df',
  a2: 'balancer: the map’s upmaps are applied as they are, none are added',
  a3: (f: number) => `a loss of ${f === 1 ? 'one host' : `${count(f, 'en', 'host', 'hosts')} together`} is played out until Ceph has marked its OSDs out and backfill has ended; each host (or combination) is tried`,
  a4: 'map built from the OSD tree (one root, straw2 host buckets, weight = size in TiB, chooseleaf type host): PGs land elsewhere than in the real cluster, only their statistics are alike',
  a5: (names: string) => `nodes removed (${names}): their OSDs are marked out (as after ceph osd out), still in the CRUSH map`,
  a6: (g: string) => `growth ${g}: every pool’s stored bytes scaled by the same factor`,
};

const fr: typeof en = {
  stepFullest: (o) => `OSD le plus plein à l’état sain (${o} ; placement CRUSH simulé)`,
  stepFullestAfter: (loss, o) => `OSD le plus plein après la perte de ${loss} et le backfill (${o} ; placement CRUSH simulé, la pire perte)`,
  stepSafe: 'Données stockées (tous les pools à la même échelle) pour lesquelles aucun OSD ne dépasse nearfull, à l’état sain ou après la pire perte (CRUSH)',
  poolsWithoutBytes: (names) => `pools sans octets stockés (ceph df) ou sans k EC, laissés hors du remplissage simulé : ${names}`,
  poolsNotInMap: (names) => `pools absents de la carte, laissés de côté : ${names}`,
  a1: 'octets par PG = stocké du pool ÷ pg_num (un k-ième par fragment EC) ; tailles des OSD d’après osd df',
  a2: 'balancer : les upmaps de la carte sont appliqués tels quels, aucun n’est ajouté',
  a3: (f) =>
    `la perte ${f === 1 ? 'd’un hôte' : `simultanée de ${count(f, 'fr', 'hôte', 'hôtes')}`} est jouée jusqu’à ce que Ceph ait marqué ses OSD out et que le backfill soit terminé ; chaque hôte (ou combinaison) est essayé`,
  a4: 'carte construite à partir de l’arbre des OSD (une racine, hôtes straw2, poids = taille en Tio, chooseleaf type host) : les PG tombent ailleurs que dans le vrai cluster, seules leurs statistiques se ressemblent',
  a5: (names) => `nœuds retirés (${names}) : leurs OSD sont marqués out (comme après ceph osd out), toujours dans la carte CRUSH`,
  a6: (g) => `croissance ${g} : les octets stockés de chaque pool multipliés par le même facteur`,
};

export const crushMessages = (lang: Lang): typeof en => (lang === 'fr' ? fr : en);
