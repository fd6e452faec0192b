/**
 * The inventory page's chunk as the app loads it (page-registry.ts): the page's fields and its own
 * chart, the CRUSH fill histogram (the engine script computes the picture's data; the page draws it).
 */
import { registerChart } from '../pictures/chart-registry';
import { FillHistogramChart } from '../pictures/fill-histogram-chart';

registerChart('fill-histogram', FillHistogramChart);

export { inventoryPage } from './inventory-fields';
