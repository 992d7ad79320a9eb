import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_TERMS, knownTerms, TERM_CHAPTER, type Term } from './terms.ts';

const dir = new URL('../../../scenarios/', import.meta.url);
/** A chapter's French texts, all of them, as the player may read them. */
const frenchText = (n: number): string => {
  const file = readdirSync(dir).find((f) => f.startsWith(`chapter-${n}-`) && f.endsWith('.json'));
  const doc = JSON.parse(readFileSync(new URL(file as string, dir), 'utf8')) as {
    texts: { fr: Record<string, string> };
  };
  return Object.values(doc.texts.fr).join('\n');
};
/** The word that shows a chapter teaches the term. */
const WORD: Record<Term, RegExp> = { majority: /majorité/, duel: /\bduels?\b/, condorcet: /Condorcet/ };

describe('terms a chapter has taught', () => {
  it('grows with the chapters and holds every term outside them', () => {
    expect([...knownTerms(1)].sort()).toEqual(['duel', 'majority']);
    expect(knownTerms(3).has('condorcet')).toBe(false);
    expect(knownTerms(4).has('condorcet')).toBe(true);
    expect([...knownTerms(undefined)].sort()).toEqual([...ALL_TERMS].sort());
  });

  it('dates each term by the first chapter whose text says it', () => {
    for (const term of ALL_TERMS) {
      const first = TERM_CHAPTER[term];
      expect(frenchText(first), term).toMatch(WORD[term]);
      for (let n = 1; n < first; n++) expect(frenchText(n), `${term} in chapter ${n}`).not.toMatch(WORD[term]);
    }
  });
});
