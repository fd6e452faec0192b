/**
 * The failure page's chunk as the app loads it (page-registry.ts): the page and its own chart, the
 * mark-out → backfill timeline, which the initial script does not carry. src/calc/failure.ts stays
 * free of components so the Node tests read the page without JSX.
 */
import { registerChart } from '../pictures/chart-registry';
import { TimelineChart } from '../pictures/timeline-chart';

registerChart('timeline', TimelineChart);

export { failurePage } from './failure';
