/**
 * The ceph page's chunk as the app loads it (page-registry.ts): the page and its own chart, the capacity waterfall,
 * which the initial script does not carry. src/calc/ceph.ts stays free of components so the Node
 * tests read the page without JSX.
 */
import { registerChart } from '../pictures/chart-registry';
import { WaterfallChart } from '../pictures/waterfall-chart';

registerChart('waterfall', WaterfallChart);

export { cephPage } from './ceph';
