#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/bench/engine.ts [--json] [--quick] (part of npm run bench): milliseconds of every method on
 *  (a) 1,000,000 complete ballots over 5 candidates (loaded from one Uint8Array),
 *  (b) 100,000 ballots over 12 candidates,
 *  (c) San Francisco 2011 (194,530 real ballots, 25 candidates),
 *  (d) Meath 2002 (64,081 ballots, 14 candidates, 5 seats) for the several-seat methods,
 *  (e) reading ballot files (readBallotFile): Meath 2002's JSON (4.3 MB), and the 5 MB CSV and
 *      5 MB JSON files of src/voting/io/big-files.test.ts (tests/support/big-files.ts),
 * with the floor (one plain pass over the bytes of (a)) measured in the same run, and peak memory.
 * Figures are medians of several runs after a warm-up. --quick uses a tenth of the sizes.
 */
import { realElection, realElectionText } from '../../tests/support/real-elections.ts';
import { bigCsv, bigJson } from '../../tests/support/big-files.ts';
import { readBallotFile } from '../../src/voting/io/index.ts';
import { rankedProfile, type GradedProfile, type Profile, type RankedProfile } from '../../src/voting/ballots.ts';
import { gradedProfileFromRows, rankedProfileFromOrders } from '../../src/voting/compact.ts';
import { methods } from '../../src/voting/methods/index.ts';
import { countProfile, type CountOptions, type MethodId } from '../../src/voting/method.ts';
import { VotingError } from '../../src/voting/errors.ts';
import { createRng } from '../../src/voting/rng.ts';
import { syntheticOrders, gradesFromOrders, uniformOrders } from './data.ts';
import { median } from './shared.ts';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const scale = quick ? 0.1 : 1;

/** Median milliseconds of `fn` over a few runs after one warm-up (fewer runs when slow). */
function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  const first = performance.now() - t0;
  const runs = first > 500 ? 1 : first > 50 ? 3 : 7;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return round(median(samples));
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

type Cell = number | string;

function optionsFor(id: MethodId, seats: number): CountOptions {
  if (id === 'random-ballot') return { seed: 'bench' };
  if (id === 'sortition') return { seats, seed: 'bench' };
  return { seats, tieBreak: 'none' };
}

/** Times every method on a dataset; a method that refuses says why instead of a figure. */
function timeMethods(
  ranked: RankedProfile,
  graded: GradedProfile | undefined,
  seats: number,
  only?: (id: MethodId) => boolean,
): Record<string, Cell> {
  const out: Record<string, Cell> = {};
  for (const id of Object.keys(methods) as MethodId[]) {
    if (only && !only(id)) continue;
    const method = methods[id];
    const kind = method.info.ballot;
    const profile: Profile | undefined = kind === 'graded' ? graded : ranked;
    if (!profile) {
      out[id] = 'n/a (ranked ballots only)';
      continue;
    }
    try {
      // A fresh shallow copy each run: the pairwise matrix cache (keyed by profile) must not hide its cost.
      out[id] = time(() => countProfile(method, { ...profile }, optionsFor(id, seats)));
    } catch (error) {
      if (!(error instanceof VotingError)) throw error;
      out[id] = `refused: ${error.message}`;
    }
  }
  return out;
}

function loadReal(name: string): RankedProfile {
  const data = realElection(name) as { candidates: string[]; ballots: { ranking: string[]; count: number }[] };
  return rankedProfile(data.candidates, data.ballots);
}

const peakMB = () => Math.round(process.resourceUsage().maxRSS / 1024);
const heapMB = () => Math.round(process.memoryUsage().heapUsed / 2 ** 20);
const report: Record<string, unknown> = { node: process.version, quick };

// (a) 1,000,000 complete ballots over 5 candidates.
{
  const voters = Math.round(1_000_000 * scale);
  const names = ['A', 'B', 'C', 'D', 'E'];
  const orders = syntheticOrders(createRng('bench-a'), voters, names.length);
  const floor = time(() => {
    let sum = 0;
    for (let i = 0; i < orders.length; i++) sum += orders[i];
    return sum;
  });
  const load = time(() => rankedProfileFromOrders(names, orders));
  const ranked = rankedProfileFromOrders(names, orders);
  const gradeRows = gradesFromOrders(orders, names.length);
  const loadGraded = time(() => gradedProfileFromRows(names, gradeRows, { scale: { min: 0, max: 5 } }));
  const graded = gradedProfileFromRows(names, gradeRows, { scale: { min: 0, max: 5 } });
  const perMethod = timeMethods(ranked, graded, 1);
  const oneWinner = (Object.keys(perMethod) as MethodId[]).filter(
    (id) => methods[id].info.ballot === 'ranked' && methods[id].info.winners === 'single',
  );
  const oneWinnerTotal = round(
    load + oneWinner.reduce((sum, id) => sum + (typeof perMethod[id] === 'number' ? (perMethod[id] as number) : 0), 0),
  );
  report.a = {
    voters,
    candidates: names.length,
    distinctBallots: ranked.counts.length,
    floorMs: floor,
    loadMs: load,
    loadGradedMs: loadGraded,
    methodsMs: perMethod,
    oneWinnerRankedTotalMs: oneWinnerTotal,
    oneWinnerTotalOverFloor: round(oneWinnerTotal / floor),
    heapMB: heapMB(),
  };
}

