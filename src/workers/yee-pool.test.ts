import { describe, expect, it } from 'vitest';
import { computeYee } from '../sandbox/yee/index.ts';
import { handMadeState } from '../sandbox/testing/states.ts';
import { answerYeeRequest, type YeeReply, type YeeRequest, type YeeWorkerMemory } from './protocol.ts';
import { YeePool, type YeeProgress, type YeeWorkerPort } from './yee-pool.ts';

/** A worker answering on the next turn of the event loop, in this thread. */
function inProcess(log: YeeRequest[]): YeeWorkerPort {
  const memory: YeeWorkerMemory = {};
  const port: YeeWorkerPort = {
    onReply: undefined,
    post: (request) => {
      log.push(request);
      setTimeout(() => port.onReply?.(answerYeeRequest(request, memory) as YeeReply), 0);
    },
    terminate: () => undefined,
  };
  return port;
}

describe('the Yee pool', () => {
  it('draws coarse first, then fine, with the same winners as one plain computation', async () => {
    const log: YeeRequest[] = [];
    const pool = new YeePool([inProcess(log), inProcess(log)], 10);
    const state = handMadeState();
    const seen: YeeProgress[] = [];
    await new Promise<void>((resolve) => {
      pool.draw({ state, flag: 'flag-2', method: 'schulze', width: 40, height: 40 }, (p) => {
        seen.push({ ...p, image: { ...p.image, codes: p.image.codes.slice() } });
        if (p.pass === 'fine' && p.done) resolve();
      });
    });
    expect(seen[0].pass).toBe('coarse');
    const coarse = seen.find((p) => p.pass === 'coarse' && p.done)!;
    expect(Array.from(coarse.image.codes)).toEqual(
      Array.from(computeYee({ state, flag: 'flag-2', method: 'schulze', width: 10, height: 10 }).codes),
    );
    const fine = seen.at(-1)!;
    expect(Array.from(fine.image.codes)).toEqual(
      Array.from(computeYee({ state, flag: 'flag-2', method: 'schulze', width: 40, height: 40 }).codes),
    );
    // The state travels once per worker and diagram, not with every band.
    expect(log.filter((r) => r.job.state).length).toBe(2);
  });

  it('never delivers a diagram that a newer one replaced', async () => {
    const pool = new YeePool([inProcess([])], 5);
    const state = handMadeState();
    const old: YeeProgress[] = [];
    pool.draw({ state, flag: 'flag-1', method: 'plurality', width: 20, height: 20 }, (p) => old.push(p));
    await new Promise<void>((resolve) => {
      pool.draw({ state, flag: 'flag-1', method: 'irv', width: 20, height: 20 }, (p) => {
        if (p.pass === 'fine' && p.done) resolve();
      });
    });
    expect(old).toEqual([]);
  });
});
