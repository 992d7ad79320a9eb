/**
 * Yee diagram bench: 200×200 pixels, 1,000 voters, 5 flags, for plurality, instant runoff and
 * Schulze — time to the first (coarse, 50×50) image and to full resolution. Then the sandbox's
 * live recount (every one-winner method, 200 voters, 6 flags), the work of one live update.
 *
 *   npx tsx scripts/bench/yee.ts [--json] [--runs N]   (part of npm run bench)
 *
 * Two ways, both on the same pure functions as the game (src/sandbox/yee):
 *  - pool: the game's YeePool (src/workers/yee-pool.ts) over 2 persistent worker_threads —
 *    what the browser does with 2 Web Workers;
 *  - plain: direct calls on this thread, one after the other (coarse, then full).
 * Each figure is the median of N runs after one warm-up run. The voters are 1,000 single
 * crustaceans at 1,000 scattered positions (the worst case: the game's crowds put their members
 * on at most 40 points each, which is faster).
 */
import { Worker } from 'node:worker_threads';
import { liveCount } from '../../src/sandbox/live.ts';
import { computeYee } from '../../src/sandbox/yee/index.ts';
import type { SandboxCrowd, SandboxFlag, SandboxState } from '../../src/sandbox/model.ts';
import type { MethodId } from '../../src/voting/method.ts';
import type { YeeReply, YeeRequest } from '../../src/workers/protocol.ts';
import { YeePool, type YeeDiagram, type YeeWorkerPort } from '../../src/workers/yee-pool.ts';
import { median } from './shared.ts';

const SIZE = 200;
const METHODS: readonly MethodId[] = ['plurality', 'irv', 'schulze'];
const TARGET = { coarse: 50, full: 300 };

function benchState(): SandboxState {
  let seed = 20261124;
  const random = (): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const flags: SandboxFlag[] = [
    [20, 25],
    [70, 65],
    [80, 75],
    [45, 85],
    [30, 60],
  ].map((p, i) => ({ id: `flag-${i + 1}`, name: { fr: `D${i + 1}`, en: `F${i + 1}` }, position: p }));
  const centres = [
    [25, 30],
    [65, 60],
    [80, 80],
    [40, 70],
    [55, 25],
  ];
  const place = (c: number): number => Math.round(Math.min(100, Math.max(0, c + (random() + random() - 1) * 30)));
  const crowds: SandboxCrowd[] = Array.from({ length: 1000 }, (_, k) => ({
    id: `voter-${k + 1}`,
    name: { fr: 'électeur', en: 'voter' },
    species: 'crab',
    centre: [place(centres[k % 5][0]), place(centres[k % 5][1])],
    spread: 0,
    size: 1,
  }));
  return {
    title: { fr: 'banc', en: 'bench' },
    dimensions: 2,
    axes: [
      { fr: 'x', en: 'x' },
      { fr: 'y', en: 'y' },
    ],
    flags,
    crowds,
    approvalRadius: 30,
    gradeBands: [10, 20, 35, 50, 70],
    strategies: false,
  };
}

/** A worker_threads worker running the same request handler as the browser's Web Worker. */
function nodePort(): YeeWorkerPort {
  const handler = new URL('../../src/workers/protocol.ts', import.meta.url).href;
  const boot = `
    const { parentPort } = require('node:worker_threads');
    import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(handler)}); }).then(({ answerYeeRequest }) => {
      const memory = {};
      parentPort.on('message', (request) => {
        const reply = answerYeeRequest(request, memory);
        parentPort.postMessage(reply, reply.image ? [reply.image.codes.buffer] : []);
      });
      parentPort.postMessage('ready');
    });`;
  const worker = new Worker(boot, { eval: true });
  const port: YeeWorkerPort & { ready: Promise<void> } = {
    onReply: undefined,
    post: (request: YeeRequest) => worker.postMessage(request),
    terminate: () => void worker.terminate(),
    ready: new Promise((resolve) => worker.once('message', () => resolve())),
  };
  worker.on('message', (reply: YeeReply | 'ready') => {
    if (reply !== 'ready') port.onReply?.(reply);
  });
  return port;
}

function poolRun(pool: YeePool, diagram: YeeDiagram): Promise<{ coarse: number; full: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    let coarse = 0;
    pool.draw(
      diagram,
      (progress) => {
        if (progress.pass === 'coarse' && progress.done) coarse = performance.now() - start;
        if (progress.pass === 'fine' && progress.done) resolve({ coarse, full: performance.now() - start });
      },
      reject,
    );
  });
}

function plainRun(diagram: YeeDiagram): { coarse: number; full: number } {
  const start = performance.now();
  computeYee({ ...diagram, width: SIZE / 4, height: SIZE / 4 });
  const coarse = performance.now() - start;
  computeYee(diagram);
  return { coarse, full: performance.now() - start };
}

