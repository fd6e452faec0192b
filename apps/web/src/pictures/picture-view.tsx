/** Picks the SVG component for a picture. */
import { BarsChart } from './bars-chart';
import { BondChart } from './bond-chart';
import { chartOf } from './chart-registry';
import { MemoryChart } from './memory-chart';
import type { Picture } from './picture';
import { QuorumChart } from './quorum-chart';
import { WaterfallChart } from './waterfall-chart';

export function PictureView({ p }: { readonly p: Picture }) {
  switch (p.kind) {
    case 'waterfall':
      return <WaterfallChart p={p} />;
    case 'memory':
      return <MemoryChart p={p} />;
    case 'bond':
      return <BondChart p={p} />;
    case 'bars':
      return <BarsChart p={p} />;
    case 'quorum':
      return <QuorumChart p={p} />;
    default: {
      // A chart of a page's own chunk (chart-registry.ts), registered when the page loaded.
      const Chart = chartOf(p.kind);
      return Chart ? <Chart p={p} /> : null;
    }
  }
}
