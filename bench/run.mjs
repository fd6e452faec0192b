// `pnpm bench`: every benchmark prints its figures; none of them fails the build.
import { startup } from './startup.mjs';

const s = startup();
console.log(`cli start-up: capa memory ${s.capaMs.toFixed(1)} ms, node -e 0 ${s.nodeMs.toFixed(1)} ms, ratio ${s.ratio.toFixed(2)}x (budget 2.00x, median of ${s.runs})`);
