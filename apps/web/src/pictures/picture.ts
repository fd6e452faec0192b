/** Every picture a page can show: plain data, drawn by the matching SVG component. */
import type { BarsPicture } from './bars-model';
import type { BondPicture } from './bond-model';
import type { FillHistogramPicture } from './fill-histogram-model';
import type { MemoryPicture } from './memory-model';
import type { QuorumPicture } from './quorum-model';
import type { TimelinePicture } from './timeline-model';
import type { WaterfallPicture } from './waterfall-model';

export type Picture = WaterfallPicture | MemoryPicture | BondPicture | BarsPicture | QuorumPicture | TimelinePicture | FillHistogramPicture;
