/**
 * The embedded store on a real disk: group commit, replay, a torn last line after a crash,
 * retention, and one process per data directory.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLogSink } from '../../server/log.ts';
import { JournalStore } from '../../server/store/journal-store.ts';
import { journalStats } from '../../server/store/journal.ts';
import type { RoomRecord, RoomStatus } from '../../server/store/store.ts';
import { gradedBallot, graded } from './support/votes.ts';

const HOUR = 3_600_000;
const open: RoomStatus = { phase: 'open', allowChanges: false };
const record = (code: string): RoomRecord => ({
  code,
  setup: graded,
  hostKeyHash: 'hash',
  salt: 'salt',
  createdAt: Date.now(),
});

let dir: string;
let logs: string[];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'journal-test-'));
  logs = [];
  setLogSink((line) => logs.push(line));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

describe('the ballot journal', () => {
  it('writes 250 ballots arriving at once with far fewer fsyncs than ballots (group commit), every one on disk', async () => {
    const store = await JournalStore.open(dir, { retentionMs: HOUR });
    expect(await store.createRoom(record('ABCDEF'), open)).toBe(true);
    const before = { ...journalStats };
    await Promise.all(
      Array.from({ length: 250 }, (_, i) => store.putBallot('ABCDEF', `device-${i}`, gradedBallot(i), false)),
    );
    expect(journalStats.records - before.records).toBe(250);
    expect(journalStats.syncs - before.syncs).toBeLessThan(50);
    await store.close();
    const again = await JournalStore.open(dir, { retentionMs: HOUR });
    expect((await again.load('ABCDEF'))?.ballots.size).toBe(250);
    await again.close();
  });

  it('refuses a code it already has', async () => {
    const store = await JournalStore.open(dir, { retentionMs: HOUR });
    expect(await store.createRoom(record('ABCDEF'), open)).toBe(true);
    expect(await store.createRoom(record('ABCDEF'), open)).toBe(false);
    await store.close();
  });

  it('replays a room: the setup, the last phase, and each device’s last ballot', async () => {
    const store = await JournalStore.open(dir, { retentionMs: HOUR });
    await store.createRoom(record('ABCDEF'), open);
    await store.putBallot('ABCDEF', 'd1', gradedBallot(1), false);
    await store.setStatus('ABCDEF', { phase: 'open', allowChanges: true });
    await store.putBallot('ABCDEF', 'd1', gradedBallot(2), true);
    await store.putBallot('ABCDEF', 'd2', gradedBallot(3), true);
    await store.setStatus('ABCDEF', { phase: 'closed', allowChanges: true, closedAt: 1234 });
    await store.close();
    const room = await (await JournalStore.open(dir, { retentionMs: HOUR })).load('ABCDEF');
    expect(room?.record.setup).toEqual(graded);
    expect(room?.status).toEqual({ phase: 'closed', allowChanges: true, closedAt: 1234 });
    expect([...(room?.ballots ?? [])]).toEqual([
      ['d1', gradedBallot(2)],
      ['d2', gradedBallot(3)],
    ]);
  });

  it('ignores a torn last line (a crash mid-write) with a warning that quotes nothing, and appends cleanly after it', async () => {
    const store = await JournalStore.open(dir, { retentionMs: HOUR });
    await store.createRoom(record('ABCDEF'), open);
    for (let i = 0; i < 3; i++) await store.putBallot('ABCDEF', `d${i}`, gradedBallot(i), false);
    await store.close();
    const path = join(dir, 'rooms', 'ABCDEF.jsonl');
    await appendFile(path, '{"t":"ballot","device":"torn-secret","ballot":{"kind":"gra');
    const reopened = await JournalStore.open(dir, { retentionMs: HOUR });
    const room = await reopened.load('ABCDEF');
    expect(room?.ballots.size).toBe(3);
    expect(logs.some((l) => l.includes('torn last line'))).toBe(true);
    expect(logs.join('\n')).not.toContain('torn-secret');
    await reopened.putBallot('ABCDEF', 'd9', gradedBallot(9), false);
    await reopened.close();
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => JSON.parse(l) as unknown)).toHaveLength(5);
    expect((await (await JournalStore.open(dir, { retentionMs: HOUR })).load('ABCDEF'))?.ballots.size).toBe(4);
  });

  it('deletes rooms whose retention time is over, except the ones running (they delete themselves)', async () => {
    const store = await JournalStore.open(dir, { retentionMs: HOUR });
    await store.createRoom(record('AAAAAA'), open);
    await store.createRoom(record('BBBBBB'), open);
    await store.createRoom(record('CCCCCC'), open);
    await store.setStatus('BBBBBB', { phase: 'closed', allowChanges: false, closedAt: Date.now() - 2 * HOUR });
    expect(await store.sweep(Date.now(), () => false)).toEqual(['BBBBBB']);
    expect(await store.sweep(Date.now() + 2 * HOUR, (code) => code === 'CCCCCC')).toEqual(['AAAAAA']);
    expect(await store.codes()).toEqual(['CCCCCC']);
    expect(await store.load('AAAAAA')).toBeUndefined();
    await store.close();
  });

  it('is used by one process at a time; a lock left by a dead process is taken over', async () => {
    const store = await JournalStore.open(dir, { retentionMs: HOUR });
    const other = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `
      const { JournalStore } = await import(${JSON.stringify(new URL('../../server/store/journal-store.ts', import.meta.url).href)});
      await JournalStore.open(${JSON.stringify(dir)}, { retentionMs: 1 });`,
      ],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '--import tsx' } },
    );
    expect(other.status).not.toBe(0);
    expect(other.stderr).toContain('another room server');
    await store.close();
    const dead = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
    await writeFile(join(dir, 'server.lock'), dead.stdout.trim());
    const next = await JournalStore.open(dir, { retentionMs: HOUR });
    expect((await readFile(join(dir, 'server.lock'), 'utf8')).trim()).toBe(String(process.pid));
    await next.close();
  });
});
