/**
 * A Redis server of the test's own: a free loopback port, a temporary directory, persistence
 * on (every write fsynced before Redis answers), stopped at the end. No redis-server is a
 * failure that says how to install it, never a skipped test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './inbox.ts';
import { freePort } from './net.ts';

export interface TestRedis {
  readonly url: string;
  readonly port: number;
  /** One command through redis-cli (installed with redis-server). */
  cli(...args: string[]): string;
  stop(): Promise<void>;
}

export const REDIS_MISSING =
  'redis-server was not found (looked for /usr/bin/redis-server and on PATH). The scale-out test needs it: install it with ' +
  '"sudo apt-get install redis-server" (Debian, Ubuntu; .ci/run does it) or "brew install redis" (macOS), then run the tests again.';

function findRedis(): string | undefined {
  if (existsSync('/usr/bin/redis-server')) return '/usr/bin/redis-server';
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

function pings(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (data) => (socket.destroy(), resolve(data.toString().startsWith('+PONG'))));
    socket.once('error', () => resolve(false));
  });
}

export async function startRedis(): Promise<TestRedis> {
  const binary = findRedis();
  if (!binary) throw new Error(REDIS_MISSING);
  const dir = await mkdtemp(join(tmpdir(), 'live-redis-'));
  const port = await freePort();
  const args = [
    '--save',
    '',
    '--appendonly',
    'yes',
    '--appendfsync',
    'always',
    '--dir',
    dir,
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
  ];
  const proc = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  proc.stdout!.on('data', (c: Buffer) => output.push(c.toString()));
  proc.stderr!.on('data', (c: Buffer) => output.push(c.toString()));
  await eventually(
    async () => {
      if (proc.exitCode !== null) throw new Error(`redis-server exited (${proc.exitCode}):\n${output.join('')}`);
      return pings(port);
    },
    'redis-server answering',
    30_000,
  );
  const cliBinary = join(binary, '..', 'redis-cli');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    cli: (...command) =>
      spawnSync(existsSync(cliBinary) ? cliBinary : 'redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...command], {
        encoding: 'utf8',
      }).stdout.trim(),
    async stop() {
      if (proc.exitCode === null) {
        proc.kill('SIGTERM');
        await new Promise((resolve) => proc.once('exit', resolve));
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
