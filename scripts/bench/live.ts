#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/bench/live.ts [--json] [--quick] [--loads phones250,phones1000,rooms30x30]
 *   [--drivers N] [--window S] [--burst] [--lookups every|room|none] [--limits bench|default]
 *   [--stop kill|term] [--no-warmup] [--server server/main.ts] [--keep]  (part of npm run bench)
 *
 * Live votes from phones, for real: the room server (server/main.ts) in a child process on
 * 127.0.0.1, a fresh temporary data directory for each load (its own journal, no Redis), and
 * real WebSocket clients — colyseus.js, one Client and one connection per phone — in one driver
 * process (scripts/bench/live/phones.ts; --drivers 0 runs them in this process, --drivers 2 in
 * two). One process is enough: 1,000 phones cost it about 0.4 of a core over the 10 s, and 0, 1
 * or 2 drivers gave the same figures within the noise of a shared 2-core machine; a child keeps
 * the phones' event loop apart from this process's hosts and sampling.
 *
 *  - phones250: a host creates one room (ranked, 4 options, plurality and instant runoff) and
 *    250 phones join it and vote within 10 s;
 *  - phones1000: the same with 1,000 phones;
 *  - rooms30x30: 30 rooms of 30 phones at the same time.
 *
 * By default each phone opens the page at its own moment, the moments spread evenly over the
 * 10 s window (phones of different rooms interleaved), and sends its ballot as soon as it is
 * welcomed; --burst makes them join over the window and then all send at the same instant, at
 * its end. Figures: acknowledgement latency (send → Ack, p50/p95/p99), the server's CPU seconds
 * (user + system, /proc/PID/stat) over the window and as % of one core, its peak resident
 * memory (VmHWM, /proc/PID/status, whole life). Then the check that nothing acknowledged is
 * lost: each host exports its ballots (`export` → `ballots`, counts summed), the server is
 * killed (SIGKILL: an ack promises durable storage; --stop term for a clean stop), started
 * again on the same data directory, each host looks its room up and rejoins with its host key,
 * and exports again: that count, from the journal, is `journaled`.
 *
 * Every phone here comes from 127.0.0.1, as a crowd behind one NAT would, and the server
 * counts each look-up (`GET /live/rooms/CODE`) and each matchmaking call (create, joinById)
 * against one budget per address, 1,200 a minute (LiveLimits.lookupsPerMinute; wrong codes
 * have a tighter budget of their own, but the bench has none). Every phone looks the code up
 * then joins, as the phone page does: two attempts. 1,000 phones within 10 s are more than
 * that budget, so the server is started with LIVE_LOOKUPS_PER_MINUTE=1000000 (its documented
 * setting, server/options.ts). --limits default keeps the server's defaults: phones250 and
 * every --quick load get through them (up to 500 attempts, and the warm-up's 40); phones1000
 * and rooms30x30 (900 phones) do not; --lookups room|none: only the first phone of each room
 * looks up, or none.
 *
 * Before each load, 20 phones vote in a room of their own (not counted), so that neither the
 * fresh server nor the driver is measured while compiling (--no-warmup: measure that too).
 * Beside each load: the whole machine's busy cores over the window (/proc/stat) and how many
 * of them other processes took, the phones' event-loop delay, and one small append +
 * fdatasync in the data directory: on a shared machine these say how much of a latency is
 * the server's.
 *
 * Targets: 250 phones all acknowledged with p95 under 250 ms; 1,000 phones none lost; peak
 * RSS under 400 MB. --quick: 50 phones, 200 phones, 10 rooms × 10, over 5 s.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Room } from 'colyseus.js';
import {
  LIVE_ROOM,
  LiveLimits,
  ToClient,
  ToServer,
  type ExportedBallots,
  type Hosted,
  type LiveSetup,
  type Refusal,
} from '../../src/live/protocol.ts';
import { ballotOf, HookedClient, Inbox, leave, lookUp, OPTIONS, percentile } from './live/client.ts';
import {
  runPhones,
  type FromDriver,
  type PhonePlan,
  type PhoneReport,
  type PlannedPhone,
  type ToDriver,
} from './live/phones.ts';
import {
  cpuSeconds,
  datasyncMs,
  machineMeter,
  peakRssMB,
  ROOT,
  startServer,
  stopServer,
  type RunningServer,
} from './live/server.ts';

