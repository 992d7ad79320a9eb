/**
 * `npm start` (after `vite build`) and `npm run serve`: the game, the phone page and the live
 * vote rooms on one port. Prints every address phones on the same network can use and a QR
 * code of the first. Options: server/options.ts; deployment: docs/deployment.md.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LivePath } from '../src/live/protocol.ts';
import { startLiveServer, type LiveServer } from './live-server.ts';
import { log } from './log.ts';
import { terminalQr } from './network.ts';
import { parseOptions, USAGE } from './options.ts';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  console.log(USAGE);
  process.exit(0);
}

const options = parseOptions(args, process.env);
if (typeof options === 'string') {
  console.error(`Room server: ${options}.\n${USAGE}`);
  process.exit(2);
}

let server: LiveServer;
try {
  server = await startLiveServer(options);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  const taken = (error as NodeJS.ErrnoException).code === 'EADDRINUSE';
  console.error(
    taken
      ? `Room server: port ${options.port} is already in use on ${options.host}; choose another with --port.`
      : `Room server: could not start: ${message}`,
  );
  process.exit(1);
}

const [first, ...others] = server.addresses;
const lines = [
  '',
  'Démocratie et crustacés — the game and its live votes',
  `  Open the game on this computer:  ${server.addresses.find((a) => a.includes('127.0.0.1')) ?? first}/`,
  first.includes('127.0.0.1')
    ? '  Phones cannot reach this address: listen on 0.0.0.0 (the default) for phones on the same Wi-Fi.'
    : `  Phones on the same Wi-Fi:        ${first}/`,
  ...others.filter((a) => !a.includes('127.0.0.1')).map((a) => `                                  ${a}/`),
  `  Phones vote at ${first}${LivePath.vote}CODE (the host screen shows the code and its QR code).`,
  `  Port ${server.port}${options.port === undefined ? ' (8080 or the next free one)' : ''}; ballots ${options.redisUrl ? 'in Redis' : `in ${options.data}`}, deleted ${options.retentionHours} h after a vote closes.`,
];
if (!existsSync(join(options.dist, 'index.html')))
  lines.push(`  No built game in ${options.dist}: run "npm run build" (npm start does it).`);
console.log(lines.join('\n'));
if (!first.includes('127.0.0.1')) console.log(`  QR code of ${first}/ :\n${await terminalQr(`${first}/`)}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info(`${signal}: stopping`);
  await server.close().catch((error) => log.error('stopping failed', error));
  process.exit(0);
}
process.once('SIGINT', () => void stop('SIGINT'));
process.once('SIGTERM', () => void stop('SIGTERM'));
