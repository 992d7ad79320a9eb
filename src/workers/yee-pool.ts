/**
 * A persistent pool of Yee workers: started once, kept for the whole visit. A diagram is drawn
 * coarse first (a quarter of the resolution, one band per worker), then fine, in row bands
 * handed to whichever worker is free. A new diagram replaces the one in progress: its bands
 * not yet started are dropped, and images of an older diagram are never delivered.
 *
 * The pool only needs something that can post a request and report a reply, so the browser
 * (Web Workers, spawn.ts) and the Node bench (worker_threads) use the same code.
 */
import type { YeeImage, YeeJob } from '../sandbox/yee/job.ts';
import type { YeeReply, YeeRequest } from './protocol.ts';

export interface YeeWorkerPort {
  post(request: YeeRequest): void;
  /** Called by the port for every reply. */
  onReply: ((reply: YeeReply) => void) | undefined;
  terminate(): void;
}

export interface YeeDiagram {
  readonly state: YeeJob['state'];
  readonly flag: string;
  readonly method: YeeJob['method'];
  /** Full resolution (the coarse pass is a quarter of it); height 1 for a 1-D plane. */
  readonly width: number;
  readonly height: number;
}

export interface YeeProgress {
  /** Rows done so far, in an image of the pass's size (complete when `done`). */
  readonly image: YeeImage;
  readonly pass: 'coarse' | 'fine';
  readonly done: boolean;
}

interface Band {
  readonly request: YeeRequest;
  readonly pass: 'coarse' | 'fine';
}

export const COARSE_FACTOR = 4;

export class YeePool {
  private readonly idle: YeeWorkerPort[] = [];
  /** The diagram whose groundwork each worker holds. */
  private readonly holds = new Map<YeeWorkerPort, number>();
  private state: YeeJob['state'] | undefined;
  private queue: Band[] = [];
  private nextId = 1;
  private generation = 0;
  private readonly pending = new Map<number, Band & { generation: number }>();
  private images:
    Record<'coarse' | 'fine', { codes: Uint8Array; width: number; height: number; rows: number }> | undefined;
  private listener: ((progress: YeeProgress) => void) | undefined;
  private onError: ((message: string) => void) | undefined;

  constructor(
    private readonly workers: readonly YeeWorkerPort[],
    private readonly bandRows = 25,
  ) {
    for (const worker of workers) {
      worker.onReply = (reply) => this.receive(worker, reply);
      this.idle.push(worker);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Starts a diagram (dropping the one in progress); `listener` hears every band as it arrives. */
  draw(diagram: YeeDiagram, listener: (progress: YeeProgress) => void, onError?: (message: string) => void): void {
    this.generation++;
    this.listener = listener;
    this.onError = onError;
    this.queue = [];
    const coarse = {
      width: Math.max(1, Math.ceil(diagram.width / COARSE_FACTOR)),
      height: diagram.height === 1 ? 1 : Math.max(1, Math.ceil(diagram.height / COARSE_FACTOR)),
    };
    this.images = {
      coarse: { ...coarse, codes: new Uint8Array(coarse.width * coarse.height), rows: 0 },
      fine: {
        width: diagram.width,
        height: diagram.height,
        codes: new Uint8Array(diagram.width * diagram.height),
        rows: 0,
      },
    };
    const prep = this.generation;
    this.state = diagram.state;
    const job = { flag: diagram.flag, method: diagram.method };
    const bands = (pass: 'coarse' | 'fine', width: number, height: number, rows: number): void => {
      for (let r = 0; r < height; r += rows) {
        this.queue.push({
          pass,
          request: {
            id: this.nextId++,
            prep,
            job: { ...job, width, height, rowStart: r, rowEnd: Math.min(height, r + rows) },
          },
        });
      }
    };
    bands('coarse', coarse.width, coarse.height, Math.ceil(coarse.height / this.workers.length));
    bands('fine', diagram.width, diagram.height, this.bandRows);
    this.pump();
  }

  /** Stops delivering the diagram in progress. */
  cancel(): void {
    this.generation++;
    this.queue = [];
    this.listener = undefined;
  }

  destroy(): void {
    this.cancel();
    for (const w of this.workers) w.terminate();
    this.idle.length = 0;
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const band = this.queue.shift()!;
      this.pending.set(band.request.id, { ...band, generation: this.generation });
      const { request } = band;
      // The (possibly large) state travels once per diagram and worker.
      if (this.holds.get(worker) === request.prep) worker.post(request);
      else {
        this.holds.set(worker, request.prep);
        worker.post({ ...request, job: { ...request.job, state: this.state } });
      }
    }
  }

  private receive(worker: YeeWorkerPort, reply: YeeReply): void {
    const band = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    this.idle.push(worker);
    if (band && band.generation === this.generation && this.images && this.listener) {
      if ('error' in reply) this.onError?.(reply.error);
      else {
        const target = this.images[band.pass];
        target.codes.set(reply.image.codes, reply.image.rowStart * target.width);
        target.rows += reply.image.codes.length / target.width;
        const done = target.rows >= target.height;
        this.listener({
          pass: band.pass,
          done,
          image: { width: target.width, height: target.height, rowStart: 0, codes: target.codes },
        });
      }
    }
    this.pump();
  }
}
