/**
 * A method's name as a noun inside a sentence, with its article in French: « le jugement
 * majoritaire », « la méthode de Borda », « l’approbation plurinominale ». The names of
 * src/voting (info.name) are titles: capitalised, bare, for headings, buttons and lists of
 * results. In running text French writes common nouns in lowercase, and a bare proper name
 * (« Schulze ») needs « la méthode de » to be a subject; a sentence that starts with one is
 * capitalised by whoever writes the sentence (capitalize). English keeps the usual forms of
 * each name in running text ("the Borda count", "majority judgment").
 * Pure: no DOM. A record over every MethodId, so a new method cannot be forgotten.
 */
import type { Lang } from './format.ts';
import type { MethodId } from '../voting/method.ts';

const NOUNS: Readonly<Record<MethodId, Readonly<Record<Lang, string>>>> = {
  'anti-plurality': { fr: 'le vote contre (anti-pluralité)', en: 'anti-plurality' },
  approval: { fr: 'le vote par approbation', en: 'approval voting' },
  baldwin: { fr: 'la méthode de Baldwin', en: 'Baldwin’s method' },
  black: { fr: 'la méthode de Black', en: 'Black’s method' },
  'bloc-approval': { fr: 'l’approbation plurinominale', en: 'bloc approval' },
  'bloc-plurality': { fr: 'le scrutin plurinominal majoritaire', en: 'bloc plurality' },
  borda: { fr: 'la méthode de Borda', en: 'the Borda count' },
  bucklin: { fr: 'la méthode de Bucklin', en: 'Bucklin voting' },
  'condorcet-loser': { fr: 'le perdant de Condorcet', en: 'the Condorcet loser' },
  'condorcet-winner': { fr: 'le vainqueur de Condorcet', en: 'the Condorcet winner' },
  coombs: { fr: 'la méthode de Coombs', en: 'Coombs’ method' },
  copeland: { fr: 'la méthode de Copeland', en: 'Copeland’s method' },
  dhondt: { fr: 'la proportionnelle à la plus forte moyenne (D’Hondt)', en: 'D’Hondt list proportional' },
  'french-municipal': { fr: 'le scrutin municipal français (prime majoritaire)', en: 'the French municipal system' },
  irv: { fr: 'le vote alternatif (second tour instantané)', en: 'instant-runoff voting' },
  'kemeny-young': { fr: 'la méthode de Kemeny-Young', en: 'the Kemeny–Young method' },
  'largest-remainder': { fr: 'la proportionnelle au plus fort reste', en: 'largest remainder (Hare)' },
  'majority-judgment': { fr: 'le jugement majoritaire', en: 'majority judgment' },
  minimax: { fr: 'la méthode minimax', en: 'minimax' },
  nanson: { fr: 'la méthode de Nanson', en: 'Nanson’s method' },
  plurality: { fr: 'le scrutin majoritaire à un tour', en: 'plurality (first past the post)' },
  'random-ballot': { fr: 'le bulletin tiré au sort', en: 'the random ballot' },
  'ranked-pairs': { fr: 'la méthode des paires classées (Tideman)', en: 'ranked pairs (Tideman)' },
  'sainte-lague': { fr: 'la proportionnelle de Sainte-Laguë', en: 'Sainte-Laguë list proportional' },
  schulze: { fr: 'la méthode de Schulze', en: 'the Schulze method' },
  score: { fr: 'le vote par notes (somme)', en: 'score voting' },
  'smith-set': { fr: 'l’ensemble de Smith', en: 'the Smith set' },
  sortition: { fr: 'le tirage au sort', en: 'sortition' },
  star: { fr: 'le vote STAR (notes puis second tour automatique)', en: 'STAR voting (score then automatic runoff)' },
  stv: { fr: 'le vote unique transférable (règles écossaises)', en: 'the single transferable vote (Scottish rules)' },
  'two-round': { fr: 'le scrutin à deux tours', en: 'the two-round system' },
};

/** The method as a noun in running text (the id itself for a method this game does not know). */
export function methodNoun(id: string, lang: Lang): string {
  return (NOUNS as Readonly<Record<string, Readonly<Record<Lang, string>>>>)[id]?.[lang] ?? id;
}
