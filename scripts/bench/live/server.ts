/**
 * The room server as the live bench sees it: a child process started exactly as in production
 * (`node --import tsx server/main.ts --host 127.0.0.1 --port P --data DIR`), on a free loopback
 * port, its output in a log file; and what Linux says about it (/proc/PID/stat, /proc/PID/status).
 * Every wait here is bounded.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LivePath } from '../../../src/live/protocol.ts';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const HOST = '127.0.0.1';

export interface RunningServer {
  readonly pid: number;
  readonly port: number;
  /** http://127.0.0.1:P, for fetch and for colyseus.js. */
  readonly base: string;
  readonly child: ChildProcess;
  readonly log: string;
  /** Resolves when the process has exited (with its code or signal). */
  readonly exited: Promise<string>;
}

interface StartOptions {
  readonly entry: string;
  readonly dataDir: string;
  readonly log: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

import { freePort } from '../../../tests/support/ports.ts';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function logTail(file: string, lines = 25): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** Live servers, so that an interrupted bench leaves none behind. */
const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/**
 * Starts the server and waits (bounded) until `GET /live/info` answers 200. Tries another port
 * when the first one was taken in between (up to 3 times).
 */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const out = openSync(options.log, 'a');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', options.entry, '--host', HOST, '--port', String(port), '--data', options.dataDir],
      {
        cwd: ROOT,
        stdio: ['ignore', out, out],
        env: { ...process.env, ...options.env },
      },
    );
    closeSync(out);
    running.add(child);
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => {
        running.delete(child);
        resolve(signal ?? `exit ${code}`);
      }),
    );
    let gone: string | undefined;
    void exited.then((how) => (gone = how));
    const base = `http://${HOST}:${port}`;
    const until = Date.now() + timeoutMs;
    while (Date.now() < until && gone === undefined) {
      try {
        const answer = await fetch(base + LivePath.info, { signal: AbortSignal.timeout(2000) });
        await answer.body?.cancel();
        if (answer.status === 200) return { pid: child.pid ?? -1, port, base, child, log: options.log, exited };
      } catch {
        // not listening yet
      }
      await sleep(150);
    }
    if (gone === undefined) {
      child.kill('SIGKILL');
      await exited;
      throw new Error(
        `the server did not answer GET ${LivePath.info} with 200 within ${timeoutMs / 1000} s; its log ends with:\n${logTail(options.log)}`,
      );
    }
    lastError = new Error(`the server stopped (${gone}) before answering; its log ends with:\n${logTail(options.log)}`);
    if (!/EADDRINUSE/.test(logTail(options.log, 60))) break;
  }
  throw lastError ?? new Error('the server did not start');
}

/**
 * Stops the server: SIGKILL (a crash: nothing it acknowledged may be lost, since an ack means
 * "durably stored") or SIGTERM (a clean stop, SIGKILL after `timeoutMs`).
 */
export async function stopServer(server: RunningServer, how: 'kill' | 'term', timeoutMs = 10_000): Promise<string> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return server.exited;
  server.child.kill(how === 'kill' ? 'SIGKILL' : 'SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), timeoutMs);
  const result = await server.exited;
  clearTimeout(timer);
  return result;
}

let ticks: number | undefined;
function clockTicks(): number {
  if (ticks === undefined) {
    const answer = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    const value = Number(answer.stdout?.trim());
    ticks = Number.isFinite(value) && value > 0 ? value : 100;
  }
  return ticks;
}

/** User + system CPU seconds the process (all its threads) has used so far, from /proc/PID/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name may hold spaces and parentheses: the fields start after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 (utime) and 15 (stime) of proc(5), counted from the pid; here from field 3.
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

function statusKB(pid: number, key: string): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const line = status.split('\n').find((l) => l.startsWith(`${key}:`));
  return line ? Number(line.split(/\s+/)[1]) : NaN;
}

/** Peak resident memory (VmHWM) of the process so far, MB. */
export const peakRssMB = (pid: number): number => Math.round(statusKB(pid, 'VmHWM') / 1024);

/** CPU ticks of the whole machine so far, busy (not idle nor waiting for I/O) and in all. */
function machineTicks(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const ticks = line.trim().split(/\s+/).slice(1).map(Number);
  // user nice system idle iowait irq softirq steal (guest time is already in user)
  const [user, nice, system, idle, iowait, irq, softirq, steal] = ticks;
  const total = user + nice + system + idle + iowait + irq + softirq + (steal || 0);
  return { busy: total - idle - iowait, total };
}

/**
 * How busy the machine is between `start()` and `stop()`: cores in use (all processes), for
 * telling the server's own latency from a shared machine's.
 */
export function machineMeter(): { stop(): { busyCores: number; seconds: number } } {
  const t0 = performance.now();
  const a = machineTicks();
  return {
    stop() {
      const b = machineTicks();
      const seconds = (performance.now() - t0) / 1000;
      return { busyCores: (b.busy - a.busy) / clockTicks() / seconds, seconds };
    },
  };
}

/** Milliseconds of small appends each followed by fdatasync in `dir`: the disk the journal waits for. */
export async function datasyncMs(dir: string, samples = 20): Promise<number[]> {
  const { open, rm } = await import('node:fs/promises');
  const path = `${dir}/.bench-datasync`;
  const handle = await open(path, 'w');
  const times: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const line = Buffer.from(`{"t":"ballot","device":"${i}","ballot":{"kind":"ranked","ranking":[["o1"],["o2"]]}}\n`);
      const start = performance.now();
      await handle.write(line);
      await handle.datasync();
      times.push(performance.now() - start);
    }
  } finally {
    await handle.close();
    await rm(path, { force: true });
  }
  return times;
}