/** 200 voters in four crowds, 6 flags; the moved flag jumps between places that change ballots, so no count is reused. */
function liveBench(runs: number): { msPerUpdate: number; updatesPerSecond: number; methods: number } {
  const flags: SandboxFlag[] = [
    [20, 25],
    [70, 65],
    [80, 75],
    [45, 85],
    [30, 60],
    [55, 40],
  ].map((p, i) => ({ id: `flag-${i + 1}`, name: { fr: `D${i + 1}`, en: `F${i + 1}` }, position: p }));
  const crowds: SandboxCrowd[] = [
    [25, 30],
    [65, 60],
    [80, 80],
    [40, 70],
  ].map((c, i) => ({
    id: `crowd-${i + 1}`,
    name: { fr: 'foule', en: 'crowd' },
    species: 'crab',
    centre: c,
    spread: 15,
    size: 50,
  }));
  const state: SandboxState = { ...benchState(), flags, crowds };
  const at = (k: number): SandboxState => ({
    ...state,
    flags: flags.map((f, i) => (i === 5 ? { ...f, position: [10 + ((k * 37) % 80), 10 + ((k * 53) % 80)] } : f)),
  });
  for (let k = 0; k < 20; k++) liveCount(at(k));
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let k = 0; k < 50; k++) liveCount(at(1000 + r * 50 + k));
    times.push((performance.now() - start) / 50);
  }
  const msPerUpdate = median(times);
  return { msPerUpdate, updatesPerSecond: 1000 / msPerUpdate, methods: liveCount(state).lines.length };
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt > 0 ? Math.max(1, Number(process.argv[runsAt + 1]) || 5) : 5;
  const state = benchState();
  const ports = [nodePort(), nodePort()];
  await Promise.all(ports.map((p) => (p as YeeWorkerPort & { ready: Promise<void> }).ready));
  const pool = new YeePool(ports);
  const rows: { method: MethodId; pool: { coarse: number; full: number }; plain: { coarse: number; full: number } }[] =
    [];
  for (const method of METHODS) {
    const diagram: YeeDiagram = { state, flag: 'flag-2', method, width: SIZE, height: SIZE };
    const poolTimes: { coarse: number; full: number }[] = [];
    const plainTimes: { coarse: number; full: number }[] = [];
    for (let r = 0; r <= runs; r++) {
      // Move the flag's neighbours a little each run, so no run reuses the last one's groundwork.
      const moved = {
        ...diagram,
        state: { ...state, flags: state.flags.map((f, i) => (i === 0 ? { ...f, position: [20 + r, 25] } : f)) },
      };
      const p = await poolRun(pool, moved);
      const q = plainRun(moved);
      if (r > 0) {
        poolTimes.push(p);
        plainTimes.push(q);
      }
    }
    const summary = (list: { coarse: number; full: number }[]) => ({
      coarse: median(list.map((t) => t.coarse)),
      full: median(list.map((t) => t.full)),
    });
    rows.push({ method, pool: summary(poolTimes), plain: summary(plainTimes) });
  }
  pool.destroy();
  const live = liveBench(runs);
  const setup = {
    width: SIZE,
    height: SIZE,
    coarse: `${SIZE / 4}x${SIZE / 4}`,
    voters: 1000,
    points: 1000,
    flags: 5,
    workers: 2,
    runs,
    targetsMs: TARGET,
  };
  if (json) {
    console.log(
      JSON.stringify({ yee: { setup, results: rows }, sandboxLive: { voters: 200, flags: 6, ...live, target: 30 } }),
    );
    return;
  }
  const ms = (v: number): string => `${v.toFixed(0).padStart(5)} ms`;
  const mark = (v: number, target: number): string => (v <= target ? 'ok  ' : 'SLOW');
  console.log(
    `Yee diagram ${SIZE}x${SIZE} (coarse ${setup.coarse}), 1,000 voters at 1,000 points, 5 flags; median of ${runs} runs`,
  );
  console.log(`targets: coarse <= ${TARGET.coarse} ms, full <= ${TARGET.full} ms`);
  console.log('method      pool of 2 worker_threads        plain calls, one thread');
  console.log('            coarse         full             coarse     full');
  for (const r of rows) {
    console.log(
      `${r.method.padEnd(11)} ${ms(r.pool.coarse)} ${mark(r.pool.coarse, TARGET.coarse)} ${ms(r.pool.full)} ${mark(r.pool.full, TARGET.full)}   ${ms(r.plain.coarse)} ${ms(r.plain.full)}`,
    );
  }
  console.log(
    `live recount, 200 voters, 6 flags, ${live.methods} methods, ballots changed every time: ${live.msPerUpdate.toFixed(1)} ms per update → ${live.updatesPerSecond.toFixed(0)} updates/s (target 30) ${live.updatesPerSecond >= 30 ? 'ok' : 'SLOW'}`,
  );
}

await main();
