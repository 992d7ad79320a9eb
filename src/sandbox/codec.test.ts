import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8 } from 'fflate';
import { decodeState, encodeState, MAX_CODE_LENGTH } from './codec.ts';
import { openLink, problemText } from './open.ts';
import { handMadeState, oneAxis, presetState } from './testing/states.ts';

/** A link made of any JSON value, as someone tampering with a link would make it. */
function linkOf(value: unknown): string {
  const bytes = deflateSync(strToU8(JSON.stringify(value)));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function refusal(code: string): { fr: string; en: string } {
  const opened = openLink(code);
  if (!('problems' in opened)) throw new Error('the link opened');
  return { fr: problemText(opened.problems[0], 'fr'), en: problemText(opened.problems[0], 'en') };
}

describe('sandbox links', () => {
  it('give back exactly the state they were made from', () => {
    for (const state of [
      handMadeState(),
      oneAxis(handMadeState()),
      presetState('spoiler'),
      presetState('non-monotonicity'),
    ]) {
      const code = encodeState(state);
      expect(code).toMatch(/^[A-Za-z0-9_-]+$/);
      const opened = openLink(code);
      if (!('state' in opened)) throw new Error(JSON.stringify(opened.problems));
      expect(opened.state).toEqual(state);
      expect(encodeState(opened.state)).toBe(code);
    }
  });

  it('stay short enough to share', () => {
    expect(encodeState(presetState('spoiler')).length).toBeLessThan(1200);
    expect(encodeState(handMadeState()).length).toBeLessThan(1200);
  });

  it('say when a link was cut short', () => {
    const code = encodeState(handMadeState());
    const cut = refusal(code.slice(0, Math.floor(code.length / 2)));
    expect(cut.en).toMatch(/damaged.*does not decompress|damaged: its content/);
    expect(cut.fr).toMatch(/abîmé/);
  });

  it('say when a link holds characters no link has', () => {
    const { fr, en } = refusal(`${encodeState(handMadeState())}%20é`);
    expect(en).toBe(
      'This link is damaged: it holds characters a shared link never has. It may have been cut short or changed.',
    );
    expect(fr).toMatch(/^Ce lien est abîmé\u00a0: il contient des caractères/);
  });

  it('say which value of a tampered link is wrong', () => {
    const state = handMadeState();
    const moved = { v: 1, ...state, flags: state.flags.map((f, i) => (i === 1 ? { ...f, position: [55, 150] } : f)) };
    const { fr, en } = refusal(linkOf(moved));
    expect(en).toBe('This link was changed: the value flags[1].position[1] is not possible in a sandbox.');
    expect(fr).toBe(
      'Ce lien a été modifié\u00a0: la valeur flags[1].position[1] n’est pas possible dans un bac à sable.',
    );
    expect(refusal(linkOf({ v: 1, ...state, crowds: [] })).en).toMatch(/the value crowds is not possible/);
    expect(refusal(linkOf([1, 2, 3])).en).toBe('This link was changed: it does not describe a sandbox.');
  });

  it('refuse a state that makes a broken scenario, with the scenario checks’ message', () => {
    const state = handMadeState();
    const twice = { v: 1, ...state, flags: state.flags.map((f) => ({ ...f, id: 'same' })) };
    const { en } = refusal(linkOf(twice));
    expect(en).toMatch(/same/);
    expect(en).toMatch(/options\[1\]\.id/);
  });

  it('say when a link comes from a newer game', () => {
    const { fr, en } = refusal(linkOf({ v: 7, ...handMadeState() }));
    expect(en).toBe('This link comes from a newer version of the game (format 7; this game reads format 1).');
    expect(fr).toMatch(/version plus récente du jeu \(format 7/);
  });

  it('refuse oversized links and decompression bombs before reading them', () => {
    expect(decodeState('A'.repeat(MAX_CODE_LENGTH + 1))).toEqual({
      problem: { key: 'sandbox.link.tooLong', params: { length: MAX_CODE_LENGTH + 1, limit: MAX_CODE_LENGTH } },
    });
    const bomb = linkOf({ v: 1, padding: ' '.repeat(2_000_000) });
    expect(bomb.length).toBeLessThan(MAX_CODE_LENGTH);
    expect(refusal(bomb).en).toMatch(/too much data/);
    expect(refusal('').en).toBe('This link holds no sandbox.');
  });
});
