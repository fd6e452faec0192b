/** Picks the SVG component for a picture. */
import { BarsChart } from './bars-chart';
import { chartOf } from './chart-registry';
import { MemoryChart } from './memory-chart';
import type { Picture } from './picture';
import { QuorumChart } from './quorum-chart';

export function PictureView({ p }: { readonly p: Picture }) {
  switch (p.kind) {
    case 'memory':
      return <MemoryChart p={p} />;
    case 'bars':
      return <BarsChart p={p} />;
    case 'quorum':
      return <QuorumChart p={p} />;
    default: {
      // A chart of a page's own chunk (chart-registry.ts), registered when the page loaded: the
      // waterfall (ceph-chunk.ts), the bond diagram (bond-chunk.ts), the timeline (failure-chunk.ts),
      // the fill histogram (inventory-chunk.ts).
      const Chart = chartOf(p.kind);
      return Chart ? <Chart p={p} /> : null;
    }
  }
}
