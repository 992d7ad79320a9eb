/**
 * Where phones can reach this computer: its network addresses, a free port, and the QR code
 * the terminal shows for the first one.
 */
import { createServer } from 'node:net';
import { networkInterfaces } from 'node:os';
import QRCode from 'qrcode';

const ANY = new Set(['0.0.0.0', '::', '']);

/** Non-internal IPv4 addresses first (what phones on the same Wi-Fi use), then loopback. */
export function reachableHosts(boundHost: string): string[] {
  if (!ANY.has(boundHost)) return [boundHost];
  const lan = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
  return [...new Set(lan), '127.0.0.1'];
}

export function baseAddresses(boundHost: string, port: number): string[] {
  return reachableHosts(boundHost).map((host) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`);
}

function canListen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** The first port from `start` on which `host` can listen (the next ones when it is taken). */
export async function firstFreePort(host: string, start: number, tries = 50): Promise<number> {
  for (let port = start; port < start + tries && port <= 65535; port++) if (await canListen(host, port)) return port;
  throw new Error(`no free port between ${start} and ${start + tries - 1} on ${host}`);
}

/** A QR code for the terminal (two rows per character, so it fits a laptop's screen). */
export function terminalQr(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'terminal', small: true, errorCorrectionLevel: 'M' });
}
