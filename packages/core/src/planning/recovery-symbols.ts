/**
 * What the letters of the planning recovery models stand for (explain/symbols.ts). The host's
 * recovery (the plan's failure area) and one OSD's (the durability area, before the durability
 * chain) are two derivations: the OSD's letters avoid the durability chain's (T, r, R, N there mean
 * the exposure and loss rates), and its D and k are the durability's own, the same figures.
 */
import { fromInput, fromStep, type Glossary, MODEL } from '../explain/symbols.js';
import type { StepUnit, SymbolOrigin } from '../explain/types.js';
import { CEPH_SYMBOLS, FAILURE_SYMBOLS } from '../ceph/symbols.js';
import { DURABILITY_SYMBOLS, DURABILITY_UNITS } from './durability-symbols.js';

// capa ceph's host failure times the same recovery (ceph/symbols.ts): the figures both models share
// read as there, one wording to keep (symbolProblems compares meanings as strings).
const ceph = FAILURE_SYMBOLS;

const hostEn = {
  W: 'raw data the healing pools hold (all copies or chunks)',
  H: ceph.en.H,
  P: 'what one survivor’s bond receives for equal transfers (bond model, its busiest link sets the pace)',
  n: ceph.en.n,
  o: ceph.en.y,
  T: ceph.en.T,
  A: 'bytes read over the network to rebuild them: the raw bytes, × k for erasure-coded pools',
  N: ceph.en.V,
  B: 'raw bytes to rebuild: what the lost host held',
  D: ceph.en.Y,
  X: 'recovery time after the host loss (a lower bound)',
};
const hostFr: typeof hostEn = {
  W: 'données brutes des pools qui se reconstruisent (toutes copies ou fragments)',
  H: ceph.fr.H,
  P: 'ce que reçoit l’agrégat d’un survivant pour des transferts égaux (modèle d’agrégat, son lien le plus chargé donne le rythme)',
  n: ceph.fr.n,
  o: ceph.fr.y,
  T: ceph.fr.T,
  A: 'octets lus par le réseau pour les reconstruire : les octets bruts, × k pour les pools à code d’effacement',
  N: ceph.fr.V,
  B: 'octets bruts à reconstruire : ce que détenait l’hôte perdu',
  D: ceph.fr.Y,
  X: 'durée de reconstruction après la perte de l’hôte (un minimum)',
};
export const HOST_RECOVERY_SYMBOLS: Glossary<keyof typeof hostEn> = { en: hostEn, fr: hostFr };

const osdEn = {
  S: CEPH_SYMBOLS.en.S,
  f: 'raw fill of the OSDs (raw used ÷ raw)',
  D: DURABILITY_SYMBOLS.en.D,
  X: 'time to replace the failed disk when no other OSD can take its data',
  o: ceph.en.y,
  d: 'PG shards per OSD, all pools (the bound on parallel rebuilds in Kampe’s model)',
  c: 'OSDs that can receive the copies: every other OSD when the pool heals, else the other OSDs of its host',
  M: ceph.en.T,
  k: DURABILITY_SYMBOLS.en.k,
  I: 'what the receiving hosts’ bonds take in together (bond model, equal transfers)',
  W: 'OSDs writing the rebuilt copies in parallel (Kampe’s declustering)',
};
const osdFr: typeof osdEn = {
  S: CEPH_SYMBOLS.fr.S,
  f: 'remplissage brut des OSD (brut occupé ÷ brut)',
  D: DURABILITY_SYMBOLS.fr.D,
  X: 'délai de remplacement du disque en panne quand aucun autre OSD ne peut recevoir ses données',
  o: ceph.fr.y,
  d: 'fragments de PG par OSD, tous pools confondus (la borne des reconstructions parallèles du modèle de Kampe)',
  c: 'OSD pouvant recevoir les copies : tous les autres OSD quand le pool se reconstruit, sinon les autres OSD de son hôte',
  M: ceph.fr.T,
  k: DURABILITY_SYMBOLS.fr.k,
  I: 'ce que les agrégats des hôtes receveurs reçoivent ensemble (modèle d’agrégat, transferts égaux)',
  W: 'OSD écrivant en parallèle les copies reconstruites (le déclustering de Kampe)',
};
export const OSD_RECOVERY_SYMBOLS: Glossary<keyof typeof osdEn> = { en: osdEn, fr: osdFr };

export const HOST_RECOVERY_UNITS: Readonly<Record<keyof typeof hostEn, StepUnit>> = {
  W: 'bytes',
  H: 'count',
  P: 'bits/s',
  n: 'count',
  o: 'bits/s',
  T: 'seconds',
  A: 'bytes',
  N: 'bits/s',
  B: 'bytes',
  D: 'bits/s',
  X: 'seconds',
};
// D and k carry the durability chain's units: the same letters in the same derivation.
export const OSD_RECOVERY_UNITS: Readonly<Record<keyof typeof osdEn, StepUnit>> = {
  S: 'bytes',
  f: 'ratio',
  D: DURABILITY_UNITS['D'] ?? 'bytes',
  X: 'seconds',
  o: 'bits/s',
  d: 'number',
  c: 'count',
  M: 'seconds',
  k: DURABILITY_UNITS['k'] ?? 'count',
  I: 'bits/s',
  W: 'number',
};

/**
 * Where the recovery's inputs come from, named by the caller (the planner by its scenario's fields);
 * a core caller's by the spec's field names. The raw data, the fill and the PG shards per OSD are
 * other areas' figures: they carry no origin here.
 */
export interface RecoveryOrigins {
  readonly hosts?: SymbolOrigin;
  readonly osdsPerHost?: SymbolOrigin;
  readonly osdSize?: SymbolOrigin;
  readonly osdRate?: SymbolOrigin;
  readonly markOut?: SymbolOrigin;
  readonly replace?: SymbolOrigin;
  readonly readAmplification?: SymbolOrigin;
}

/** Each host-recovery step's origins. */
export function hostRecoveryOrigins(o: RecoveryOrigins) {
  const H = o.hosts ?? fromInput('hosts');
  const T = o.markOut ?? fromInput('markOutSeconds');
  return {
    rebuild: { H },
    // The bond model's inbound rate for the recovery's flows: computed, not a step of this derivation.
    network: { H, P: MODEL },
    disk: { H, n: o.osdsPerHost ?? fromInput('osdsPerHost'), o: o.osdRate ?? fromInput('osdWriteBps') },
    time: { T, N: fromStep('recovery.host.network'), B: fromStep('recovery.host.rebuild'), D: fromStep('recovery.host.disk') },
    bondRate: { X: fromStep('recovery.host.time'), T, H },
  };
}

/** Each OSD-recovery step's origins. */
export function osdRecoveryOrigins(o: RecoveryOrigins) {
  const rate = o.osdRate ?? fromInput('osdWriteBps');
  const D = fromStep('recovery.osd.bytes');
  return {
    bytes: { S: o.osdSize ?? fromInput('osdSizeBytes') },
    replace: { X: o.replace ?? fromInput('replaceSeconds'), D, o: rate },
    declustering: {},
    time: { M: o.markOut ?? fromInput('markOutSeconds'), D, k: o.readAmplification ?? fromInput('readAmplification'), I: MODEL, W: fromStep('recovery.osd.declustering'), o: rate },
  };
}
