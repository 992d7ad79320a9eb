/**
 * Which words a player has met, so that the results never use a term before a chapter teaches
 * it. The rule is one number per term: the chapter whose own text first says it (chapter 1 asks
 * whether the dune has « la majorité » and stages a duel; chapter 4 names the Condorcet winner).
 * A player in chapter N knows every term of chapters 1 to N. Outside the chapters (sandbox,
 * classroom, a teacher's file) every term is known: the teacher chose the election.
 */
export type Term = 'majority' | 'duel' | 'condorcet';

/** The chapter that teaches each term (terms.test.ts checks the chapter's text says the word). */
export const TERM_CHAPTER: Readonly<Record<Term, number>> = {
  majority: 1,
  duel: 1,
  condorcet: 4,
};

export const ALL_TERMS: readonly Term[] = Object.keys(TERM_CHAPTER) as Term[];

/** The terms known in a chapter (undefined: not a chapter, every term). */
export function knownTerms(chapter: number | undefined): ReadonlySet<Term> {
  if (chapter === undefined) return new Set(ALL_TERMS);
  return new Set(ALL_TERMS.filter((term) => TERM_CHAPTER[term] <= chapter));
}
