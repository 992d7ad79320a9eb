/**
 * The phones of the live bench: each one a colyseus.js Client with its own WebSocket, doing
 * what the phone page does — (look the code up,) join by id as a voter with its own device token,
 * wait for the Welcome, send one ballot, wait for the Ack — at the time its plan says.
 *
 * Runs in the bench process (`runPhones`) or in a child process started with `--driver`
 * (scripts/bench/live.ts forks one or two, so that the clients' own work is not measured as the
 * server's latency): the parent sends a `PhonePlan`, the child answers a `PhoneReport`, then
 * leaves every room and exits when told (or after a bounded time on its own).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Room } from 'colyseus.js';
import { ToClient, ToServer, type Ack, type BallotMessage, type Refusal } from '../../../src/live/protocol.ts';
import { ballotOf, deviceToken, HookedClient, leave, lookUp } from './client.ts';

export interface PlannedPhone {
  /** The phone's number in the whole load (its ballot depends on it). */
  readonly index: number;
  readonly code: string;
  /** When it opens the page (ms since epoch, this machine's clock). */
  readonly joinAt: number;
  /** When it sends its ballot; undefined: as soon as it is welcomed. */
  readonly sendAt?: number;
  /** Looks the code up (`GET /live/rooms/CODE`) before joining. */
  readonly lookUp: boolean;
}

export interface PhonePlan {
  readonly base: string;
  readonly phones: readonly PlannedPhone[];
  /** After this time (ms since epoch), a phone without its ack counts as lost. */
  readonly deadline: number;
}

export interface PhoneReport {
  /** Send → Ack, ms, one per acknowledged ballot. */
  readonly ackMs: number[];
  /** Start of the join (lookup included) → Welcome, ms. */
  readonly joinMs: number[];
  /** Ballots acknowledged, and among them those marked `replaced`. */
  readonly acked: number;
  readonly replaced: number;
  readonly sent: number;
  /** Indices of the phones whose ballot was acknowledged (to rebuild the expected box). */
  readonly ackedIndices: number[];
  readonly refused: Record<string, number>;
  readonly joinErrors: Record<string, number>;
  /** Phones joined but never welcomed before the deadline (they sent anyway after 5 s). */
  readonly noWelcome: number;
  /** Connections the server closed before the phone had its ack. */
  readonly dropped: number;
  readonly lookups: Record<string, number>;
  /** Time of the last ack (ms since epoch), 0 when none. */
  readonly lastAckAt: number;
  /** This process's event loop delay while the phones ran, and its CPU seconds (user + system). */
  readonly loopDelayP99Ms: number;
  readonly loopDelayMaxMs: number;
  readonly clientCpuSeconds: number;
}

const sleepUntil = (at: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1;
};

/** Runs the plan; resolves with the report once every phone has its ack or the deadline passed. */
export async function runPhones(plan: PhonePlan): Promise<{ report: PhoneReport; leaveAll: () => Promise<void> }> {
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const cpu0 = process.cpuUsage();
  const rooms: Room[] = [];
  const report = {
    ackMs: [] as number[],
    joinMs: [] as number[],
    acked: 0,
    replaced: 0,
    sent: 0,
    ackedIndices: [] as number[],
    refused: {} as Record<string, number>,
    joinErrors: {} as Record<string, number>,
    noWelcome: 0,
    dropped: 0,
    lookups: {} as Record<string, number>,
    lastAckAt: 0,
  };

  const phone = async (p: PlannedPhone): Promise<void> => {
    await sleepUntil(p.joinAt);
    const start = performance.now();
    let welcomed: () => void = () => undefined;
    const welcome = new Promise<void>((resolve) => (welcomed = resolve));
    let answered: () => void = () => undefined;
    const answer = new Promise<void>((resolve) => (answered = resolve));
    let sentAt = 0;
    let done = false;
    const client = new HookedClient(plan.base, (room) => {
      room.onMessage(ToClient.welcome, () => welcomed());
      room.onMessage<Ack>(ToClient.ack, (ack) => {
        if (done || ack.seq !== 1) return;
        done = true;
        report.ackMs.push(performance.now() - sentAt);
        report.acked++;
        report.ackedIndices.push(p.index);
        if (ack.status === 'replaced') report.replaced++;
        report.lastAckAt = Date.now();
        answered();
      });
      room.onMessage<Refusal>(ToClient.refused, (refusal) => {
        bump(report.refused, refusal.reason);
        if (refusal.seq === 1 || refusal.seq === undefined) {
          done = true;
          answered();
        }
      });
      room.onMessage('*', () => undefined);
      room.onLeave(() => {
        if (!done) {
          report.dropped++;
          done = true;
          answered();
        }
      });
    });
    if (p.lookUp) bump(report.lookups, String(await lookUp(plan.base, p.code)));
    let room: Room;
    try {
      room = await client.joinById(p.code, { role: 'voter', device: deviceToken() });
    } catch (error) {
      bump(report.joinErrors, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
      return;
    }
    rooms.push(room);
    const welcomedInTime = await Promise.race([
      welcome.then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    if (welcomedInTime) report.joinMs.push(performance.now() - start);
    else report.noWelcome++;
    if (done) return;
    if (p.sendAt !== undefined) await sleepUntil(p.sendAt);
    const message: BallotMessage = { seq: 1, ballot: ballotOf(p.index) };
    sentAt = performance.now();
    room.send(ToServer.ballot, message);
    report.sent++;
    await answer;
  };

  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, plan.deadline - Date.now()));
  });
  await Promise.race([
    Promise.all(plan.phones.map((p) => phone(p).catch((error: unknown) => bump(report.joinErrors, String(error))))),
    deadline,
  ]);
  clearTimeout(timer);
  loop.disable();
  const cpu = process.cpuUsage(cpu0);
  const final: PhoneReport = {
    ...report,
    ackMs: [...report.ackMs],
    loopDelayP99Ms: loop.percentile(99) / 1e6,
    loopDelayMaxMs: loop.max / 1e6,
    clientCpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  const leaveAll = async (): Promise<void> => {
    // A few at a time: a thousand leaves at once is a load of its own, not the one measured.
    for (let i = 0; i < rooms.length; i += 100) await Promise.all(rooms.slice(i, i + 100).map((room) => leave(room)));
  };
  return { report: final, leaveAll };
}

/** Messages between the bench and a driver process. */
export type ToDriver = { readonly type: 'run'; readonly plan: PhonePlan } | { readonly type: 'leave' };
export type FromDriver =
  { readonly type: 'ready' } | { readonly type: 'report'; readonly report: PhoneReport } | { readonly type: 'left' };

if (process.argv.includes('--driver') && process.send) {
  const send = (message: FromDriver): void => void process.send?.(message);
  // Stops by itself if the bench forgets it.
  setTimeout(() => process.exit(3), 20 * 60_000).unref();
  process.on('disconnect', () => process.exit(0));
  let leaveAll: (() => Promise<void>) | undefined;
  process.on('message', (message: ToDriver) => {
    if (message.type === 'run') {
      void runPhones(message.plan).then((result) => {
        leaveAll = result.leaveAll;
        send({ type: 'report', report: result.report });
      });
    } else if (message.type === 'leave') {
      const left = leaveAll?.() ?? Promise.resolve();
      leaveAll = undefined;
      void left.then(() => send({ type: 'left' }));
    }
  });
  send({ type: 'ready' });
}
