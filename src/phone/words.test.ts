import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REFUSALS } from '../live/protocol.ts';
import { LANGS, ordinal, pickLang, PROBLEM_KEYS, refusalText, say, wordTables } from './words.ts';

describe('the phone’s language', () => {
  it('is the first of the phone’s languages that is French or English, French otherwise', () => {
    expect(pickLang(['en-GB', 'fr-FR'])).toBe('en');
    expect(pickLang(['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(pickLang(['de', 'EN_us'])).toBe('en');
    expect(pickLang(['es', 'de'])).toBe('fr');
    expect(pickLang([])).toBe('fr');
    expect(pickLang(undefined)).toBe('fr');
  });
});

describe('words', () => {
  it('both languages have every word, none empty', () => {
    const { WORDS } = wordTables;
    expect(Object.keys(WORDS.en).sort()).toEqual(Object.keys(WORDS.fr).sort());
    for (const lang of LANGS)
      for (const [key, text] of Object.entries(WORDS[lang])) expect(text.trim(), `${lang} ${key}`).not.toBe('');
  });

  it('the same holes in both languages', () => {
    const { WORDS } = wordTables;
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(WORDS.fr) as (keyof typeof WORDS.fr)[])
      expect(holes(WORDS.en[key]), key).toEqual(holes(WORDS.fr[key]));
  });

  it('fills the holes', () => {
    expect(say('fr', 'moveUp', { name: 'Plage' })).toBe('Monter Plage');
    expect(say('en', 'ungradedMany', { n: 3, worst: 'Reject' })).toBe(
      '3 options have no grade: they will get “Reject”. Send anyway?',
    );
  });

  it('ordinals', () => {
    expect([1, 2, 10].map((n) => ordinal('fr', n))).toEqual(['1re', '2e', '10e']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map((n) => ordinal('en', n))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ]);
  });
});

describe('refusals', () => {
  it('every reason of the protocol has its own message in French and in English', () => {
    for (const lang of LANGS) {
      const texts = REFUSALS.map((reason) => wordTables.REFUSAL_WORDS[lang][reason]);
      for (const [i, text] of texts.entries()) expect(text?.trim(), `${lang} ${REFUSALS[i]}`).toBeTruthy();
      expect(new Set(texts).size, lang).toBe(REFUSALS.length);
    }
    expect(Object.keys(wordTables.REFUSAL_WORDS.fr).sort()).toEqual([...REFUSALS].sort());
    expect(Object.keys(wordTables.REFUSAL_WORDS.en).sort()).toEqual([...REFUSALS].sort());
  });

  it('every ballot problem has a phrase in both languages, said after the reason', () => {
    for (const lang of LANGS) {
      for (const key of PROBLEM_KEYS) {
        const text = refusalText(lang, 'bad-ballot', key);
        expect(text.startsWith(refusalText(lang, 'bad-ballot')), `${lang} ${key}`).toBe(true);
        expect(text.length, `${lang} ${key}`).toBeGreaterThan(refusalText(lang, 'bad-ballot').length + 5);
      }
    }
    expect(refusalText('en', 'bad-ballot', 'some.future.key')).toBe(refusalText('en', 'bad-ballot'));
  });

  it('the problem keys are all those the server’s ballot checks can name', () => {
    // Read as text: the phone's code (and its tests) must not import the classroom's checks.
    const sources = ['../classroom/ballots.ts', '../live/election.ts']
      .map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'))
      .join('\n');
    const named = new Set([...sources.matchAll(/key: '((?:classroom|live)\.ballot\.\w+)'/g)].map((m) => m[1]));
    expect(named.size).toBeGreaterThan(0);
    expect([...named].sort()).toEqual([...PROBLEM_KEYS].sort());
  });
});
