/**
 * Messages between the Yee pool and its workers. A worker keeps the groundwork of the last
 * diagram it drew (keyed by `prep`), so the row bands of one diagram share it.
 */
import { prepareBins, type YeeBins } from '../sandbox/yee/bins.ts';
import { pixelCounter } from '../sandbox/yee/counters.ts';
import type { PixelCounter } from '../sandbox/yee/sweep.ts';
import type { YeeImage, YeeJob } from '../sandbox/yee/job.ts';
import { sweepRows } from '../sandbox/yee/sweep.ts';

export interface YeeRequest {
  readonly id: number;
  /** Same number, same state, flag and method: the groundwork can be reused. */
  readonly prep: number;
  /** The state is left out when the worker already holds this `prep` (it can be large). */
  readonly job: Omit<YeeJob, 'state'> & { readonly state?: YeeJob['state'] };
}

export type YeeReply =
  { readonly id: number; readonly image: YeeImage } | { readonly id: number; readonly error: string };

/** What one worker remembers between requests. */
export interface YeeWorkerMemory {
  prep?: number;
  bins?: YeeBins;
  counter?: PixelCounter;
}

export function answerYeeRequest(request: YeeRequest, memory: YeeWorkerMemory): YeeReply {
  try {
    const { job } = request;
    if (memory.prep !== request.prep || !memory.bins || !memory.counter) {
      if (!job.state) throw new Error(`the state of diagram ${request.prep} was not sent`);
      memory.bins = prepareBins({ ...job, state: job.state });
      memory.counter = pixelCounter(memory.bins, job.method);
      memory.prep = request.prep;
    }
    const rowStart = Math.max(0, job.rowStart ?? 0);
    const rowEnd = Math.min(job.height, job.rowEnd ?? job.height);
    const codes = sweepRows(memory.bins, job.width, job.height, rowStart, rowEnd, memory.counter);
    return { id: request.id, image: { width: job.width, height: job.height, rowStart, codes } };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