const argv = process.argv.slice(2);
const json = argv.includes('--json');
const quick = argv.includes('--quick');
const burst = argv.includes('--burst');
const keep = argv.includes('--keep');
const warmup = !argv.includes('--no-warmup');
const WARMUP_PHONES = 20;
const value = (name: string): string | undefined => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const number = (name: string, fallback: number): number => {
  const v = Number(value(name));
  return value(name) !== undefined && Number.isFinite(v) && v >= 0 ? v : fallback;
};

const LOADS = {
  phones250: quick ? { rooms: 1, phones: 50 } : { rooms: 1, phones: 250 },
  phones1000: quick ? { rooms: 1, phones: 200 } : { rooms: 1, phones: 1000 },
  rooms30x30: quick ? { rooms: 10, phones: 10 } : { rooms: 30, phones: 30 },
} as const;
type LoadName = keyof typeof LOADS;
const TARGET = { p95Ms: 250, peakRssMB: 400 };

const loads = (value('loads')?.split(',') ?? Object.keys(LOADS)) as LoadName[];
for (const name of loads) {
  if (!(name in LOADS)) {
    console.error(`live bench: unknown load ${name} (the loads are ${Object.keys(LOADS).join(', ')})`);
    process.exit(2);
  }
}
const windowMs = number('window', quick ? 5 : 10) * 1000;
const drivers = Math.floor(number('drivers', 1));
const lookups = (value('lookups') ?? 'every') as 'room' | 'every' | 'none';
const benchLimits = value('limits') !== 'default';
/** The server's environment: its attempt budget per address raised, since every phone here shares one (phones1000: 2,000 attempts within 10 s). */
const SERVER_ENV: NodeJS.ProcessEnv = benchLimits ? { LIVE_LOOKUPS_PER_MINUTE: '1000000' } : {};
const stopHow = (value('stop') ?? 'kill') as 'kill' | 'term';
const entry = resolve(ROOT, value('server') ?? 'server/main.ts');
/** After the window, how long a phone may still wait for its ack before it counts as lost. */
const GRACE_MS = 30_000;
const log = (line: string): void => {
  if (!json) console.log(line);
};
const note = (line: string): void => console.error(line);

const SETUP: LiveSetup = {
  question: 'Quel crustacé pour la mascotte de la classe ?',
  options: OPTIONS,
  kind: 'ranked',
  methods: ['plurality', 'irv'],
};

// The whole part stops by itself, whatever happens.
setTimeout(() => {
  note('live bench: still running after 20 minutes; stopping');
  process.exit(1);
}, 20 * 60_000).unref();

