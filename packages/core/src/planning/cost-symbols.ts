/**
 * What the letters of the cost of ownership stand for (explain/symbols.ts), and where each comes
 * from: the cost spec's fields by default, the planner names its scenario's fields instead.
 */
import { fromInput, fromStep, type Glossary } from '../explain/symbols.js';
import type { SymbolOrigin } from '../explain/types.js';

const en = {
  N: 'nodes',
  h: 'hardware price of one node',
  C: 'blade chassis',
  c: 'price of one chassis',
  e: 'yearly increase of the subscription price',
  Y: 'years of ownership',
  F: 'subscription years with the yearly increase: Σ (1 + e)^year',
  s: 'CPU sockets per node',
  p: 'Proxmox VE subscription price per socket and year',
  H: 'hardware cost',
  S: 'subscription cost over the years',
  T: 'cost over the ownership period',
  G: 'usable guest RAM after the failures, in GiB',
  U: 'safe usable Ceph capacity, in TB',
};
const fr: typeof en = {
  N: 'nœuds',
  h: 'prix matériel d’un nœud',
  C: 'châssis de lames',
  c: 'prix d’un châssis',
  e: 'hausse annuelle du prix de la souscription',
  Y: 'années de possession',
  F: 'années de souscription avec la hausse annuelle : Σ (1 + e)^année',
  s: 'sockets CPU par nœud',
  p: 'prix de la souscription Proxmox VE par socket et par an',
  H: 'coût du matériel',
  S: 'coût des souscriptions sur la période',
  T: 'coût sur la durée de possession',
  G: 'RAM invités utilisable après les pannes, en Gio',
  U: 'capacité Ceph utilisable en sécurité, en To',
};
export const COST_SYMBOLS: Glossary<keyof typeof en> = { en, fr };

/** The cost's inputs as the caller names them; G and U come from other calculators (no origin). */
export interface CostOrigins {
  readonly nodes?: SymbolOrigin;
  readonly hardwarePerNode?: SymbolOrigin;
  readonly sockets?: SymbolOrigin;
  readonly chassis?: SymbolOrigin | null;
  readonly chassisPrice?: SymbolOrigin | null;
  readonly perSocketYear?: SymbolOrigin;
  readonly years?: SymbolOrigin;
  readonly escalation?: SymbolOrigin;
}

/** Every letter's origin: an input as named, or the step that computed it. */
export function costOrigins(o: CostOrigins): Record<string, SymbolOrigin> {
  const opt = (letter: string, x: SymbolOrigin | null | undefined, name: string) => (x === null ? {} : { [letter]: x ?? fromInput(name) });
  return {
    N: o.nodes ?? fromInput('nodes'),
    h: o.hardwarePerNode ?? fromInput('hardwarePerNode'),
    ...opt('C', o.chassis, 'chassis'),
    ...opt('c', o.chassisPrice, 'chassisPrice'),
    e: o.escalation ?? fromInput('escalation'),
    Y: o.years ?? fromInput('years'),
    F: fromStep('cost.years-factor'),
    s: o.sockets ?? fromInput('socketsPerNode'),
    p: o.perSocketYear ?? fromInput('subscriptionPerSocketYear'),
    H: fromStep('cost.hardware'),
    S: fromStep('cost.subscription'),
    T: fromStep('cost.total'),
  };
}
