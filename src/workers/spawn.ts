/**
 * The browser's Yee pool: two Web Workers (one per core on these machines), started on first
 * use and kept for the whole visit — starting workers per diagram costs more than drawing one.
 */
import type { YeeReply } from './protocol.ts';
import { YeePool, type YeeWorkerPort } from './yee-pool.ts';

let shared: YeePool | undefined;

function webWorkerPort(): YeeWorkerPort {
  const worker = new Worker(new URL('./yee.worker.ts', import.meta.url), { type: 'module' });
  const port: YeeWorkerPort = {
    onReply: undefined,
    post: (request) => worker.postMessage(request),
    terminate: () => worker.terminate(),
  };
  worker.onmessage = (event: MessageEvent<YeeReply>) => port.onReply?.(event.data);
  return port;
}

export function browserYeePool(): YeePool {
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency ? navigator.hardwareConcurrency : 2;
  shared ??= new YeePool(Array.from({ length: Math.max(1, Math.min(2, cores)) }, webWorkerPort));
  return shared;
}

/** Drops the diagram in progress, if the pool was ever started. */
export function cancelYee(): void {
  shared?.cancel();
}
