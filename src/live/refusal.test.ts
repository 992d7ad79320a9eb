import { describe, expect, it } from 'vitest';
import { JOIN_REFUSED_CODE, refusalOf, refusalText } from './refusal.ts';

describe('a refused create or join', () => {
  it('carries its refusal in the error message, read back by refusalOf', () => {
    const refusal = { reason: 'bad-setup', problem: { key: 'classroom.setup.tooFew', params: { min: 2 } } } as const;
    expect(refusalOf({ code: JOIN_REFUSED_CODE, message: refusalText(refusal) })).toEqual(refusal);
    expect(refusalOf({ code: JOIN_REFUSED_CODE, message: refusalText({ reason: 'room-full' }) })).toEqual({
      reason: 'room-full',
    });
  });

  it('is told apart from any other error', () => {
    expect(refusalOf(new Error('offline'))).toBeUndefined();
    expect(refusalOf({ code: 4212, message: '{"reason":"room-full"}' })).toBeUndefined();
    expect(refusalOf({ code: JOIN_REFUSED_CODE, message: 'not json' })).toBeUndefined();
    expect(refusalOf({ code: JOIN_REFUSED_CODE, message: '{"reason":"bored"}' })).toBeUndefined();
    expect(refusalOf(undefined)).toBeUndefined();
  });
});
