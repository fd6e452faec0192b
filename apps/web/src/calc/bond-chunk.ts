/**
 * The bond page's chunk as the app loads it (page-registry.ts): the page and its own chart, the bond diagram,
 * which the initial script does not carry. src/calc/bond.ts stays free of components so the Node
 * tests read the page without JSX.
 */
import { registerChart } from '../pictures/chart-registry';
import { BondChart } from '../pictures/bond-chart';

registerChart('bond', BondChart);

export { bondPage } from './bond';
