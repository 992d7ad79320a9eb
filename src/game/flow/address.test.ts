import { describe, expect, it } from 'vitest';
import { readAddress } from './router.ts';
import { isNoise } from '../ui/error-card.ts';
import { safetyMessages } from '../../i18n/messages/safety.ts';

describe('reading the address', () => {
  it('never throws on a bad percent-encoding, and says the address is malformed', () => {
    for (const hash of ['#%', '#%E0%A4%A', '#chapter/%', '#%ZZ', '#sandbox%']) {
      expect(() => readAddress(hash)).not.toThrow();
      expect(readAddress(hash)).toEqual({ kind: 'malformed', shown: hash });
    }
  });

  it('tells an address that leads nowhere from no address at all', () => {
    expect(readAddress('')).toEqual({ kind: 'none' });
    expect(readAddress('#')).toEqual({ kind: 'none' });
    expect(readAddress('#/ ')).toEqual({ kind: 'none' });
    expect(readAddress('#nowhere')).toEqual({ kind: 'unknown', shown: '#nowhere' });
    expect(readAddress('#chapter/123')).toEqual({ kind: 'unknown', shown: '#chapter/123' });
    expect(readAddress('#chapter/3')).toEqual({ kind: 'route', route: { kind: 'chapter', number: 3 } });
    expect(readAddress('#sandbox')).toEqual({ kind: 'route', route: { kind: 'sandbox' } });
    // Percent-encoded and valid: still a route.
    expect(readAddress('#chapter%2F2')).toEqual({ kind: 'route', route: { kind: 'chapter', number: 2 } });
  });

  it('shows a long or forged address shortened, without control characters or bidi overrides', () => {
    const long = readAddress(`#${'x'.repeat(5000)}`);
    expect(long.kind).toBe('unknown');
    expect(long.kind !== 'route' && long.kind !== 'none' && long.shown.length).toBe(61);
    const forged = readAddress('#a\u202Egnp.exe\u0000\u001b[31m');
    expect(forged.kind !== 'route' && forged.kind !== 'none' && forged.shown).toBe('#a\ufffdgnp.exe\ufffd\ufffd[31m');
  });
});

describe('the error card', () => {
  it('takes real errors seriously and ignores the browser’s layout warnings', () => {
    expect(isNoise('ResizeObserver loop completed with undelivered notifications.', undefined)).toBe(true);
    expect(isNoise('Uncaught TypeError: x is undefined', new TypeError('x is undefined'))).toBe(false);
    expect(isNoise('ResizeObserver loop', new Error('thrown by us'))).toBe(false);
  });

  it('has every text in French and English', () => {
    expect(Object.keys(safetyMessages.en).sort()).toEqual(Object.keys(safetyMessages.fr).sort());
    // French typography: a non-breaking space before the high punctuation, never a plain one.
    for (const text of Object.values(safetyMessages.fr)) expect(text).not.toMatch(/ [:;?!»]|« /);
  });
});
