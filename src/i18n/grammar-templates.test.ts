/**
 * Every French template that puts grammar around a name ({de:x}, {à:x}, {x:élu|élue|…}),
 * rendered with a masculine, a feminine, a plural and a vowel-initial name, against sentences
 * written by hand. No-break spaces are compared as spaces: this test is about grammar.
 */
import { describe, expect, it } from 'vitest';
import { messages } from './messages/index.ts';
import { formatTemplate } from './format.ts';
import type { NounGrammar } from './grammar.ts';
import type { StepParams } from '../voting/result.ts';
import { methodNoun } from './method-nouns.ts';
import { capitalize } from './grammar.ts';
import { METHOD_IDS } from '../voting/method.ts';
import { WHY_ROWS } from './testing/why-rows.ts';
import { methods } from '../voting/methods/index.ts';

const M = 'le buffet du courant';
const F = 'la soupe de Gamba';
const P = 'les crevettes roses';
const V = 'Éclair';
const KNOWN: Record<string, NounGrammar> = { [P]: { gender: 'f' }, [V]: { gender: 'm' }, Anatife: { gender: 'm' } };
const lookup = (text: string): NounGrammar | undefined => KNOWN[text];

type Row = readonly [
  key: string,
  params: (name: string) => StepParams,
  expected: readonly [m: string, f: string, p: string, v: string],
];

const list = (name: string): string[] => [name];

