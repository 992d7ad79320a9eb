/**
 * The plain HTTP side of the room server: the built game, the phone page at /vote/CODE with
 * its assets, /live/info, and clear answers when nothing is built.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressAttempts } from '../../src/live/rate-limit.ts';
import { clientAddressOf, liveRoutes } from '../../server/http-routes.ts';
import { setLogSink } from '../../server/log.ts';

let root: string;
const servers: Server[] = [];

async function serve(dist: string): Promise<string> {
  const server = createServer(
    liveRoutes({
      dist,
      info: () => ({ addresses: ['http://192.168.1.2:8080'], retentionHours: 24 }),
      find: async (code) => (code === 'ABC234' ? 'found' : 'unknown'),
      attempts: new AddressAttempts(100, 100),
      clientAddress: clientAddressOf(false),
    }),
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function get(url: string, init?: RequestInit): Promise<{ status: number; text: string; headers: Headers }> {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text(), headers: response.headers };
}

beforeAll(async () => {
  setLogSink(() => undefined);
  root = await mkdtemp(join(tmpdir(), 'live-dist-'));
  const full = join(root, 'full');
  await mkdir(join(full, 'assets'), { recursive: true });
  await writeFile(join(full, 'index.html'), '<title>game</title>');
  await writeFile(join(full, 'vote.html'), '<title>vote</title><script src="./assets/vote-1a2b.js"></script>');
  await writeFile(join(full, 'assets', 'vote-1a2b.js'), 'console.log(1)');
  await writeFile(join(full, 'icon.svg'), '<svg/>');
  await mkdir(join(root, 'game-only'));
  await writeFile(join(root, 'game-only', 'index.html'), '<title>game</title>');
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  await rm(root, { recursive: true, force: true });
});

describe('the room server’s pages', () => {
  it('serves the game, and the phone page at /vote/CODE with its assets relative to it', async () => {
    const base = await serve(join(root, 'full'));
    const game = await get(`${base}/`);
    expect([game.status, game.text]).toEqual([200, '<title>game</title>']);
    expect(game.headers.get('cache-control')).toBe('no-cache');
    for (const path of ['/vote/ABC234', '/vote/abc-234', '/vote/', '/vote', '/vote/NOPE?x=1']) {
      const page = await get(`${base}${path}`);
      expect([path, page.status, page.text]).toEqual([
        path,
        200,
        '<title>vote</title><script src="./assets/vote-1a2b.js"></script>',
      ]);
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    }
    for (const path of ['/vote/assets/vote-1a2b.js', '/assets/vote-1a2b.js']) {
      const asset = await get(`${base}${path}`);
      expect([asset.status, asset.text]).toEqual([200, 'console.log(1)']);
      expect(asset.headers.get('cache-control')).toContain('immutable');
    }
    expect((await get(`${base}/vote/icon.svg`)).text).toBe('<svg/>');
    expect((await get(`${base}/vote/../../etc/passwd`)).status).toBe(404);
    expect((await get(`${base}/`, { method: 'POST' })).status).toBe(405);
  });

  it('answers /live/info and room look-ups as JSON that is never cached', async () => {
    const base = await serve(join(root, 'full'));
    const info = await get(`${base}/live/info`);
    expect(JSON.parse(info.text)).toEqual({ addresses: ['http://192.168.1.2:8080'], retentionHours: 24 });
    expect(info.headers.get('cache-control')).toBe('no-store');
    expect(JSON.parse((await get(`${base}/live/rooms/abc234`)).text)).toEqual({ code: 'ABC234' });
  });

  it('says what to do when the game or the phone page is not built, and still answers /live', async () => {
    const none = await serve(join(root, 'missing'));
    const page = await get(`${none}/`);
    expect(page.status).toBe(503);
    expect(page.text).toContain('npm run build');
    expect((await get(`${none}/vote/ABC234`)).status).toBe(503);
    expect((await get(`${none}/live/info`)).status).toBe(200);
    const gameOnly = await serve(join(root, 'game-only'));
    const phone = await get(`${gameOnly}/vote/ABC234`);
    expect(phone.status).toBe(404);
    expect(phone.text).toContain('phone page is not built');
  });
});