// (b) 100,000 ballots over 12 candidates.
{
  const voters = Math.round(100_000 * scale);
  const names = Array.from({ length: 12 }, (_, i) => `C${String(i + 1).padStart(2, '0')}`);
  // Uniformly random orders: nearly every one of the 100,000 ballots is distinct.
  const orders = uniformOrders(createRng('bench-b'), voters, names.length);
  const load = time(() => rankedProfileFromOrders(names, orders));
  const ranked = rankedProfileFromOrders(names, orders);
  const graded = gradedProfileFromRows(names, gradesFromOrders(orders, names.length), { scale: { min: 0, max: 5 } });
  report.b = {
    voters,
    candidates: names.length,
    distinctBallots: ranked.counts.length,
    loadMs: load,
    methodsMs: timeMethods(ranked, graded, 1),
    heapMB: heapMB(),
  };
}

// (c) San Francisco 2011, 194,530 real ballots.
{
  const load = time(() => loadReal('san-francisco-2011-mayor'));
  const ranked = loadReal('san-francisco-2011-mayor');
  report.c = {
    election: 'san-francisco-2011-mayor',
    voters: ranked.voters,
    candidates: ranked.candidates.length,
    distinctBallots: ranked.counts.length,
    loadFromJsonMs: load,
    methodsMs: timeMethods(ranked, undefined, 1),
    heapMB: heapMB(),
  };
}

// (d) Meath 2002, 5 seats: the several-seat methods.
{
  const ranked = loadReal('meath-2002');
  report.d = {
    election: 'meath-2002',
    voters: ranked.voters,
    candidates: ranked.candidates.length,
    distinctBallots: ranked.counts.length,
    seats: 5,
    methodsMs: timeMethods(
      ranked,
      undefined,
      5,
      (id) => methods[id].info.winners === 'multi' && methods[id].info.ballot === 'ranked',
    ),
    heapMB: heapMB(),
  };
}

// (e) Ballot files, read the way a player's file is (size check, parse, profile).
{
  const files: [string, string][] = [
    ['meath-2002.json', realElectionText('meath-2002')],
    ['big.csv', bigCsv()],
    ['big.json', bigJson()],
  ];
  const section: Record<string, Cell> = {};
  for (const [name, text] of files) {
    section[`${name} MB`] = Math.round(text.length / 100_000) / 10;
    section[`${name} ms`] = time(() => readBallotFile(name, text));
  }
  report.e = { ...section, heapMB: heapMB() };
}
report.peakRssMB = peakMB();

if (json) {
  console.log(JSON.stringify({ engine: report }));
} else {
  printTable(report);
}

function printTable(r: Record<string, unknown>): void {
  const sections = ['a', 'b', 'c', 'd', 'e'] as const;
  const titles = {
    a: '(a) 1,000,000 complete ballots, 5 candidates',
    b: '(b) 100,000 ballots, 12 candidates (uniformly random: nearly all distinct)',
    c: '(c) San Francisco 2011, 194,530 ballots, 25 candidates',
    d: '(d) Meath 2002 STV, 64,081 ballots, 14 candidates, 5 seats',
    e: '(e) Reading ballot files (readBallotFile)',
  };
  console.log(`Démocratie et crustacés — engine bench (${r.node}${quick ? ', quick sizes' : ''})`);
  for (const key of sections) {
    const section = r[key] as Record<string, unknown>;
    console.log(`\n${titles[key]}`);
    for (const [k, v] of Object.entries(section)) {
      if (k === 'methodsMs') continue;
      console.log(`  ${k}: ${v}`);
    }
    for (const [id, v] of Object.entries((section.methodsMs ?? {}) as Record<string, Cell>)) {
      console.log(`  ${id.padEnd(20)} ${typeof v === 'number' ? `${v.toFixed(3)} ms` : v}`);
    }
  }
  console.log(`\npeak RSS: ${r.peakRssMB} MB`);
}
