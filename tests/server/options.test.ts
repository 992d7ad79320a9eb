/** The room server's options: defaults, the environment, and bad options (exit code 2). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseOptions, type ServerOptions } from '../../server/options.ts';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const parse = (argv: string[], env: Record<string, string> = {}) => parseOptions(argv, env, '/srv/game');

describe('the room server’s options', () => {
  it('listens on every interface by default, with the data in ./live-data and 24 hours of retention', () => {
    expect(parse([])).toEqual({
      host: '0.0.0.0',
      port: undefined,
      dist: '/srv/game/dist',
      data: '/srv/game/live-data',
      redisUrl: undefined,
      retentionHours: 24,
      publicAddress: undefined,
      publicUrl: undefined,
      trustProxy: false,
      lookupsPerMinute: 1200,
      wrongCodesPerMinute: 20,
      writeDelayMs: 0,
    } satisfies ServerOptions);
  });

  it('takes options from the command line, then the environment', () => {
    const options = parse(
      [
        '--host',
        '127.0.0.1',
        '--port=8090',
        '--data',
        'votes',
        '--dist',
        '/tmp/d',
        '--trust-proxy',
        '--public-address',
        'vote.example.org/p1',
      ],
      {
        REDIS_URL: 'redis://127.0.0.1:6379',
        LIVE_RETENTION_HOURS: '2.5',
        LIVE_DATA_DIR: 'ignored-when-given',
        LIVE_PUBLIC_URL: 'https://vote.example.org/',
      },
    );
    expect(options).toMatchObject({
      host: '127.0.0.1',
      port: 8090,
      data: '/srv/game/votes',
      dist: '/tmp/d',
      redisUrl: 'redis://127.0.0.1:6379',
      retentionHours: 2.5,
      trustProxy: true,
      publicAddress: 'vote.example.org/p1',
      publicUrl: 'https://vote.example.org',
    });
    expect(parse([], { LIVE_DATA_DIR: '/var/lib/votes' })).toMatchObject({ data: '/var/lib/votes' });
    expect(parse([], { LIVE_LOOKUPS_PER_MINUTE: '5000', LIVE_WRONG_CODES_PER_MINUTE: '6' })).toMatchObject({
      lookupsPerMinute: 5000,
      wrongCodesPerMinute: 6,
    });
  });

  it('says what is wrong with a bad option', () => {
    expect(parse(['--port', 'eighty'])).toContain('--port must be a whole number');
    expect(parse(['--port', '70000'])).toContain('--port');
    expect(parse(['--port'])).toBe('--port needs a value');
    expect(parse(['--colour', 'red'])).toBe('unknown option "--colour"');
    expect(parse(['--host', 'a b'])).toContain('--host');
    expect(parse([], { LIVE_RETENTION_HOURS: '0' })).toContain('LIVE_RETENTION_HOURS');
    expect(parse([], { LIVE_RETENTION_HOURS: 'soon' })).toContain('LIVE_RETENTION_HOURS');
    expect(parse([], { REDIS_URL: 'localhost:6379' })).toContain('REDIS_URL');
    expect(parse([], { LIVE_LOOKUPS_PER_MINUTE: '-1' })).toContain('LIVE_LOOKUPS_PER_MINUTE');
    expect(parse([], { LIVE_WRONG_CODES_PER_MINUTE: 'many' })).toContain('LIVE_WRONG_CODES_PER_MINUTE');
    expect(parse([], { LIVE_WRONG_CODES_PER_MINUTE: '0' })).toContain('LIVE_WRONG_CODES_PER_MINUTE');
    expect(parse(['--public-address', 'http://x:1'])).toContain('--public-address');
  });

  it('exits with code 2 and a clear message on a bad option', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/main.ts', '--port', 'eighty'], {
      cwd: repo,
      encoding: 'utf8',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--port must be a whole number from 1 to 65535 (got "eighty")');
    expect(run.stderr).toContain('Usage:');
  });
});