const ROWS: readonly Row[] = [
  // After an option's figure on a bar: the word agrees with the option, and stays lowercase.
  ['count.chart.out', (n) => ({ name: n }), ['· éliminé', '· éliminée', '· éliminées', '· éliminé']],
  ['count.chart.elected', (n) => ({ name: n }), ['· élu', '· élue', '· élues', '· élu']],
  [
    'board.gradeOf',
    (n) => ({ name: n }),
    ['Note du buffet du courant', 'Note de la soupe de Gamba', 'Note des crevettes roses', 'Note d’Éclair'],
  ],
  [
    'two-round.tiedFirst',
    (n) => ({ first: [n, n === V ? 'Anatife' : 'le phare'], votes: 4 }),
    [
      'Égalité en tête entre le buffet du courant et le phare (4 voix chacun) : chaque paire se retrouve en duel.',
      'Égalité en tête entre la soupe de Gamba et le phare (4 voix chacun) : chaque paire se retrouve en duel.',
      'Égalité en tête entre les crevettes roses et le phare (4 voix chacun) : chaque paire se retrouve en duel.',
      'Égalité en tête entre Éclair et Anatife (4 voix chacun) : chaque paire se retrouve en duel.',
    ],
  ],
  [
    'two-round.alone',
    (n) => ({ winner: n }),
    [
      'Un seul candidat : le buffet du courant gagne sans second tour.',
      'Un seul candidat : la soupe de Gamba gagne sans second tour.',
      'Un seul candidat : les crevettes roses gagnent sans second tour.',
      'Un seul candidat : Éclair gagne sans second tour.',
    ],
  ],
  [
    'two-round.runoff',
    (n) => ({ a: n, b: 'le phare', forA: 5, forB: 4, winner: n }),
    [
      'Duel le buffet du courant contre le phare : 5 votants préfèrent le buffet du courant, 4 préfèrent le phare. Le buffet du courant gagne ce duel.',
      'Duel la soupe de Gamba contre le phare : 5 votants préfèrent la soupe de Gamba, 4 préfèrent le phare. La soupe de Gamba gagne ce duel.',
      'Duel les crevettes roses contre le phare : 5 votants préfèrent les crevettes roses, 4 préfèrent le phare. Les crevettes roses gagnent ce duel.',
      'Duel Éclair contre le phare : 5 votants préfèrent Éclair, 4 préfèrent le phare. Éclair gagne ce duel.',
    ],
  ],
  [
    'two-round.tieBreakChosen',
    (n) => ({ chosen: list(n), count: 1 }),
    [
      'Retenu grâce au premier tour : le buffet du courant.',
      'Retenue grâce au premier tour : la soupe de Gamba.',
      'Retenues grâce au premier tour : les crevettes roses.',
      'Retenu grâce au premier tour : Éclair.',
    ],
  ],
  [
    'irv.majority',
    (n) => ({ round: 2, winner: n, votes: 7, quota: 6 }),
    [
      'Tour 2 : le buffet du courant a 7 voix, au moins la majorité (6). Le buffet du courant gagne.',
      'Tour 2 : la soupe de Gamba a 7 voix, au moins la majorité (6). La soupe de Gamba gagne.',
      'Tour 2 : les crevettes roses ont 7 voix, au moins la majorité (6). Les crevettes roses gagnent.',
      'Tour 2 : Éclair a 7 voix, au moins la majorité (6). Éclair gagne.',
    ],
  ],
  [
    'irv.eliminated',
    (n) => ({ round: 1, eliminated: list(n), votes: 2, count: 1 }),
    [
      'Tour 1 : le buffet du courant, avec le moins de voix (2), quitte la course ; ses bulletins passent au choix suivant.',
      'Tour 1 : la soupe de Gamba, avec le moins de voix (2), quitte la course ; ses bulletins passent au choix suivant.',
      'Tour 1 : les crevettes roses, avec le moins de voix (2), quittent la course ; leurs bulletins passent au choix suivant.',
      'Tour 1 : Éclair, avec le moins de voix (2), quitte la course ; ses bulletins passent au choix suivant.',
    ],
  ],
  [
    'irv.allTied',
    (n) => ({ round: 3, votes: 4, winners: list(n), count: 1 }),
    [
      'Tour 3 : tous les candidats restants ont 4 voix. Le buffet du courant gagne.',
      'Tour 3 : tous les candidats restants ont 4 voix. La soupe de Gamba gagne.',
      'Tour 3 : tous les candidats restants ont 4 voix. Les crevettes roses gagnent.',
      'Tour 3 : tous les candidats restants ont 4 voix. Éclair gagne.',
    ],
  ],
  [
    'irv.tieBreakChosen',
    (n) => ({ chosen: list(n), count: 1 }),
    [
      'Retenu grâce aux tours précédents : le buffet du courant.',
      'Retenue grâce aux tours précédents : la soupe de Gamba.',
      'Retenues grâce aux tours précédents : les crevettes roses.',
      'Retenu grâce aux tours précédents : Éclair.',
    ],
  ],
  [
    'irv.tieBreakNever',
    (n) => ({ candidates: [n, n === M ? 'le phare' : n === V ? 'Anatife' : 'la dune'] }),
    [
      'Le buffet du courant et le phare n’ont été séparés à aucun tour.',
      'La soupe de Gamba et la dune n’ont été séparées à aucun tour.',
      'Les crevettes roses et la dune n’ont été séparées à aucun tour.',
      'Éclair et Anatife n’ont été séparés à aucun tour.',
    ],
  ],
  [
    'coombs.majority',
    (n) => ({ round: 1, winner: n, votes: 7, quota: 6 }),
    [
      'Tour 1 : le buffet du courant a 7 voix en premier choix, au moins la majorité (6). Le buffet du courant gagne.',
      'Tour 1 : la soupe de Gamba a 7 voix en premier choix, au moins la majorité (6). La soupe de Gamba gagne.',
      'Tour 1 : les crevettes roses ont 7 voix en premier choix, au moins la majorité (6). Les crevettes roses gagnent.',
      'Tour 1 : Éclair a 7 voix en premier choix, au moins la majorité (6). Éclair gagne.',
    ],
  ],
  [
    'coombs.eliminated',
    (n) => ({ round: 2, eliminated: list(n), lastVotes: 5, count: 1 }),
    [
      'Tour 2 : personne n’a la majorité ; le buffet du courant, classé dernier le plus souvent (5 fois), quitte la course.',
      'Tour 2 : personne n’a la majorité ; la soupe de Gamba, classée dernière le plus souvent (5 fois), quitte la course.',
      'Tour 2 : personne n’a la majorité ; les crevettes roses, classées dernières le plus souvent (5 fois), quittent la course.',
      'Tour 2 : personne n’a la majorité ; Éclair, classé dernier le plus souvent (5 fois), quitte la course.',
    ],
  ],
  [
    'coombs.allTied',
    (n) => ({ round: 2, lastVotes: 3, winners: list(n), count: 1 }),
    [
      'Tour 2 : tous les candidats restants sont derniers 3 fois. Le buffet du courant gagne.',
      'Tour 2 : tous les candidats restants sont derniers 3 fois. La soupe de Gamba gagne.',
      'Tour 2 : tous les candidats restants sont derniers 3 fois. Les crevettes roses gagnent.',
      'Tour 2 : tous les candidats restants sont derniers 3 fois. Éclair gagne.',
    ],
  ],
  [
    'bucklin.reached',
    (n) => ({ round: 2, reached: list(n), count: 1, quota: 6 }),
    [
      'Tour 2 : le buffet du courant atteint la majorité (6).',
      'Tour 2 : la soupe de Gamba atteint la majorité (6).',
      'Tour 2 : les crevettes roses atteignent la majorité (6).',
      'Tour 2 : Éclair atteint la majorité (6).',
    ],
  ],
  [
    'baldwin.eliminated',
    (n) => ({ round: 1, eliminated: list(n), points: 3, count: 1 }),
    [
      'Tour 1 : le buffet du courant, avec le moins de points (3), quitte la course.',
      'Tour 1 : la soupe de Gamba, avec le moins de points (3), quitte la course.',
      'Tour 1 : les crevettes roses, avec le moins de points (3), quittent la course.',
      'Tour 1 : Éclair, avec le moins de points (3), quitte la course.',
    ],
  ],
  [
    'baldwin.allTied',
    (n) => ({ round: 2, points: 1, winners: list(n), count: 1 }),
    [
      'Tour 2 : tous les candidats restants ont 1 point. Le buffet du courant gagne.',
      'Tour 2 : tous les candidats restants ont 1 point. La soupe de Gamba gagne.',
      'Tour 2 : tous les candidats restants ont 1 point. Les crevettes roses gagnent.',
      'Tour 2 : tous les candidats restants ont 1 point. Éclair gagne.',
    ],
  ],
  [
    'nanson.eliminated',
    (n) => ({ round: 1, mean: 2.5, eliminated: list(n), count: 1 }),
    [
      'Tour 1 : à la moyenne (2,5) ou en dessous, le buffet du courant quitte la course.',
      'Tour 1 : à la moyenne (2,5) ou en dessous, la soupe de Gamba quitte la course.',
      'Tour 1 : à la moyenne (2,5) ou en dessous, les crevettes roses quittent la course.',
      'Tour 1 : à la moyenne (2,5) ou en dessous, Éclair quitte la course.',
    ],
  ],
  [
    'nanson.allTied',
    (n) => ({ round: 2, points: 2, winners: list(n), count: 1 }),
    [
      'Tour 2 : tous les candidats restants ont 2 points, la moyenne. Le buffet du courant gagne.',
      'Tour 2 : tous les candidats restants ont 2 points, la moyenne. La soupe de Gamba gagne.',
      'Tour 2 : tous les candidats restants ont 2 points, la moyenne. Les crevettes roses gagnent.',
      'Tour 2 : tous les candidats restants ont 2 points, la moyenne. Éclair gagne.',
    ],
  ],
  [
    'copeland.duels',
    (n) => ({ name: n, won: 2, tied: 1, lost: 0, score: 2.5 }),
    [
      'Le buffet du courant gagne 2 duels, fait 1 match nul et perd 0 duel : score 2,5.',
      'La soupe de Gamba gagne 2 duels, fait 1 match nul et perd 0 duel : score 2,5.',
      'Les crevettes roses gagnent 2 duels, font 1 match nul et perdent 0 duel : score 2,5.',
      'Éclair gagne 2 duels, fait 1 match nul et perd 0 duel : score 2,5.',
    ],
  ],
  [
    'copeland.winners',
    (n) => ({ winners: list(n), score: 3, count: 1 }),
    [
      'Le buffet du courant a le meilleur score (3) et gagne.',
      'La soupe de Gamba a le meilleur score (3) et gagne.',
      'Les crevettes roses ont le meilleur score (3) et gagnent.',
      'Éclair a le meilleur score (3) et gagne.',
    ],
  ],
  [
    'condorcet-winner.fails',
    (n) => ({ name: n, by: ['le phare'] }),
    [
      'Le buffet du courant ne bat pas le phare : il n’est donc pas le vainqueur de Condorcet.',
      'La soupe de Gamba ne bat pas le phare : elle n’est donc pas le vainqueur de Condorcet.',
      'Les crevettes roses ne battent pas le phare : elles ne sont donc pas le vainqueur de Condorcet.',
      'Éclair ne bat pas le phare : il n’est donc pas le vainqueur de Condorcet.',
    ],
  ],
  [
    'condorcet-winner.found',
    (n) => ({ winner: n, rivals: 2 }),
    [
      'Le buffet du courant gagne tous ses duels (2 duels) : c’est le vainqueur de Condorcet.',
      'La soupe de Gamba gagne tous ses duels (2 duels) : c’est le vainqueur de Condorcet.',
      'Les crevettes roses gagnent tous leurs duels (2 duels) : c’est le vainqueur de Condorcet.',
      'Éclair gagne tous ses duels (2 duels) : c’est le vainqueur de Condorcet.',
    ],
  ],
  [
    'condorcet-loser.escapes',
    (n) => ({ name: n, against: ['le phare'] }),
    [
      'Le buffet du courant n’est pas battu par le phare : il n’est donc pas le perdant de Condorcet.',
      'La soupe de Gamba n’est pas battue par le phare : elle n’est donc pas le perdant de Condorcet.',
      'Les crevettes roses ne sont pas battues par le phare : elles ne sont donc pas le perdant de Condorcet.',
      'Éclair n’est pas battu par le phare : il n’est donc pas le perdant de Condorcet.',
    ],
  ],
  [
    'condorcet-loser.found',
    (n) => ({ loser: n, rivals: 3 }),
    [
      'Le buffet du courant perd tous ses duels (3 duels) : c’est le perdant de Condorcet.',
      'La soupe de Gamba perd tous ses duels (3 duels) : c’est le perdant de Condorcet.',
      'Les crevettes roses perdent tous leurs duels (3 duels) : c’est le perdant de Condorcet.',
      'Éclair perd tous ses duels (3 duels) : c’est le perdant de Condorcet.',
    ],
  ],
  [
    'minimax.worst',
    (n) => ({ name: n, score: 2, by: ['le phare'] }),
    [
      'La pire défaite du buffet du courant est de 2 voix d’écart, contre le phare.',
      'La pire défaite de la soupe de Gamba est de 2 voix d’écart, contre le phare.',
      'La pire défaite des crevettes roses est de 2 voix d’écart, contre le phare.',
      'La pire défaite d’Éclair est de 2 voix d’écart, contre le phare.',
    ],
  ],
  [
    'minimax.unbeaten',
    (n) => ({ name: n }),
    [
      'Le buffet du courant ne perd aucun duel : score 0.',
      'La soupe de Gamba ne perd aucun duel : score 0.',
      'Les crevettes roses ne perdent aucun duel : score 0.',
      'Éclair ne perd aucun duel : score 0.',
    ],
  ],
  [
    'minimax.winners',
    (n) => ({ winners: list(n), score: 1, count: 1 }),
    [
      'Le buffet du courant a la pire défaite la plus légère (1) et gagne.',
      'La soupe de Gamba a la pire défaite la plus légère (1) et gagne.',
      'Les crevettes roses ont la pire défaite la plus légère (1) et gagnent.',
      'Éclair a la pire défaite la plus légère (1) et gagne.',
    ],
  ],
  [
    'schulze.unbeaten',
    (n) => ({ name: n }),
    [
      'Contre chaque rival, le buffet du courant a une chaîne au moins aussi solide que celle du rival contre lui.',
      'Contre chaque rival, la soupe de Gamba a une chaîne au moins aussi solide que celle du rival contre elle.',
      'Contre chaque rival, les crevettes roses ont une chaîne au moins aussi solide que celle du rival contre elles.',
      'Contre chaque rival, Éclair a une chaîne au moins aussi solide que celle du rival contre lui.',
    ],
  ],
  [
    'schulze.beaten',
    (n) => ({ by: n, name: 'le phare', path: 'X', strength: 5, against: 4 }),
    [
      'Le buffet du courant devance le phare : sa meilleure chaîne vers le phare (X) a une force de 5, contre 4 pour la meilleure chaîne en sens inverse.',
      'La soupe de Gamba devance le phare : sa meilleure chaîne vers le phare (X) a une force de 5, contre 4 pour la meilleure chaîne en sens inverse.',
      'Les crevettes roses devancent le phare : leur meilleure chaîne vers le phare (X) a une force de 5, contre 4 pour la meilleure chaîne en sens inverse.',
      'Éclair devance le phare : sa meilleure chaîne vers le phare (X) a une force de 5, contre 4 pour la meilleure chaîne en sens inverse.',
    ],
  ],
  [
    'schulze.winners',
    (n) => ({ winners: list(n), count: 1 }),
    [
      'Le buffet du courant n’est devancé par personne et gagne.',
      'La soupe de Gamba n’est devancée par personne et gagne.',
      'Les crevettes roses ne sont devancées par personne et gagnent.',
      'Éclair n’est devancé par personne et gagne.',
    ],
  ],
  [
    'black.condorcet',
    (n) => ({ winner: n }),
    [
      'Le buffet du courant bat chacun des autres candidats en duel : c’est le vainqueur de Condorcet, et il gagne.',
      'La soupe de Gamba bat chacun des autres candidats en duel : c’est le vainqueur de Condorcet, et elle gagne.',
      'Les crevettes roses battent chacun des autres candidats en duel : c’est le vainqueur de Condorcet, et elles gagnent.',
      'Éclair bat chacun des autres candidats en duel : c’est le vainqueur de Condorcet, et il gagne.',
    ],
  ],
  [
    'black.winners',
    (n) => ({ winners: list(n), points: 6, count: 1 }),
    [
      'Le buffet du courant a le plus de points (6) et gagne.',
      'La soupe de Gamba a le plus de points (6) et gagne.',
      'Les crevettes roses ont le plus de points (6) et gagnent.',
      'Éclair a le plus de points (6) et gagne.',
    ],
  ],
  [
    'kemeny-young.winners',
    (n) => ({ winners: list(n), score: 12, count: 1 }),
    [
      'Le buffet du courant est en tête d’un classement de score 12 et gagne.',
      'La soupe de Gamba est en tête d’un classement de score 12 et gagne.',
      'Les crevettes roses sont en tête d’un classement de score 12 et gagnent.',
      'Éclair est en tête d’un classement de score 12 et gagne.',
    ],
  ],
  [
    'ranked-pairs.condorcet',
    (n) => ({ winner: n }),
    [
      'Le buffet du courant bat chacun des autres candidats en duel : c’est le vainqueur de Condorcet, il gagne sans autre calcul.',
      'La soupe de Gamba bat chacun des autres candidats en duel : c’est le vainqueur de Condorcet, elle gagne sans autre calcul.',
      'Les crevettes roses battent chacun des autres candidats en duel : c’est le vainqueur de Condorcet, elles gagnent sans autre calcul.',
      'Éclair bat chacun des autres candidats en duel : c’est le vainqueur de Condorcet, il gagne sans autre calcul.',
    ],
  ],
  [
    'ranked-pairs.lock',
    (n) => ({ winner: n, loser: 'le phare', margin: 3 }),
    [
      'On valide la victoire du buffet du courant sur le phare (écart 3).',
      'On valide la victoire de la soupe de Gamba sur le phare (écart 3).',
      'On valide la victoire des crevettes roses sur le phare (écart 3).',
      'On valide la victoire d’Éclair sur le phare (écart 3).',
    ],
  ],
  [
    'ranked-pairs.skip',
    (n) => ({ winner: n, loser: 'le phare', margin: 1, path: 'X > Y' }),
    [
      'On saute la victoire du buffet du courant sur le phare (écart 1) : la chaîne déjà validée X > Y la contredit, cela fermerait un cercle.',
      'On saute la victoire de la soupe de Gamba sur le phare (écart 1) : la chaîne déjà validée X > Y la contredit, cela fermerait un cercle.',
      'On saute la victoire des crevettes roses sur le phare (écart 1) : la chaîne déjà validée X > Y la contredit, cela fermerait un cercle.',
      'On saute la victoire d’Éclair sur le phare (écart 1) : la chaîne déjà validée X > Y la contredit, cela fermerait un cercle.',
    ],
  ],
  [
    'ranked-pairs.winners',
    (n) => ({ winners: list(n), count: 1 }),
    ['Le buffet du courant gagne.', 'La soupe de Gamba gagne.', 'Les crevettes roses gagnent.', 'Éclair gagne.'],
  ],
  [
    'approval.winners',
    (n) => ({ approvals: 9, winners: list(n) }),
    [
      'Le plus d’approbations (9) va au buffet du courant.',
      'Le plus d’approbations (9) va à la soupe de Gamba.',
      'Le plus d’approbations (9) va aux crevettes roses.',
      'Le plus d’approbations (9) va à Éclair.',
    ],
  ],
  [
    'score.winners',
    (n) => ({ sum: 31, winners: list(n) }),
    [
      'Le plus gros total (31) revient au buffet du courant.',
      'Le plus gros total (31) revient à la soupe de Gamba.',
      'Le plus gros total (31) revient aux crevettes roses.',
      'Le plus gros total (31) revient à Éclair.',
    ],
  ],
  [
    'star.finalists',
    (n) => ({ first: list(n), second: ['le phare'] }),
    [
      'Le buffet du courant a le meilleur total et le phare le deuxième : il affronte le buffet du courant au second tour automatique.',
      'La soupe de Gamba a le meilleur total et le phare le deuxième : il affronte la soupe de Gamba au second tour automatique.',
      'Les crevettes roses ont le meilleur total et le phare le deuxième : il affronte les crevettes roses au second tour automatique.',
      'Éclair a le meilleur total et le phare le deuxième : il affronte Éclair au second tour automatique.',
    ],
  ],
  [
    'star.tieRunoffScore',
    (n) => ({ x: n, y: 'le phare', forX: 4, forY: 4, sumX: 20, sumY: 18, winners: list(n) }),
    [
      'Second tour le buffet du courant contre le phare à égalité (4 contre 4) : la règle officielle donne la victoire au meilleur total (20 contre 18), donc au buffet du courant.',
      'Second tour la soupe de Gamba contre le phare à égalité (4 contre 4) : la règle officielle donne la victoire au meilleur total (20 contre 18), donc à la soupe de Gamba.',
      'Second tour les crevettes roses contre le phare à égalité (4 contre 4) : la règle officielle donne la victoire au meilleur total (20 contre 18), donc aux crevettes roses.',
      'Second tour Éclair contre le phare à égalité (4 contre 4) : la règle officielle donne la victoire au meilleur total (20 contre 18), donc à Éclair.',
    ],
  ],
  [
    'majority-judgment.winner',
    (n) => ({ median: '« Bien »', winners: list(n) }),
    [
      'La meilleure médiane (« Bien ») est celle du buffet du courant, qui gagne.',
      'La meilleure médiane (« Bien ») est celle de la soupe de Gamba, qui gagne.',
      'La meilleure médiane (« Bien ») est celle des crevettes roses, qui gagnent.',
      'La meilleure médiane (« Bien ») est celle d’Éclair, qui gagne.',
    ],
  ],
  [
    'majority-judgment.gaugeWinner',
    (n) => ({ key: 2, winners: list(n) }),
    [
      'La meilleure valeur de départage (2) revient au buffet du courant.',
      'La meilleure valeur de départage (2) revient à la soupe de Gamba.',
      'La meilleure valeur de départage (2) revient aux crevettes roses.',
      'La meilleure valeur de départage (2) revient à Éclair.',
    ],
  ],
  [
    'majority-judgment.tieStart',
    (n) => ({ tied: [n, 'le phare'] }),
    [
      'Règle officielle (itérative) : on retire une note médiane au buffet du courant et au phare, puis une autre, jusqu’à ce que leurs médianes diffèrent.',
      'Règle officielle (itérative) : on retire une note médiane à la soupe de Gamba et au phare, puis une autre, jusqu’à ce que leurs médianes diffèrent.',
      'Règle officielle (itérative) : on retire une note médiane aux crevettes roses et au phare, puis une autre, jusqu’à ce que leurs médianes diffèrent.',
      'Règle officielle (itérative) : on retire une note médiane à Éclair et au phare, puis une autre, jusqu’à ce que leurs médianes diffèrent.',
    ],
  ],
  [
    'majority-judgment.tieDecided',
    (n) => ({ removed: 2, winners: list(n) }),
    [
      'Les médianes diffèrent après 2 retraits : le buffet du courant l’emporte.',
      'Les médianes diffèrent après 2 retraits : la soupe de Gamba l’emporte.',
      'Les médianes diffèrent après 2 retraits : les crevettes roses l’emportent.',
      'Les médianes diffèrent après 2 retraits : Éclair l’emporte.',
    ],
  ],
  [
    'random-ballot.drawn',
    (n) => ({ voter: 7, ballot: 'X > Y', winner: n }),
    [
      'Bulletin n° 7 tiré : X > Y. Le buffet du courant, son premier choix, gagne.',
      'Bulletin n° 7 tiré : X > Y. La soupe de Gamba, son premier choix, gagne.',
      'Bulletin n° 7 tiré : X > Y. Les crevettes roses, son premier choix, gagnent.',
      'Bulletin n° 7 tiré : X > Y. Éclair, son premier choix, gagne.',
    ],
  ],
  [
    'stv.elected',
    (n) => ({ stage: 2, elected: list(n), votes: 12.5, count: 1 }),
    [
      'À l’étape 2, atteint le quota et est élu : le buffet du courant (12,5 voix).',
      'À l’étape 2, atteint le quota et est élue : la soupe de Gamba (12,5 voix).',
      'À l’étape 2, atteignent le quota et sont élues : les crevettes roses (12,5 voix).',
      'À l’étape 2, atteint le quota et est élu : Éclair (12,5 voix).',
    ],
  ],
  [
    'stv.lastSeats',
    (n) => ({ elected: list(n), count: 1 }),
    [
      'Il reste autant de sièges que de candidats en course : le buffet du courant est élu sans autre transfert.',
      'Il reste autant de sièges que de candidats en course : la soupe de Gamba est élue sans autre transfert.',
      'Il reste autant de sièges que de candidats en course : les crevettes roses sont élues sans autre transfert.',
      'Il reste autant de sièges que de candidats en course : Éclair est élu sans autre transfert.',
    ],
  ],
  [
    'stv.surplus',
    (n) => ({ names: list(n), surplus: 3.25, transferValue: 0.125 }),
    [
      'Transfert de l’excédent du buffet du courant (3,25 voix) : chaque bulletin passe au choix suivant avec sa valeur × excédent ÷ total, tronquée à 5 décimales (pour un bulletin entier : 0,125).',
      'Transfert de l’excédent de la soupe de Gamba (3,25 voix) : chaque bulletin passe au choix suivant avec sa valeur × excédent ÷ total, tronquée à 5 décimales (pour un bulletin entier : 0,125).',
      'Transfert de l’excédent des crevettes roses (3,25 voix) : chaque bulletin passe au choix suivant avec sa valeur × excédent ÷ total, tronquée à 5 décimales (pour un bulletin entier : 0,125).',
      'Transfert de l’excédent d’Éclair (3,25 voix) : chaque bulletin passe au choix suivant avec sa valeur × excédent ÷ total, tronquée à 5 décimales (pour un bulletin entier : 0,125).',
    ],
  ],
  [
    'stv.excluded',
    (n) => ({ names: list(n), votes: 1.5, count: 1 }),
    [
      'Plus d’excédent à transférer : le buffet du courant, avec le moins de voix (1,5), est éliminé ; les bulletins passent au choix suivant à leur valeur actuelle.',
      'Plus d’excédent à transférer : la soupe de Gamba, avec le moins de voix (1,5), est éliminée ; les bulletins passent au choix suivant à leur valeur actuelle.',
      'Plus d’excédent à transférer : les crevettes roses, avec le moins de voix (1,5), sont éliminées ; les bulletins passent au choix suivant à leur valeur actuelle.',
      'Plus d’excédent à transférer : Éclair, avec le moins de voix (1,5), est éliminé ; les bulletins passent au choix suivant à leur valeur actuelle.',
    ],
  ],
  [
    'stv.surplusTogether',
    (n) => ({ names: [n, 'le phare'] }),
    [
      'Excédents égaux : ceux du buffet du courant et du phare sont transférés ensemble, dans la même étape.',
      'Excédents égaux : ceux de la soupe de Gamba et du phare sont transférés ensemble, dans la même étape.',
      'Excédents égaux : ceux des crevettes roses et du phare sont transférés ensemble, dans la même étape.',
      'Excédents égaux : ceux d’Éclair et du phare sont transférés ensemble, dans la même étape.',
    ],
  ],
  [
    'stv.excludedTogether',
    (n) => ({ names: [n, n === V ? 'Anatife' : n === M ? 'le phare' : 'la dune'] }),
    [
      'Sans tirage au sort, le buffet du courant et le phare sont éliminés ensemble.',
      'Sans tirage au sort, la soupe de Gamba et la dune sont éliminées ensemble.',
      'Sans tirage au sort, les crevettes roses et la dune sont éliminées ensemble.',
      'Sans tirage au sort, Éclair et Anatife sont éliminés ensemble.',
    ],
  ],
  [
    'stv.result',
    (n) => ({ elected: list(n) }),
    [
      'Élu, dans l’ordre : le buffet du courant.',
      'Élue, dans l’ordre : la soupe de Gamba.',
      'Élues, dans l’ordre : les crevettes roses.',
      'Élu, dans l’ordre : Éclair.',
    ],
  ],
  [
    'bloc-plurality.elected',
    (n) => ({ elected: list(n), totals: 'X 3', count: 1 }),
    [
      'Élu avec les plus gros totaux : le buffet du courant (X 3).',
      'Élue avec les plus gros totaux : la soupe de Gamba (X 3).',
      'Élues avec les plus gros totaux : les crevettes roses (X 3).',
      'Élu avec les plus gros totaux : Éclair (X 3).',
    ],
  ],
  [
    'bloc-approval.elected',
    (n) => ({ elected: list(n), totals: 'X 3', count: 1 }),
    [
      'Élu avec le plus d’approbations : le buffet du courant (X 3).',
      'Élue avec le plus d’approbations : la soupe de Gamba (X 3).',
      'Élues avec le plus d’approbations : les crevettes roses (X 3).',
      'Élu avec le plus d’approbations : Éclair (X 3).',
    ],
  ],
  [
    'scenario.transcript.present',
    (n) => ({ names: list(n), count: 1 }),
    ['Le buffet du courant est là.', 'La soupe de Gamba est là.', 'Les crevettes roses sont là.', 'Éclair est là.'],
  ],
  [
    'scenario.puzzle.methodWins',
    (n) => ({ method: 'la méthode de Borda', winner: n }),
    [
      'Avec la méthode de Borda, le buffet du courant gagne.',
      'Avec la méthode de Borda, la soupe de Gamba gagne.',
      'Avec la méthode de Borda, les crevettes roses gagnent.',
      'Avec la méthode de Borda, Éclair gagne.',
    ],
  ],
  [
    'scenario.puzzle.methodLoses',
    (n) => ({ method: 'la méthode de Borda', winners: list(n), winner: 'le phare', n: 1 }),
    [
      'Avec la méthode de Borda, le buffet du courant gagne, pas le phare.',
      'Avec la méthode de Borda, la soupe de Gamba gagne, pas le phare.',
      'Avec la méthode de Borda, les crevettes roses gagnent, pas le phare.',
      'Avec la méthode de Borda, Éclair gagne, pas le phare.',
    ],
  ],
  [
    'scenario.puzzle.spoiled',
    (n) => ({ added: 'le phare', before: list(n), after: ['la dune'], nBefore: 1, nAfter: 1 }),
    [
      'Avec le phare en plus, le buffet du courant ne gagne plus : c’est la dune.',
      'Avec le phare en plus, la soupe de Gamba ne gagne plus : c’est la dune.',
      'Avec le phare en plus, les crevettes roses ne gagnent plus : c’est la dune.',
      'Avec le phare en plus, Éclair ne gagne plus : c’est la dune.',
    ],
  ],
  [
    'scenario.puzzle.changedWins',
    (n) => ({ count: 2, winner: n, method: 'la méthode de Borda' }),
    [
      'Avec la méthode de Borda et 2 bulletins changés, le buffet du courant gagne.',
      'Avec la méthode de Borda et 2 bulletins changés, la soupe de Gamba gagne.',
      'Avec la méthode de Borda et 2 bulletins changés, les crevettes roses gagnent.',
      'Avec la méthode de Borda et 2 bulletins changés, Éclair gagne.',
    ],
  ],
  [
    'board.goalMet',
    (n) => ({ name: n }),
    [
      'Objectif atteint : le buffet du courant gagne ! Valide pour recompter pour de bon.',
      'Objectif atteint : la soupe de Gamba gagne ! Valide pour recompter pour de bon.',
      'Objectif atteint : les crevettes roses gagnent ! Valide pour recompter pour de bon.',
      'Objectif atteint : Éclair gagne ! Valide pour recompter pour de bon.',
    ],
  ],
  [
    'board.goalNot',
    (n) => ({ name: n }),
    [
      'Pas encore : le buffet du courant doit gagner, sans égalité.',
      'Pas encore : la soupe de Gamba doit gagner, sans égalité.',
      'Pas encore : les crevettes roses doivent gagner, sans égalité.',
      'Pas encore : Éclair doit gagner, sans égalité.',
    ],
  ],
  [
    'clone.winner',
    (n) => ({ name: n }),
    [
      'Sans ajout, le buffet du courant gagne.',
      'Sans ajout, la soupe de Gamba gagne.',
      'Sans ajout, les crevettes roses gagnent.',
      'Sans ajout, Éclair gagne.',
    ],
  ],
  [
    'count.results.majority',
    (n) => ({ name: n }),
    [
      'Majorité absolue : le buffet du courant est le premier choix de plus de la moitié.',
      'Majorité absolue : la soupe de Gamba est le premier choix de plus de la moitié.',
      'Majorité absolue : les crevettes roses sont le premier choix de plus de la moitié.',
      'Majorité absolue : Éclair est le premier choix de plus de la moitié.',
    ],
  ],
  [
    'count.results.condorcetWinner',
    (n) => ({ name: n }),
    [
      'Gagnant de Condorcet : le buffet du courant bat chaque autre option en duel.',
      'Gagnant de Condorcet : la soupe de Gamba bat chaque autre option en duel.',
      'Gagnant de Condorcet : les crevettes roses battent chaque autre option en duel.',
      'Gagnant de Condorcet : Éclair bat chaque autre option en duel.',
    ],
  ],
  [
    'count.results.condorcetLoser',
    (n) => ({ name: n }),
    [
      'Perdant de Condorcet : le buffet du courant perd tous ses duels.',
      'Perdant de Condorcet : la soupe de Gamba perd tous ses duels.',
      'Perdant de Condorcet : les crevettes roses perdent tous leurs duels.',
      'Perdant de Condorcet : Éclair perd tous ses duels.',
    ],
  ],
  [
    'count.why.condorcetLost',
    (n) => ({ name: n, methods: 'la méthode de Borda', count: 1 }),
    [
      'Le buffet du courant gagne chacun de ses duels, mais la méthode de Borda élit quelqu’un d’autre : cette méthode ne regarde pas les duels.',
      'La soupe de Gamba gagne chacun de ses duels, mais la méthode de Borda élit quelqu’un d’autre : cette méthode ne regarde pas les duels.',
      'Les crevettes roses gagnent chacun de leurs duels, mais la méthode de Borda élit quelqu’un d’autre : cette méthode ne regarde pas les duels.',
      'Éclair gagne chacun de ses duels, mais la méthode de Borda élit quelqu’un d’autre : cette méthode ne regarde pas les duels.',
    ],
  ],
  [
    'sandbox.strategy',
    (n) => ({ name: n, strategy: 'compromis' }),
    [
      'Vote du buffet du courant : compromis',
      'Vote de la soupe de Gamba : compromis',
      'Vote des crevettes roses : compromis',
      'Vote d’Éclair : compromis',
    ],
  ],
  [
    'happened.condorcetEliminatedPlain',
    (n) => ({ methods: ['Borda'], count: 1, name: n }),
    [
      'Borda : le buffet du courant est éliminé en cours de décompte, alors qu’en duel il bat chacune des autres options.',
      'Borda : la soupe de Gamba est éliminée en cours de décompte, alors qu’en duel elle bat chacune des autres options.',
      'Borda : les crevettes roses sont éliminées en cours de décompte, alors qu’en duel elles battent chacune des autres options.',
      'Borda : Éclair est éliminé en cours de décompte, alors qu’en duel il bat chacune des autres options.',
    ],
  ],
  [
    'happened.condorcetMissedPlain',
    (n) => ({ methods: ['Borda'], count: 1, name: n }),
    [
      'Borda : le buffet du courant n’est pas élu, alors qu’en duel il bat chacune des autres options.',
      'Borda : la soupe de Gamba n’est pas élue, alors qu’en duel elle bat chacune des autres options.',
      'Borda : les crevettes roses ne sont pas élues, alors qu’en duel elles battent chacune des autres options.',
      'Borda : Éclair n’est pas élu, alors qu’en duel il bat chacune des autres options.',
    ],
  ],
  [
    'happened.condorcetLoserElectedPlain',
    (n) => ({ methods: ['Borda'], count: 1, name: n }),
    [
      'Borda : le buffet du courant est élu, alors qu’en duel il perd contre chacune des autres options.',
      'Borda : la soupe de Gamba est élue, alors qu’en duel elle perd contre chacune des autres options.',
      'Borda : les crevettes roses sont élues, alors qu’en duel elles perdent contre chacune des autres options.',
      'Borda : Éclair est élu, alors qu’en duel il perd contre chacune des autres options.',
    ],
  ],
  [
    'happened.rejectedElected',
    (n) => ({ methods: ['Borda'], count: 1, name: n, percent: 44, rejecters: 11, voters: 25, grade: '0' }),
    [
      'Borda : le buffet du courant est élu, alors que 44 % des votants (11 sur 25) lui donnent la note la plus basse, 0.',
      'Borda : la soupe de Gamba est élue, alors que 44 % des votants (11 sur 25) lui donnent la note la plus basse, 0.',
      'Borda : les crevettes roses sont élues, alors que 44 % des votants (11 sur 25) leur donnent la note la plus basse, 0.',
      'Borda : Éclair est élu, alors que 44 % des votants (11 sur 25) lui donnent la note la plus basse, 0.',
    ],
  ],
  [
    'happened.duelWinner',
    (n) => ({ name: n }),
    [
      'En duel, le buffet du courant bat chacune des autres options.',
      'En duel, la soupe de Gamba bat chacune des autres options.',
      'En duel, les crevettes roses battent chacune des autres options.',
      'En duel, Éclair bat chacune des autres options.',
    ],
  ],
  [
    'happened.duelLoser',
    (n) => ({ name: n }),
    [
      'En duel, le buffet du courant perd contre chacune des autres options.',
      'En duel, la soupe de Gamba perd contre chacune des autres options.',
      'En duel, les crevettes roses perdent contre chacune des autres options.',
      'En duel, Éclair perd contre chacune des autres options.',
    ],
  ],
  ...WHY_ROWS,
];

const spaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');
const render = (key: string, params: StepParams): string =>
  spaces(formatTemplate(messages.fr[key], params, 'fr', lookup));

describe('French templates with grammar around a name', () => {
  it('the table covers every French template that uses {de:…}, {à:…} or an agreement', () => {
    const grammatical = Object.keys(messages.fr).filter((k) => /\{(de|à):|\{\w+:[^}]*\|/.test(messages.fr[k]));
    expect(ROWS.map(([key]) => key).sort()).toEqual(grammatical.sort());
  });

  describe.each(ROWS)('%s', (key, params, expected) => {
    it.each([
      ['masculine', M, 0],
      ['feminine', F, 1],
      ['plural', P, 2],
      ['vowel-initial', V, 3],
    ] as const)('with a %s name', (_, name, i) => {
      expect(render(key, params(name))).toBe(expected[i]);
    });
  });

  it('a name of unknown gender is said « l’option X » where a word agrees with it, never guessed', () => {
    expect(spaces(formatTemplate(messages.fr['stv.lastSeats'], { elected: ['Pizza'], count: 1 }, 'fr'))).toBe(
      'Il reste autant de sièges que de candidats en course : l’option Pizza est élue sans autre transfert.',
    );
    expect(spaces(formatTemplate(messages.fr['stv.result'], { elected: ['Pizza', 'Frites'] }, 'fr'))).toBe(
      'Élues, dans l’ordre : les options Pizza et Frites.',
    );
    expect(spaces(formatTemplate(messages.fr['black.condorcet'], { winner: 'Pizza' }, 'fr'))).toBe(
      'L’option Pizza bat chacun des autres candidats en duel : c’est le vainqueur de Condorcet, et elle gagne.',
    );
    expect(spaces(formatTemplate(messages.fr['condorcet-winner.fails'], { name: 'Pizza', by: ['Frites'] }, 'fr'))).toBe(
      'L’option Pizza ne bat pas Frites : elle n’est donc pas le vainqueur de Condorcet.',
    );
    // Without a gender to agree with, the name stays as typed: « de » still elides.
    expect(
      spaces(formatTemplate(messages.fr['minimax.worst'], { name: 'Orange', score: 1, by: ['Pizza'] }, 'fr')),
    ).toBe('La pire défaite d’Orange est de 1 voix d’écart, contre Pizza.');
  });

  it('English templates are left as they are written', () => {
    expect(formatTemplate(messages.en['approval.winners'], { approvals: 9, winners: ['the soup'] }, 'en')).toBe(
      'The most approvals (9) go to the soup.',
    );
  });
});

describe('method names in running text', () => {
  const noun = (id: string) => methodNoun(id, 'fr');
  const sentence = (key: string, params: StepParams): string =>
    capitalize(spaces(formatTemplate(messages.fr[key], params, 'fr', lookup)));

  it('mid-sentence, a French method name is a lowercase common noun with its article, or « la méthode de » a person', () => {
    expect(sentence('count.why.condorcetLost', { name: F, methods: [noun('schulze')], count: 1 })).toBe(
      'La soupe de Gamba gagne chacun de ses duels, mais la méthode de Schulze élit quelqu’un d’autre : cette méthode ne regarde pas les duels.',
    );
    expect(sentence('count.why.condorcetLost', { name: M, methods: [noun('plurality'), noun('irv')], count: 2 })).toBe(
      'Le buffet du courant gagne chacun de ses duels, mais le scrutin majoritaire à un tour et le vote alternatif (second tour instantané) élisent quelqu’un d’autre : ces méthodes ne regardent pas les duels.',
    );
  });

  it('at the start of a sentence, only the first name takes a capital', () => {
    expect(
      sentence('happened.majorityDefeated', {
        methods: [noun('plurality'), noun('majority-judgment')],
        count: 2,
        name: F,
        firsts: 13,
        voters: 25,
      }),
    ).toBe(
      'Le scrutin majoritaire à un tour et le jugement majoritaire : une majorité absolue est battue. Sur 25 votants, 13 mettaient la soupe de Gamba en premier (plus de la moitié), et pourtant ces méthodes élisent une autre option.',
    );
    expect(sentence('happened.tied', { methods: [noun('borda')], n: 2, names: [F, V] })).toBe(
      'La méthode de Borda : 2 vainqueurs à égalité (la soupe de Gamba et Éclair), aucun ne l’emporte seul.',
    );
    expect(sentence('happened.nobody', { methods: [noun('approval'), noun('smith-set')] })).toBe(
      'Le vote par approbation et l’ensemble de Smith : aucun vainqueur, personne n’est élu.',
    );
  });

  it('every method has a running-text form in both languages, lowercase in French; titles keep their capital', () => {
    for (const id of METHOD_IDS) {
      expect(noun(id), id).toMatch(/^(le |la |l’|les )\p{Ll}/u);
      // The English form names the same method: it holds the first word of its title.
      const first = methods[id].info.name.en.split(' ')[0].toLowerCase();
      expect(methodNoun(id, 'en').toLowerCase(), id).toContain(first);
      expect(methods[id].info.name.fr.charAt(0), id).toMatch(/\p{Lu}/u);
    }
  });
});
