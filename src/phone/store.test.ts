import { describe, expect, it } from 'vitest';
import { LiveLimits } from '../live/protocol.ts';
import { deviceToken, isDeviceToken, keeper, newDeviceToken, readJson, writeJson } from './store.ts';

class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('device tokens', () => {
  it('are url-safe base64, long enough, and never the same', () => {
    const tokens = Array.from({ length: 200 }, () => newDeviceToken());
    for (const t of tokens) {
      expect(t).toMatch(/^[A-Za-z0-9_-]{32}$/);
      expect(isDeviceToken(t)).toBe(true);
      expect(t.length).toBeGreaterThanOrEqual(Math.max(22, LiveLimits.deviceTokenMin));
    }
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(newDeviceToken((b) => b.fill(255))).toBe('_'.repeat(32));
  });

  it('one per room, kept across page loads', () => {
    const storage = new MemoryStorage();
    const a = deviceToken(
      keeper(() => storage),
      'ABC234',
    );
    expect(
      deviceToken(
        keeper(() => storage),
        'ABC234',
      ),
    ).toBe(a);
    expect(
      deviceToken(
        keeper(() => storage),
        'XYZ789',
      ),
    ).not.toBe(a);
    expect(
      deviceToken(
        keeper(() => storage),
        'ABC234',
        true,
      ),
    ).not.toBe(a);
  });

  it('a damaged token is replaced', () => {
    const storage = new MemoryStorage();
    storage.setItem('crustaces.vote.device.ABC234', 'short');
    expect(
      isDeviceToken(
        deviceToken(
          keeper(() => storage),
          'ABC234',
        ),
      ),
    ).toBe(true);
  });
});

describe('storage', () => {
  it('refused storage falls back to memory, without throwing', () => {
    const refused = keeper(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    refused.set('x', '1');
    expect(refused.get('x')).toBe('1');
    refused.remove('x');
    expect(refused.get('x')).toBeNull();
    const t = deviceToken(refused, 'ABC234');
    expect(deviceToken(refused, 'ABC234')).toBe(t);
  });

  it('JSON in, JSON out; broken JSON reads as nothing', () => {
    const storage = new MemoryStorage();
    const keep = keeper(() => storage);
    writeJson(keep, 'draft.ABC234', { order: ['o1'] });
    expect(readJson(keep, 'draft.ABC234')).toEqual({ order: ['o1'] });
    storage.setItem('crustaces.vote.draft.ABC234', '{oops');
    expect(readJson(keep, 'draft.ABC234')).toBeUndefined();
    expect(readJson(keep, 'nothing')).toBeUndefined();
  });
});
