import { describe, expect, it } from 'vitest';
import { encodeState } from '../../sandbox/codec.ts';
import { handMadeState } from '../../sandbox/testing/states.ts';
import { parseRoute } from '../flow/router.ts';
import { sandboxRoute, shareHash } from './route.ts';

describe('sandbox addresses', () => {
  it('name a preset, or carry a whole state whose case is kept', () => {
    expect(sandboxRoute('#sandbox')).toEqual({ kind: 'sandbox' });
    expect(sandboxRoute('#sandbox/')).toEqual({ kind: 'sandbox' });
    expect(sandboxRoute('#sandbox/Spoiler')).toEqual({ kind: 'sandbox', preset: 'spoiler' });
    expect(sandboxRoute('#bac-a-sable/clones')).toEqual({ kind: 'sandbox', preset: 'clones' });
    const code = encodeState(handMadeState());
    expect(sandboxRoute(shareHash(code))).toEqual({ kind: 'sandbox', code });
    expect(sandboxRoute('#chapter/2')).toBeUndefined();
    expect(sandboxRoute('#sandbox/a/b')).toBeUndefined();
  });

  it('are what the game’s router follows', () => {
    const code = encodeState(handMadeState());
    expect(parseRoute(shareHash(code))).toEqual({ kind: 'sandbox', code });
    expect(parseRoute('#sandbox/centre-squeeze')).toEqual({ kind: 'sandbox', preset: 'centre-squeeze' });
    expect(parseRoute('#sandbox')).toEqual({ kind: 'sandbox' });
  });
});
