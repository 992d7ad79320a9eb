/**
 * The room server's options: command line first, then the environment, then defaults. A
 * bad option is reported in a sentence (main.ts prints it and exits with code 2).
 */
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { LiveLimits } from '../src/live/protocol.ts';

export interface ServerOptions {
  /** Address to listen on: 0.0.0.0 (every interface) so that phones reach it. */
  readonly host: string;
  /** Undefined: 8080, or the next free port. */
  readonly port: number | undefined;
  /** The built game (vite build). */
  readonly dist: string;
  /** The ballot journals (without REDIS_URL). */
  readonly data: string;
  readonly redisUrl: string | undefined;
  readonly retentionHours: number;
  /** host:port[/path] by which clients reach this very process (several processes behind a proxy). */
  readonly publicAddress: string | undefined;
  /** The address phones are given (`GET /live/info`), when a proxy serves the rooms under a name. */
  readonly publicUrl: string | undefined;
  /** Take the client's address from X-Real-IP (set by the proxy) for the per-address limits. */
  readonly trustProxy: boolean;
  /** Look-ups and matchmaking calls per client address per minute, all together. */
  readonly lookupsPerMinute: number;
  /** Wrong codes (looked up or joined) per client address per minute; past them, the address is refused. */
  readonly wrongCodesPerMinute: number;
  /** Test hook (the fault test): every ballot write waits this long first. */
  readonly writeDelayMs: number;
}

export const USAGE = `Usage: npm start -- [--host ADDRESS] [--port N] [--dist DIR] [--data DIR] [--public-address HOST:PORT[/PATH]] [--trust-proxy]
Environment: REDIS_URL, LIVE_DATA_DIR, LIVE_RETENTION_HOURS (default ${LiveLimits.retentionHours}), LIVE_PUBLIC_ADDRESS, LIVE_PUBLIC_URL,
             LIVE_TRUST_PROXY=1, LIVE_LOOKUPS_PER_MINUTE (default ${LiveLimits.lookupsPerMinute}),
             LIVE_WRONG_CODES_PER_MINUTE (default ${LiveLimits.wrongCodesPerMinute}). See docs/deployment.md.`;

type Env = Readonly<Record<string, string | undefined>>;

const VALUED = ['--host', '--port', '--dist', '--data', '--public-address'] as const;
const HOSTNAME = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;

function positive(value: string, what: string, max: number): number | string {
  const n = Number(value);
  return value.trim() !== '' && Number.isFinite(n) && n > 0 && n <= max
    ? n
    : `${what} must be a number above 0 and at most ${max} (got "${value}")`;
}

/** The options, or a sentence saying what is wrong with them. */
export function parseOptions(argv: readonly string[], env: Env, cwd = process.cwd()): ServerOptions | string {
  const given = new Map<string, string>();
  let trustProxy = ['1', 'true', 'yes'].includes((env.LIVE_TRUST_PROXY ?? '').toLowerCase());
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--trust-proxy') {
      trustProxy = true;
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    if (!(VALUED as readonly string[]).includes(name)) return `unknown option "${arg}"`;
    const value = inline ?? argv[++i];
    if (value === undefined || value === '') return `${name} needs a value`;
    given.set(name, value);
  }
  const host = given.get('--host') ?? '0.0.0.0';
  if (!isIP(host) && !HOSTNAME.test(host)) return `--host must be an IP address or a host name (got "${host}")`;
  let port: number | undefined;
  const portText = given.get('--port');
  if (portText !== undefined) {
    port = Number(portText);
    if (!/^\d+$/.test(portText) || port < 1 || port > 65535)
      return `--port must be a whole number from 1 to 65535 (got "${portText}")`;
  }
  const retention = positive(
    env.LIVE_RETENTION_HOURS ?? String(LiveLimits.retentionHours),
    'LIVE_RETENTION_HOURS',
    24 * 365,
  );
  if (typeof retention === 'string') return retention;
  const lookups = positive(
    env.LIVE_LOOKUPS_PER_MINUTE ?? String(LiveLimits.lookupsPerMinute),
    'LIVE_LOOKUPS_PER_MINUTE',
    1_000_000,
  );
  if (typeof lookups === 'string') return lookups;
  const wrongCodes = positive(
    env.LIVE_WRONG_CODES_PER_MINUTE ?? String(LiveLimits.wrongCodesPerMinute),
    'LIVE_WRONG_CODES_PER_MINUTE',
    1_000_000,
  );
  if (typeof wrongCodes === 'string') return wrongCodes;
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/./.test(redisUrl))
    return `REDIS_URL must start with redis:// or rediss:// (got "${redisUrl}")`;
  const publicAddress = given.get('--public-address') ?? (env.LIVE_PUBLIC_ADDRESS || undefined);
  if (publicAddress !== undefined && /^[a-z]+:\/\//i.test(publicAddress))
    return `--public-address is HOST:PORT or HOST/PATH, without http:// or ws:// (got "${publicAddress}")`;
  const publicUrl = env.LIVE_PUBLIC_URL ? env.LIVE_PUBLIC_URL.replace(/\/+$/, '') : undefined;
  if (publicUrl !== undefined && !/^https?:\/\/./.test(publicUrl))
    return `LIVE_PUBLIC_URL must start with http:// or https:// (got "${env.LIVE_PUBLIC_URL}")`;
  const delay = Number(env.LIVE_TEST_WRITE_DELAY_MS ?? 0);
  return {
    host,
    port,
    dist: resolve(cwd, given.get('--dist') ?? 'dist'),
    data: resolve(cwd, given.get('--data') ?? (env.LIVE_DATA_DIR || 'live-data')),
    redisUrl,
    retentionHours: retention,
    publicAddress,
    publicUrl,
    trustProxy,
    lookupsPerMinute: Math.max(1, Math.floor(lookups)),
    wrongCodesPerMinute: Math.max(1, Math.floor(wrongCodes)),
    writeDelayMs: Number.isFinite(delay) && delay > 0 ? delay : 0,
  };
}
