/** Loopback only: free ports and HTTP requests to the room servers these tests start. */

export { freePort } from '../../support/ports.ts';

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
