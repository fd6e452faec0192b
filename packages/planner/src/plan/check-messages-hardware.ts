/**
 * The platform's limits (sockets, DIMM speed, drive bays, disk classes, NIC ports and speeds) and the
 * cost's warnings by code (issue 10). The words stay in messages.ts; the parameters are
 * language-free: counts, bytes and bits/s unformatted, node names as the scenario spells them, lists
 * of numbers as one comma-separated string (`1,2`, `10000000000,25000000000`), `system` the size system.
 */
import { type Lang, type Params, type SizeSystem, formatRate, formatRatio } from '@capa/core';
import { fmt } from './helpers.js';
import { planMessages } from './messages.js';

const s = (p: Params, k: string): string => String(p[k]);
const n = (p: Params, k: string): number => Number(p[k]);
const list = (p: Params, k: string): string[] => s(p, k).split(',');

// Read when a message renders, as check-messages-areas.ts does.
export function HARDWARE_CHECK_MESSAGES(lang: Lang) {
  const t = () => planMessages(lang);
  const b = (p: Params, k: string): string => fmt(lang, s(p, 'system') as SizeSystem).bytes(n(p, k));
  return {
    'procurement.sockets': (p: Params) => t().socketsUnsupported(s(p, 'node'), n(p, 'sockets'), list(p, 'options').join(', ')),
    'procurement.dimm-speed': (p: Params) =>
      t().dimmPenalty(s(p, 'node'), t().population(n(p, 'dimms'), b(p, 'dimmBytes'), n(p, 'perChannel')), `${s(p, 'speedMTs')} MT/s`, formatRatio(n(p, 'penalty'), lang)),
    'procurement.drive-bays': (p: Params) => t().baysOver(s(p, 'node'), n(p, 'disks'), n(p, 'bays')),
    'procurement.disk-class': (p: Params) => t().classUnsupported(s(p, 'node'), s(p, 'diskClass')),
    'procurement.nic-ports': (p: Params) => t().portsOver(s(p, 'node'), n(p, 'links'), n(p, 'ports')),
    'procurement.nic-speed': (p: Params) =>
      t().speedUnsupported(
        s(p, 'node'),
        formatRate(n(p, 'speedBps'), lang),
        list(p, 'offeredBps')
          .map((x) => formatRate(Number(x), lang))
          .join(', '),
      ),
    'cost.currency': (p: Params) => t().currencyDiffers(s(p, 'tableCurrency'), s(p, 'currency')),
    'cost.price-missing': (p: Params) => t().priceMissing(s(p, 'node')),
  };
}
