/**
 * Computing a Yee diagram (or some of its rows): groundwork once (bins.ts), then the row sweep
 * (sweep.ts) with the method's pixel counter (counters.ts). Pure and synchronous: the worker
 * pool (src/workers) and the bench call this same function.
 */
import { prepareBins } from './bins.ts';
import { pixelCounter } from './counters.ts';
import type { YeeImage, YeeJob } from './job.ts';
import { sweepRows } from './sweep.ts';

export { pixelPosition, YEE_NONE, YEE_TIE } from './job.ts';

export function computeYee(job: YeeJob): YeeImage {
  const rowStart = Math.max(0, job.rowStart ?? 0);
  const rowEnd = Math.min(job.height, job.rowEnd ?? job.height);
  const bins = prepareBins(job);
  const codes = sweepRows(bins, job.width, job.height, rowStart, rowEnd, pixelCounter(bins, job.method));
  return { width: job.width, height: job.height, rowStart, codes };
}
