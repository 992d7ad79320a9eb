/** Loopback only: free ports and HTTP requests to the room servers these tests start. */
import { createServer } from 'node:net';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function getJson(url: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`tests only reach loopback, not ${url}`);
  const response = await fetch(url);
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A page, not JSON.
  }
  return { status: response.status, body, headers: response.headers };
}
