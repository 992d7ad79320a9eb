import { describe, expect, it } from 'vitest';
import { pagePolicy, policyMeta, roomServerConnect, STATIC_CONNECT } from '../../build/csp.ts';

describe('the game’s Content-Security-Policy', () => {
  it('allows scripts from the game’s own origin only, never inline code or eval', () => {
    const policy = pagePolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*|https?:/);
    expect(policy).toContain(`connect-src ${STATIC_CONNECT.join(' ')};`);
    expect(policy).toContain("object-src 'none'");
  });

  it('keeps frame-ancestors for the header (a <meta> cannot carry it, and the browser complains)', () => {
    expect(policyMeta()).not.toContain('frame-ancestors');
    expect(pagePolicy(undefined, { header: true })).toContain("frame-ancestors 'self'");
  });

  it('narrows WebSockets to the host the page was served from, and LIVE_PUBLIC_URL’s', () => {
    expect(roomServerConnect('192.168.1.23:8080')).toEqual([
      "'self'",
      'ws://192.168.1.23:8080',
      'wss://192.168.1.23:8080',
    ]);
    expect(roomServerConnect('[::1]:9000')).toEqual(["'self'", 'ws://[::1]:9000', 'wss://[::1]:9000']);
    expect(roomServerConnect('127.0.0.1:8080', 'https://vote.example.org')).toEqual([
      "'self'",
      'ws://127.0.0.1:8080',
      'wss://127.0.0.1:8080',
      'ws://vote.example.org',
      'wss://vote.example.org',
    ]);
  });

  it('never echoes a forged Host header into the policy', () => {
    for (const host of [
      "evil.example; script-src 'unsafe-inline'",
      'a b',
      'host\r\nSet-Cookie: x=1',
      '*',
      'ws://x',
      '',
      'x'.repeat(300),
    ]) {
      expect(roomServerConnect(host), host).toEqual(["'self'"]);
    }
    expect(roomServerConnect(undefined)).toEqual(["'self'"]);
  });
});
