/**
 * English verbs agree with the number of the names they follow: "Corail’s fritters leave the
 * race", "the dune leaves the race". Every English template that takes a name (every one whose
 * French puts grammar around a name, and every one that agrees in English) is rendered with a
 * singular, a plural (known as plural, like a scenario's option), a feminine and a vowel-initial
 * name, against sentences written by hand. English has neither gender in its verbs nor elision:
 * the feminine and vowel-initial names read exactly like the singular one. Templates do not say
 * it/he/she of a name (an option may be a person): they repeat the name or rephrase.
 */
import { describe, expect, it } from 'vitest';
import { messages } from './messages/index.ts';
import { formatTemplate } from './format.ts';
import type { NounGrammar } from './grammar.ts';
import type { StepParams } from '../voting/result.ts';
import { F, KNOWN, P, ROWS as EVENT_ROWS, S, V } from './testing/english-rows.ts';
import { WHY_ENGLISH_ROWS } from './testing/english-why-rows.ts';

const lookup = (text: string): NounGrammar | undefined => KNOWN[text];

const ROWS = [...EVENT_ROWS, ...WHY_ENGLISH_ROWS];

const render = (key: string, params: StepParams): string => formatTemplate(messages.en[key], params, 'en', lookup);

describe('English templates agree with the number of a name', () => {
  it('the table covers every template that takes a name in either language', () => {
    const named = Object.keys(messages.en).filter(
      (k) => /\{(de|à):|\{\w+:[^}]*\|/.test(messages.fr[k]) || /\{\w+:[^}]*\|/.test(messages.en[k]),
    );
    expect(ROWS.map(([key]) => key).sort()).toEqual(named.sort());
  });

  it('English templates agree in number only ({name:singular|plural}), never with a French form', () => {
    for (const [key, text] of Object.entries(messages.en)) {
      expect(text, key).not.toMatch(/\{(de|à):/);
      for (const m of text.matchAll(/\{(\w+):([^}]*)\}/g)) expect(m[2].split('|'), key).toHaveLength(2);
    }
  });

  describe.each(ROWS)('%s', (key, params, singular, plural) => {
    it('with a singular name', () => expect(render(key, params(S))).toBe(singular));
    it('with a plural name', () => expect(render(key, params(P))).toBe(plural));
    it.each([
      ['feminine', F],
      ['vowel-initial', V],
    ])('with a %s name, as the singular', (_, name) => {
      const expected = singular.replaceAll('The dune', name).replaceAll(S, name);
      expect(render(key, params(name))).toBe(expected);
    });
  });

  it('two names are plural together, one plural name is one candidate', () => {
    expect(render('stv.lastSeats', { elected: [S, F], count: 2 })).toBe(
      'There are as many seats left as candidates still in the race: the dune and Étrille are elected without more transfers.',
    );
    expect(render('irv.allTied', { round: 2, votes: 3, winners: [S, F], count: 2 })).toBe(
      'Round 2: every remaining candidate has 3 votes. The dune and Étrille win together.',
    );
    expect(render('irv.eliminated', { round: 1, eliminated: [P], votes: 2, count: 1 })).toBe(
      'Round 1: Corail’s fritters, with the fewest votes (2), leave the race; that candidate’s ballots move to their next choice.',
    );
  });
});