const sleep = (ms: number): Promise<void> => new Promise((done) => setTimeout(done, ms));
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms / 1000} s`)), ms);
    }),
  ]);
}

// --- Phone drivers --------------------------------------------------------------------------

interface Driver {
  run(plan: PhonePlan): Promise<PhoneReport>;
  leave(): Promise<void>;
  close(): void;
}

function inProcessDriver(): Driver {
  let leaveAll: (() => Promise<void>) | undefined;
  return {
    run: async (plan) => {
      const result = await runPhones(plan);
      leaveAll = result.leaveAll;
      return result.report;
    },
    leave: async () => {
      await leaveAll?.();
      leaveAll = undefined;
    },
    close: () => undefined,
  };
}

async function childDriver(): Promise<Driver> {
  const child: ChildProcess = fork(fileURLToPath(new URL('./live/phones.ts', import.meta.url)), ['--driver'], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    // The driver's output goes to stderr: stdout carries the figures.
    stdio: ['ignore', 2, 2, 'ipc'],
  });
  const nextMessage = (type: FromDriver['type'], ms: number): Promise<FromDriver> =>
    within(
      new Promise<FromDriver>((done, fail) => {
        const onMessage = (message: FromDriver): void => {
          if (message.type !== type) return;
          child.off('message', onMessage);
          child.off('exit', onExit);
          done(message);
        };
        const onExit = (code: number | null): void => fail(new Error(`a phone driver stopped (exit ${code})`));
        child.on('message', onMessage);
        child.once('exit', onExit);
      }),
      ms,
      `phone driver (${type})`,
    );
  await nextMessage('ready', 60_000);
  const send = (message: ToDriver): void => void child.send(message);
  return {
    run: async (plan) => {
      const answer = nextMessage('report', plan.deadline - Date.now() + 60_000);
      send({ type: 'run', plan });
      return ((await answer) as Extract<FromDriver, { type: 'report' }>).report;
    },
    leave: async () => {
      const answer = nextMessage('left', 60_000);
      send({ type: 'leave' });
      await answer;
    },
    close: () => {
      child.disconnect();
      setTimeout(() => child.kill('SIGKILL'), 2000).unref();
    },
  };
}

function merge(reports: readonly PhoneReport[]): PhoneReport {
  const sum = (key: 'acked' | 'replaced' | 'sent' | 'noWelcome' | 'dropped'): number =>
    reports.reduce((s, r) => s + r[key], 0);
  const counts = (key: 'refused' | 'joinErrors' | 'lookups'): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of reports) for (const [k, v] of Object.entries(r[key])) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    ackMs: reports.flatMap((r) => r.ackMs),
    joinMs: reports.flatMap((r) => r.joinMs),
    ackedIndices: reports.flatMap((r) => r.ackedIndices),
    acked: sum('acked'),
    replaced: sum('replaced'),
    sent: sum('sent'),
    noWelcome: sum('noWelcome'),
    dropped: sum('dropped'),
    refused: counts('refused'),
    joinErrors: counts('joinErrors'),
    lookups: counts('lookups'),
    lastAckAt: Math.max(0, ...reports.map((r) => r.lastAckAt)),
    loopDelayP99Ms: Math.max(0, ...reports.map((r) => r.loopDelayP99Ms)),
    loopDelayMaxMs: Math.max(0, ...reports.map((r) => r.loopDelayMaxMs)),
    clientCpuSeconds: reports.reduce((s, r) => s + r.clientCpuSeconds, 0),
  };
}

// --- Hosts ----------------------------------------------------------------------------------

interface Host {
  readonly code: string;
  readonly hostKey: string;
  readonly room: Room;
  readonly inbox: Inbox;
}

function hostClient(base: string, inbox: Inbox): HookedClient {
  return new HookedClient(base, (room) => inbox.attach(room));
}

async function createRoom(base: string): Promise<Host> {
  const inbox = new Inbox();
  const room = await within(
    hostClient(base, inbox).create(LIVE_ROOM, { role: 'host', setup: SETUP }),
    15_000,
    'create',
  );
  const { type, message } = await inbox.next<Hosted | Refusal>([ToClient.hosted, ToClient.refused], 15_000);
  if (type !== ToClient.hosted) throw new Error(`the host was refused: ${JSON.stringify(message)}`);
  const hosted = message as Hosted;
  if (!hosted.hostKey) throw new Error('the Hosted message of a new room has no host key');
  return { code: hosted.code, hostKey: hosted.hostKey, room, inbox };
}

/** The host's export: the ballots in the box, and their rankings counted by content. */
async function exportBallots(host: {
  room: Room;
  inbox: Inbox;
}): Promise<{ count: number; groups: Map<string, number> }> {
  host.room.send(ToServer.exportBallots);
  const { type, message } = await host.inbox.next<ExportedBallots | Refusal>(
    [ToClient.ballots, ToClient.refused],
    30_000,
  );
  if (type !== ToClient.ballots) throw new Error(`export refused: ${JSON.stringify(message)}`);
  const groups = new Map<string, number>();
  let count = 0;
  for (const group of (message as ExportedBallots).groups) {
    count += group.count;
    const key = contentKey(group.ballot);
    groups.set(key, (groups.get(key) ?? 0) + group.count);
  }
  return { count, groups };
}

function contentKey(ballot: unknown): string {
  const b = ballot as { kind?: string; ranking?: unknown };
  return b.kind === 'ranked' ? JSON.stringify(b.ranking) : JSON.stringify(ballot);
}

/** After a restart: look the room up (which restores it), rejoin as its host, export. */
async function exportAfterRestart(
  base: string,
  host: Host,
): Promise<{ count: number; lookup: number; received: number }> {
  const lookup = await lookUp(base, host.code, 15_000);
  const inbox = new Inbox();
  const room = await within(
    hostClient(base, inbox).joinById(host.code, { role: 'host', hostKey: host.hostKey }),
    30_000,
    'host rejoin',
  );
  try {
    const { type, message } = await inbox.next<Hosted | Refusal>([ToClient.hosted, ToClient.refused], 15_000);
    if (type !== ToClient.hosted) throw new Error(`the host was refused after the restart: ${JSON.stringify(message)}`);
    const { count } = await exportBallots({ room, inbox });
    return { count, lookup, received: (message as Hosted).received };
  } finally {
    await leave(room);
  }
}

/**
 * Ballots in the server's journal files themselves, read directly while the server is down:
 * distinct devices on the `ballot` lines of DATA/rooms/CODE.jsonl (the embedded store's format,
 * server/store/journal-store.ts). Undefined when a file is not where that format puts it.
 */
function ballotsInJournalFiles(dataDir: string, codes: readonly string[]): number | undefined {
  let total = 0;
  for (const code of codes) {
    const path = join(dataDir, 'rooms', `${code}.jsonl`);
    if (!existsSync(path)) return undefined;
    const devices = new Set<string>();
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      try {
        const record = JSON.parse(line) as { t?: unknown; device?: unknown };
        if (record.t === 'ballot' && typeof record.device === 'string') devices.add(record.device);
      } catch {
        // a torn last line, or the empty string after the last newline
      }
    }
    total += devices.size;
  }
  return total;
}

// --- One load -------------------------------------------------------------------------------

interface LoadFigures {
  rooms: number;
  phonesPerRoom: number;
  phones: number;
  mode: string;
  windowS: number;
  drivers: number;
  acknowledged: number;
  journaled: number;
  journaledBeforeRestart: number;
  /** The same, read from the journal files while the server was down (null: format unknown). */
  journalFiles: number | null;
  /** Phones that cast a ballot in the plan but have none in the journal after the restart. */
  lost: number;
  sameContent: boolean;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  joinP50Ms: number;
  joinP95Ms: number;
  lastAckS: number;
  peakRssMB: number;
  cpuSeconds: number;
  cpuPercentOfOneCore: number;
  refused: Record<string, number>;
  joinErrors: Record<string, number>;
  noWelcome: number;
  dropped: number;
  lookups: Record<string, number>;
  lookupsAfterRestart: Record<string, number>;
  hostReceivedAfterRestart: number;
  clientLoopDelayP99Ms: number;
  clientLoopDelayMaxMs: number;
  clientCpuSeconds: number;
  /** The whole machine over the window: cores busy (all processes), of which not the server's nor the phones'. */
  machineBusyCores: number;
  otherProcessesCores: number;
  loadAverage: [number, number];
  /** One small append + fdatasync in the data directory before the load, p50 and max. */
  datasyncP50Ms: number;
  datasyncMaxMs: number;
  warmup: boolean;
  stop: string;
}

const round = (v: number, digits = 1): number => (Number.isFinite(v) ? Math.round(v * 10 ** digits) / 10 ** digits : v);

async function runLoad(name: LoadName, pool: Driver[]): Promise<LoadFigures> {
  const size = LOADS[name];
  const work = mkdtempSync(join(tmpdir(), `live-bench-${name}-`));
  const dataDir = join(work, 'data');
  const logFile = join(work, 'server.log');
  mkdirSync(dataDir);
  let server: RunningServer | undefined;
  const hosts: Host[] = [];
  try {
    const disk = (await datasyncMs(dataDir)).sort((a, b) => a - b);
    server = await startServer({ entry, dataDir, log: logFile, env: SERVER_ENV });
    const pid = server.pid;
    const base = server.base;
    if (warmup) {
      // A few phones in a room of their own first, so that neither the fresh server nor the
      // drivers are measured while their code is still being compiled; that room is not counted.
      const warm = await createRoom(base);
      const at = Date.now() + 300;
      const warmPhones: PlannedPhone[] = Array.from({ length: WARMUP_PHONES }, (_, i) => ({
        index: 1_000_000 + i,
        code: warm.code,
        joinAt: at + i * 50,
        lookUp: lookups !== 'none',
      }));
      await Promise.all(
        pool.map((driver, d) =>
          driver.run({ base, deadline: at + 15_000, phones: warmPhones.filter((_, i) => i % pool.length === d) }),
        ),
      );
      await Promise.all(pool.map((driver) => driver.leave()));
      await leave(warm.room);
    }
    for (let r = 0; r < size.rooms; r++) hosts.push(await createRoom(base));
    const total = size.rooms * size.phones;
    const t0 = Date.now() + 1000;
    const deadline = t0 + windowMs + GRACE_MS;
    const phones: PlannedPhone[] = Array.from({ length: total }, (_, g) => ({
      index: g,
      code: hosts[g % size.rooms].code,
      joinAt: t0 + Math.floor(((g + 0.5) * windowMs) / total),
      sendAt: burst ? t0 + windowMs : undefined,
      lookUp: lookups === 'every' || (lookups === 'room' && g < size.rooms),
    }));
    const plans: PhonePlan[] = pool.map((_, d) => ({
      base,
      deadline,
      phones: phones.filter((p) => p.index % pool.length === d),
    }));
    const running = pool.map((driver, d) => driver.run(plans[d]));
    await sleep(t0 - Date.now());
    const cpu0 = cpuSeconds(pid);
    const machine = machineMeter();
    const load0 = loadavg()[0];
    const report = merge(await Promise.all(running));
    const busy = machine.stop();
    const end = Math.min(Date.now(), Math.max(report.lastAckAt, t0 + 1));
    const cpu = cpuSeconds(pid) - cpu0;
    const load1 = loadavg()[0];

    const beforeRestart = [];
    for (const host of hosts) beforeRestart.push(await exportBallots(host));
    const peak = peakRssMB(pid);
    await Promise.all(pool.map((driver) => driver.leave()));
    for (const host of hosts) await leave(host.room);
    const stopped = await stopServer(server, stopHow);
    server = undefined;
    const inFiles = ballotsInJournalFiles(
      dataDir,
      hosts.map((h) => h.code),
    );

    server = await startServer({ entry, dataDir, log: logFile, env: SERVER_ENV });
    const after: { count: number; lookup: number; received: number }[] = [];
    for (const host of hosts) after.push(await exportAfterRestart(server.base, host));
    await stopServer(server, 'term');
    server = undefined;

    const expected = new Map<string, number>();
    for (const index of report.ackedIndices) {
      const key = contentKey(ballotOf(index));
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const exported = new Map<string, number>();
    for (const e of beforeRestart) for (const [k, v] of e.groups) exported.set(k, (exported.get(k) ?? 0) + v);
    const sameContent = expected.size === exported.size && [...expected].every(([k, v]) => exported.get(k) === v);
    const sorted = [...report.ackMs].sort((a, b) => a - b);
    const joins = [...report.joinMs].sort((a, b) => a - b);
    const journaled = after.reduce((s, a) => s + a.count, 0);
    const lookupsAfter: Record<string, number> = {};
    for (const a of after) lookupsAfter[String(a.lookup)] = (lookupsAfter[String(a.lookup)] ?? 0) + 1;
    const windowS = (end - t0) / 1000;
    if (!keep) rmSync(work, { recursive: true, force: true });
    else note(`live bench, ${name}: data and server log kept in ${work}`);
    return {
      rooms: size.rooms,
      phonesPerRoom: size.phones,
      phones: total,
      mode: burst ? 'burst' : 'spread',
      windowS: windowMs / 1000,
      drivers: pool.length,
      acknowledged: report.acked,
      journaled,
      journaledBeforeRestart: beforeRestart.reduce((s, e) => s + e.count, 0),
      journalFiles: inFiles ?? null,
      lost: total - Math.min(journaled, report.acked),
      sameContent,
      p50Ms: round(percentile(sorted, 50)),
      p95Ms: round(percentile(sorted, 95)),
      p99Ms: round(percentile(sorted, 99)),
      maxMs: round(sorted.at(-1) ?? NaN),
      joinP50Ms: round(percentile(joins, 50)),
      joinP95Ms: round(percentile(joins, 95)),
      lastAckS: round(report.lastAckAt > 0 ? (report.lastAckAt - t0) / 1000 : NaN, 2),
      peakRssMB: peak,
      cpuSeconds: round(cpu, 2),
      cpuPercentOfOneCore: round((100 * cpu) / windowS),
      refused: report.refused,
      joinErrors: report.joinErrors,
      noWelcome: report.noWelcome,
      dropped: report.dropped,
      lookups: report.lookups,
      lookupsAfterRestart: lookupsAfter,
      hostReceivedAfterRestart: after.reduce((s, a) => s + a.received, 0),
      clientLoopDelayP99Ms: round(report.loopDelayP99Ms),
      clientLoopDelayMaxMs: round(report.loopDelayMaxMs),
      clientCpuSeconds: round(report.clientCpuSeconds, 2),
      machineBusyCores: round(busy.busyCores, 2),
      otherProcessesCores: round(Math.max(0, busy.busyCores - (cpu + report.clientCpuSeconds) / busy.seconds), 2),
      loadAverage: [round(load0, 2), round(load1, 2)],
      datasyncP50Ms: round(percentile(disk, 50), 2),
      datasyncMaxMs: round(disk.at(-1) ?? NaN, 2),
      warmup,
      stop: `${stopHow === 'kill' ? 'SIGKILL' : 'SIGTERM'} (${stopped})`,
    };
  } catch (error) {
    note(`live bench, ${name}: ${error instanceof Error ? error.message : String(error)}`);
    note(`  (server log and data kept: ${logFile})`);
    throw Object.assign(error instanceof Error ? error : new Error(String(error)), { logFile });
  } finally {
    for (const host of hosts) await leave(host.room, 1000);
    if (server) await stopServer(server, 'kill');
  }
}

// --- Report ---------------------------------------------------------------------------------

const mark = (ok: boolean): string => (ok ? '✓' : '✗');
/** Every count of the box agrees with the acknowledgements: export, files, export after restart. */
const agrees = (r: LoadFigures): boolean =>
  r.journaled === r.acknowledged &&
  r.journaledBeforeRestart === r.acknowledged &&
  (r.journalFiles === null || r.journalFiles === r.acknowledged) &&
  r.sameContent;

function printTable(results: Partial<Record<LoadName, LoadFigures | { error: string }>>): void {
  const rows = Object.entries(results) as [LoadName, LoadFigures | { error: string }][];
  const pad = (v: unknown, n: number): string => String(v).padStart(n);
  log(
    `${'load'.padEnd(11)} ${pad('phones', 6)} ${pad('acked', 6)} ${pad('export', 6)} ${pad('files', 5)} ${pad('after restart', 13)} ${pad('p50 ms', 7)} ${pad('p95 ms', 7)} ${pad('p99 ms', 7)} ${pad('max ms', 7)} ${pad('join p95', 8)} ${pad('last ack', 8)} ${pad('server CPU', 16)} ${pad('peak RSS', 8)}`,
  );
  for (const [name, r] of rows) {
    if ('error' in r) {
      log(`${name.padEnd(11)} failed: ${r.error.split('\n')[0]}`);
      continue;
    }
    log(
      `${name.padEnd(11)} ${pad(r.phones, 6)} ${pad(r.acknowledged, 6)} ${pad(r.journaledBeforeRestart, 6)} ${pad(r.journalFiles ?? '?', 5)} ${pad(r.journaled, 13)} ${pad(r.p50Ms, 7)} ${pad(r.p95Ms, 7)} ${pad(r.p99Ms, 7)} ${pad(r.maxMs, 7)} ${pad(r.joinP95Ms, 8)} ${pad(`${r.lastAckS} s`, 8)} ${pad(`${r.cpuSeconds} s (${r.cpuPercentOfOneCore}%)`, 16)} ${pad(`${r.peakRssMB} MB`, 8)}`,
    );
  }
  log('');
  for (const [name, r] of rows) {
    if ('error' in r) continue;
    const extras = [
      Object.keys(r.refused).length > 0 ? `refused ${JSON.stringify(r.refused)}` : '',
      Object.keys(r.joinErrors).length > 0 ? `join errors ${JSON.stringify(r.joinErrors)}` : '',
      r.noWelcome > 0 ? `${r.noWelcome} never welcomed` : '',
      r.dropped > 0 ? `${r.dropped} disconnected before their ack` : '',
      r.sameContent ? '' : 'the exported ballots differ from the acknowledged ones',
    ].filter(Boolean);
    log(
      `${name}: look-ups ${JSON.stringify(r.lookups)}, after restart ${JSON.stringify(r.lookupsAfterRestart)} (host sees ${r.hostReceivedAfterRestart} received); stop ${r.stop}${extras.length > 0 ? `; ${extras.join('; ')}` : ''}`,
    );
    log(
      `${' '.repeat(name.length)}  machine: ${r.machineBusyCores} cores busy, ${r.otherProcessesCores} by other processes, load average ${r.loadAverage.join(' → ')}; phone driver(s) ${r.clientCpuSeconds} s CPU, event-loop delay p99 ${r.clientLoopDelayP99Ms} ms, max ${r.clientLoopDelayMaxMs} ms; disk fdatasync p50 ${r.datasyncP50Ms} ms, max ${r.datasyncMaxMs} ms`,
    );
  }
  log('');
  const phones250 = results.phones250;
  if (phones250 && !('error' in phones250)) {
    const ok = phones250.acknowledged === phones250.phones && agrees(phones250) && phones250.p95Ms < TARGET.p95Ms;
    log(
      `${mark(ok)} phones250: ${phones250.acknowledged}/${phones250.phones} acknowledged, ${phones250.journaled} in the journal, p95 ${phones250.p95Ms} ms (target: all, p95 under ${TARGET.p95Ms} ms)`,
    );
  }
  const phones1000 = results.phones1000;
  if (phones1000 && !('error' in phones1000)) {
    const ok = phones1000.lost === 0 && agrees(phones1000);
    log(
      `${mark(ok)} phones1000: ${phones1000.lost} lost of ${phones1000.phones} (${phones1000.acknowledged} acknowledged, ${phones1000.journaled} in the journal after restart; target: none lost)`,
    );
  }
  const rooms = results.rooms30x30;
  if (rooms && !('error' in rooms)) {
    const ok = rooms.lost === 0 && agrees(rooms);
    log(
      `${mark(ok)} rooms30x30: ${rooms.lost} lost of ${rooms.phones} (${rooms.acknowledged} acknowledged, ${rooms.journaled} in the journal after restart)`,
    );
  }
  const measured = rows.filter(([, r]) => !('error' in r)) as [LoadName, LoadFigures][];
  if (measured.length > 0) {
    const peak = Math.max(...measured.map(([, r]) => r.peakRssMB));
    log(
      `${mark(peak < TARGET.peakRssMB)} peak RSS of the server: ${peak} MB at most (target: under ${TARGET.peakRssMB} MB)`,
    );
  }
  for (const [name, r] of rows) if ('error' in r) log(`✗ ${name}: did not run to the end (${r.error.split('\n')[0]})`);
  const busiest = Math.max(0, ...measured.map(([, r]) => r.otherProcessesCores));
  if (busiest > 0.5)
    log(
      `(other processes used up to ${busiest} cores of this machine during the windows: the latencies include waiting for a CPU)`,
    );
}

async function main(): Promise<void> {
  const mode = burst
    ? `phones join over ${windowMs / 1000} s, then all send at once`
    : `joins and ballots spread evenly over ${windowMs / 1000} s, each phone voting once welcomed`;
  log(
    `Démocratie et crustacés — live votes bench (${process.version}, ${entry.replace(ROOT, '')}, ${drivers === 0 ? 'phones in this process' : `phones in ${drivers} driver process${drivers > 1 ? 'es' : ''}`}${quick ? ', QUICK sizes' : ''})`,
  );
  log(
    `${mode}; look-ups: ${lookups === 'every' ? 'every phone' : lookups === 'room' ? "each room's first phone" : 'none'}; ${benchLimits ? 'server started with LIVE_LOOKUPS_PER_MINUTE=1000000 (all phones share 127.0.0.1)' : `the server's defaults per address: ${LiveLimits.lookupsPerMinute} attempts and ${LiveLimits.wrongCodesPerMinute} wrong codes a minute`}`,
  );
  log(
    `${warmup ? `each load after a warm-up of ${WARMUP_PHONES} phones in a room not counted; ` : ''}the journal is checked by an export after ${stopHow === 'kill' ? 'killing (SIGKILL)' : 'stopping (SIGTERM)'} and restarting the server`,
  );
  log('');
  const pool: Driver[] =
    drivers === 0 ? [inProcessDriver()] : await Promise.all(Array.from({ length: drivers }, () => childDriver()));
  const results: Partial<Record<LoadName, LoadFigures | { error: string }>> = {};
  let failed = false;
  try {
    for (const name of loads) {
      try {
        results[name] = await runLoad(name, pool);
      } catch (error) {
        failed = true;
        results[name] = { error: error instanceof Error ? error.message : String(error) };
        // A driver may still hold phones of the failed load.
        await Promise.all(pool.map((driver) => driver.leave().catch(() => undefined)));
      }
    }
  } finally {
    for (const driver of pool) driver.close();
  }
  if (json) console.log(JSON.stringify({ live: results }));
  else printTable(results);
  process.exitCode = failed ? 1 : 0;
}

await main();
