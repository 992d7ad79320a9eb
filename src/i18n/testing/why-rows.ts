/**
 * The "Why?" templates (messages/why.ts) for grammar-templates.test.ts: each rendered with a
 * masculine, a feminine, a plural and a vowel-initial name, against sentences read by hand.
 * The lines start in lower case on purpose: they follow « {methods} : » (why-text.ts).
 */
import type { StepParams } from '../../voting/result.ts';

type Row = readonly [
  key: string,
  params: (name: string) => StepParams,
  expected: readonly [m: string, f: string, p: string, v: string],
];

export const WHY_ROWS: readonly Row[] = [
  [
    'why.plurality.majority',
    (n) => ({ name: n, votes: 2, voters: 2 }),
    [
      'Le buffet du courant a 2 premiers choix sur 2, plus de la moitié.',
      'La soupe de Gamba a 2 premiers choix sur 2, plus de la moitié.',
      'Les crevettes roses ont 2 premiers choix sur 2, plus de la moitié.',
      'Éclair a 2 premiers choix sur 2, plus de la moitié.',
    ],
  ],
  [
    'why.plurality.lead',
    (n) => ({ name: n, votes: 2, voters: 2, second: n, secondVotes: 2 }),
    [
      'Le buffet du courant a le plus de premiers choix, 2 sur 2, sans dépasser la moitié ; le buffet du courant en a 2.',
      'La soupe de Gamba a le plus de premiers choix, 2 sur 2, sans dépasser la moitié ; la soupe de Gamba en a 2.',
      'Les crevettes roses ont le plus de premiers choix, 2 sur 2, sans dépasser la moitié ; les crevettes roses en ont 2.',
      'Éclair a le plus de premiers choix, 2 sur 2, sans dépasser la moitié ; Éclair en a 2.',
    ],
  ],
  [
    'why.plurality.lone',
    (n) => ({ name: n, votes: 2, voters: 2 }),
    [
      'Le buffet du courant a le plus de premiers choix, 2 sur 2.',
      'La soupe de Gamba a le plus de premiers choix, 2 sur 2.',
      'Les crevettes roses ont le plus de premiers choix, 2 sur 2.',
      'Éclair a le plus de premiers choix, 2 sur 2.',
    ],
  ],
  [
    'why.twoRound.first',
    (n) => ({ leaders: 'Anatife (3)', outVotes: 'Anatife (3)', out: n }),
    [
      'au premier tour, Anatife (3) arrivent en tête et Anatife (3) est éliminé.',
      'au premier tour, Anatife (3) arrivent en tête et Anatife (3) est éliminée.',
      'au premier tour, Anatife (3) arrivent en tête et Anatife (3) sont éliminées.',
      'au premier tour, Anatife (3) arrivent en tête et Anatife (3) est éliminé.',
    ],
  ],
  [
    'why.twoRound.tiedSecond',
    (n) => ({ first: n, firstVotes: 2, second: 'Anatife', secondVotes: 2 }),
    [
      'au premier tour, le buffet du courant arrive en tête avec 2 voix, et Anatife sont à égalité pour la deuxième place avec 2.',
      'au premier tour, la soupe de Gamba arrive en tête avec 2 voix, et Anatife sont à égalité pour la deuxième place avec 2.',
      'au premier tour, les crevettes roses arrivent en tête avec 2 voix, et Anatife sont à égalité pour la deuxième place avec 2.',
      'au premier tour, Éclair arrive en tête avec 2 voix, et Anatife sont à égalité pour la deuxième place avec 2.',
    ],
  ],
  [
    'why.twoRound.everyRunoff',
    (n) => ({ winner: n, duels: 'Anatife (3)' }),
    [
      'Le buffet du courant gagne chacun des seconds tours possibles (Anatife (3)).',
      'La soupe de Gamba gagne chacun des seconds tours possibles (Anatife (3)).',
      'Les crevettes roses gagnent chacun des seconds tours possibles (Anatife (3)).',
      'Éclair gagne chacun des seconds tours possibles (Anatife (3)).',
    ],
  ],
  [
    'why.twoRound.runoff',
    (n) => ({ winner: n, loser: 'Anatife', forWinner: 2, forLoser: 2 }),
    [
      'au second tour, le buffet du courant bat Anatife 2 à 2.',
      'au second tour, la soupe de Gamba bat Anatife 2 à 2.',
      'au second tour, les crevettes roses battent Anatife 2 à 2.',
      'au second tour, Éclair bat Anatife 2 à 2.',
    ],
  ],
  [
    'why.runoff.firstMajority',
    (n) => ({ name: n, votes: 2, voters: 2 }),
    [
      'Le buffet du courant a dès le premier tour 2 premiers choix sur 2, plus de la moitié.',
      'La soupe de Gamba a dès le premier tour 2 premiers choix sur 2, plus de la moitié.',
      'Les crevettes roses ont dès le premier tour 2 premiers choix sur 2, plus de la moitié.',
      'Éclair a dès le premier tour 2 premiers choix sur 2, plus de la moitié.',
    ],
  ],
  [
    'why.irv.outFirst',
    (n) => ({ out: n, votes: 2 }),
    [
      'au premier tour, le buffet du courant est éliminé avec 2 premiers choix.',
      'au premier tour, la soupe de Gamba est éliminée avec 2 premiers choix.',
      'au premier tour, les crevettes roses sont éliminées avec 2 premiers choix.',
      'au premier tour, Éclair est éliminé avec 2 premiers choix.',
    ],
  ],
  [
    'why.irv.out',
    (n) => ({ round: 2, out: n, votes: 2 }),
    [
      'au tour 2, le buffet du courant est éliminé avec 2 voix.',
      'au tour 2, la soupe de Gamba est éliminée avec 2 voix.',
      'au tour 2, les crevettes roses sont éliminées avec 2 voix.',
      'au tour 2, Éclair est éliminé avec 2 voix.',
    ],
  ],
  [
    'why.irv.duel',
    (n) => ({ out: n }),
    [
      'pourtant, en duel, il bat chacune des autres options.',
      'pourtant, en duel, elle bat chacune des autres options.',
      'pourtant, en duel, elles battent chacune des autres options.',
      'pourtant, en duel, il bat chacune des autres options.',
    ],
  ],
  [
    'why.irv.transfer',
    (n) => ({ out: n, to: 'Anatife (3)' }),
    [
      'Ses bulletins vont ensuite pour Anatife (3).',
      'Ses bulletins vont ensuite pour Anatife (3).',
      'Leurs bulletins vont ensuite pour Anatife (3).',
      'Ses bulletins vont ensuite pour Anatife (3).',
    ],
  ],
  [
    'why.irv.transferExhausted',
    (n) => ({ out: n, to: 'Anatife (3)', exhausted: 2 }),
    [
      'Ses bulletins vont ensuite pour Anatife (3) ; 2 n’ont plus de choix.',
      'Ses bulletins vont ensuite pour Anatife (3) ; 2 n’ont plus de choix.',
      'Leurs bulletins vont ensuite pour Anatife (3) ; 2 n’ont plus de choix.',
      'Ses bulletins vont ensuite pour Anatife (3) ; 2 n’ont plus de choix.',
    ],
  ],
  [
    'why.irv.exhaustedOnly',
    (n) => ({ out: n, exhausted: 2 }),
    [
      'Ses bulletins n’ont plus de choix (2).',
      'Ses bulletins n’ont plus de choix (2).',
      'Leurs bulletins n’ont plus de choix (2).',
      'Ses bulletins n’ont plus de choix (2).',
    ],
  ],
  [
    'why.runoff.majorityOver',
    (n) => ({ round: 2, winner: n, votes: 2, continuing: 2, runner: n, runnerVotes: 2 }),
    [
      'au tour 2, le buffet du courant a 2 voix sur 2, plus de la moitié ; le buffet du courant en a 2.',
      'au tour 2, la soupe de Gamba a 2 voix sur 2, plus de la moitié ; la soupe de Gamba en a 2.',
      'au tour 2, les crevettes roses ont 2 voix sur 2, plus de la moitié ; les crevettes roses en ont 2.',
      'au tour 2, Éclair a 2 voix sur 2, plus de la moitié ; Éclair en a 2.',
    ],
  ],
  [
    'why.runoff.last',
    (n) => ({ round: 2, winner: n }),
    [
      'au tour 2, le buffet du courant reste seul en lice.',
      'au tour 2, la soupe de Gamba reste seule en lice.',
      'au tour 2, les crevettes roses restent seules en lice.',
      'au tour 2, Éclair reste seul en lice.',
    ],
  ],
  [
    'why.coombs.outFirst',
    (n) => ({ out: n, lastVotes: 2 }),
    [
      'au premier tour, le buffet du courant est éliminé, classé dernier sur 2 bulletins, plus que toute autre option.',
      'au premier tour, la soupe de Gamba est éliminée, classée dernière sur 2 bulletins, plus que toute autre option.',
      'au premier tour, les crevettes roses sont éliminées, classées dernières sur 2 bulletins, plus que toute autre option.',
      'au premier tour, Éclair est éliminé, classé dernier sur 2 bulletins, plus que toute autre option.',
    ],
  ],
  [
    'why.coombs.out',
    (n) => ({ round: 2, out: n, lastVotes: 2 }),
    [
      'au tour 2, le buffet du courant est éliminé, classé dernier sur 2 bulletins, plus que toute autre option.',
      'au tour 2, la soupe de Gamba est éliminée, classée dernière sur 2 bulletins, plus que toute autre option.',
      'au tour 2, les crevettes roses sont éliminées, classées dernières sur 2 bulletins, plus que toute autre option.',
      'au tour 2, Éclair est éliminé, classé dernier sur 2 bulletins, plus que toute autre option.',
    ],
  ],
  [
    'why.bucklin',
    (n) => ({ round: 2, name: n, votes: 2, voters: 2 }),
    [
      'en comptant les choix jusqu’au rang 2, le buffet du courant figure sur 2 bulletins sur 2, plus de la moitié.',
      'en comptant les choix jusqu’au rang 2, la soupe de Gamba figure sur 2 bulletins sur 2, plus de la moitié.',
      'en comptant les choix jusqu’au rang 2, les crevettes roses figurent sur 2 bulletins sur 2, plus de la moitié.',
      'en comptant les choix jusqu’au rang 2, Éclair figure sur 2 bulletins sur 2, plus de la moitié.',
    ],
  ],
  [
    'why.bucklin.first',
    (n) => ({ name: n, votes: 2, voters: 2 }),
    [
      'Le buffet du courant est en première place sur 2 bulletins sur 2, plus de la moitié.',
      'La soupe de Gamba est en première place sur 2 bulletins sur 2, plus de la moitié.',
      'Les crevettes roses sont en première place sur 2 bulletins sur 2, plus de la moitié.',
      'Éclair est en première place sur 2 bulletins sur 2, plus de la moitié.',
    ],
  ],
  [
    'why.borda',
    (n) => ({ name: n, points: 2, secondPoints: 2, second: 'Anatife' }),
    [
      'Le buffet du courant obtient 2 points, contre 2 pour Anatife.',
      'La soupe de Gamba obtient 2 points, contre 2 pour Anatife.',
      'Les crevettes roses obtiennent 2 points, contre 2 pour Anatife.',
      'Éclair obtient 2 points, contre 2 pour Anatife.',
    ],
  ],
  [
    'why.borda.second',
    (n) => ({ name: n, seconds: 2, points: 2, secondPoints: 2, second: 'Anatife' }),
    [
      'Le buffet du courant, le plus souvent classé deuxième (2 bulletins), obtient 2 points, contre 2 pour Anatife.',
      'La soupe de Gamba, le plus souvent classée deuxième (2 bulletins), obtient 2 points, contre 2 pour Anatife.',
      'Les crevettes roses, le plus souvent classées deuxièmes (2 bulletins), obtiennent 2 points, contre 2 pour Anatife.',
      'Éclair, le plus souvent classé deuxième (2 bulletins), obtient 2 points, contre 2 pour Anatife.',
    ],
  ],
  [
    'why.antiPlurality',
    (n) => ({ name: n, last: 2, second: n, secondLast: 2 }),
    [
      'Le buffet du courant n’est classé dernier que sur 2 bulletins, moins souvent que toute autre option ; le buffet du courant l’est sur 2.',
      'La soupe de Gamba n’est classée dernière que sur 2 bulletins, moins souvent que toute autre option ; la soupe de Gamba l’est sur 2.',
      'Les crevettes roses ne sont classées dernières que sur 2 bulletins, moins souvent que toute autre option ; les crevettes roses le sont sur 2.',
      'Éclair n’est classé dernier que sur 2 bulletins, moins souvent que toute autre option ; Éclair l’est sur 2.',
    ],
  ],
  [
    'why.antiPlurality.never',
    (n) => ({ name: n, second: n, secondLast: 2 }),
    [
      'Le buffet du courant n’est jamais classé dernier ; le buffet du courant l’est sur 2 bulletins.',
      'La soupe de Gamba n’est jamais classée dernière ; la soupe de Gamba l’est sur 2 bulletins.',
      'Les crevettes roses ne sont jamais classées dernières ; les crevettes roses le sont sur 2 bulletins.',
      'Éclair n’est jamais classé dernier ; Éclair l’est sur 2 bulletins.',
    ],
  ],
  [
    'why.baldwin.out',
    (n) => ({ round: 2, out: n, points: 2 }),
    [
      'au tour 2, le buffet du courant est éliminé avec 2 points Borda, le moins.',
      'au tour 2, la soupe de Gamba est éliminée avec 2 points Borda, le moins.',
      'au tour 2, les crevettes roses sont éliminées avec 2 points Borda, le moins.',
      'au tour 2, Éclair est éliminé avec 2 points Borda, le moins.',
    ],
  ],
  [
    'why.baldwin.outFirst',
    (n) => ({ out: n, points: 2 }),
    [
      'au premier tour, le buffet du courant est éliminé avec 2 points Borda, le moins.',
      'au premier tour, la soupe de Gamba est éliminée avec 2 points Borda, le moins.',
      'au premier tour, les crevettes roses sont éliminées avec 2 points Borda, le moins.',
      'au premier tour, Éclair est éliminé avec 2 points Borda, le moins.',
    ],
  ],
  [
    'why.nanson.outFirst',
    (n) => ({ out: n, mean: 2 }),
    [
      'au premier tour, le buffet du courant est éliminé, sans dépasser la moyenne de 2 points Borda.',
      'au premier tour, la soupe de Gamba est éliminée, sans dépasser la moyenne de 2 points Borda.',
      'au premier tour, les crevettes roses sont éliminées, sans dépasser la moyenne de 2 points Borda.',
      'au premier tour, Éclair est éliminé, sans dépasser la moyenne de 2 points Borda.',
    ],
  ],
  [
    'why.nanson.out',
    (n) => ({ round: 2, out: n, mean: 2 }),
    [
      'au tour 2, le buffet du courant est éliminé, sans dépasser la moyenne de 2 points Borda.',
      'au tour 2, la soupe de Gamba est éliminée, sans dépasser la moyenne de 2 points Borda.',
      'au tour 2, les crevettes roses sont éliminées, sans dépasser la moyenne de 2 points Borda.',
      'au tour 2, Éclair est éliminé, sans dépasser la moyenne de 2 points Borda.',
    ],
  ],
  [
    'why.elimination.last',
    (n) => ({ winner: n }),
    [
      'Le buffet du courant reste alors seul en lice.',
      'La soupe de Gamba reste alors seule en lice.',
      'Les crevettes roses restent alors seules en lice.',
      'Éclair reste alors seul en lice.',
    ],
  ],
  [
    'why.duels.all',
    (n) => ({ name: n, duels: 'Anatife (3)' }),
    [
      'Le buffet du courant bat chacune des autres options en duel (Anatife (3)).',
      'La soupe de Gamba bat chacune des autres options en duel (Anatife (3)).',
      'Les crevettes roses battent chacune des autres options en duel (Anatife (3)).',
      'Éclair bat chacune des autres options en duel (Anatife (3)).',
    ],
  ],
  [
    'why.copeland',
    (n) => ({ name: n, won: 2, lost: 2, score: 2 }),
    [
      'Le buffet du courant gagne 2 duels et en perd 2, soit 2 en victoires moins défaites, plus que toute autre option.',
      'La soupe de Gamba gagne 2 duels et en perd 2, soit 2 en victoires moins défaites, plus que toute autre option.',
      'Les crevettes roses gagnent 2 duels et en perdent 2, soit 2 en victoires moins défaites, plus que toute autre option.',
      'Éclair gagne 2 duels et en perd 2, soit 2 en victoires moins défaites, plus que toute autre option.',
    ],
  ],
  [
    'why.copeland.ties',
    (n) => ({ name: n, won: 2, lost: 2, tied: 2, score: 2 }),
    [
      'Le buffet du courant gagne 2 duels, en perd 2 et fait 2 nuls, soit 2 en victoires moins défaites, plus que toute autre option.',
      'La soupe de Gamba gagne 2 duels, en perd 2 et fait 2 nuls, soit 2 en victoires moins défaites, plus que toute autre option.',
      'Les crevettes roses gagnent 2 duels, en perdent 2 et font 2 nuls, soit 2 en victoires moins défaites, plus que toute autre option.',
      'Éclair gagne 2 duels, en perd 2 et fait 2 nuls, soit 2 en victoires moins défaites, plus que toute autre option.',
    ],
  ],
  [
    'why.schulze',
    (n) => ({ name: n, paths: 'Anatife (3)' }),
    [
      'par les chaînes de duels les plus fortes, le buffet du courant bat chacune des autres options (Anatife (3)).',
      'par les chaînes de duels les plus fortes, la soupe de Gamba bat chacune des autres options (Anatife (3)).',
      'par les chaînes de duels les plus fortes, les crevettes roses battent chacune des autres options (Anatife (3)).',
      'par les chaînes de duels les plus fortes, Éclair bat chacune des autres options (Anatife (3)).',
    ],
  ],
  [
    'why.schulze.ties',
    (n) => ({ name: n, paths: 'Anatife (3)' }),
    [
      'par les chaînes de duels les plus fortes, le buffet du courant bat ou égale chacune des autres options (Anatife (3)).',
      'par les chaînes de duels les plus fortes, la soupe de Gamba bat ou égale chacune des autres options (Anatife (3)).',
      'par les chaînes de duels les plus fortes, les crevettes roses battent ou égalent chacune des autres options (Anatife (3)).',
      'par les chaînes de duels les plus fortes, Éclair bat ou égale chacune des autres options (Anatife (3)).',
    ],
  ],
  [
    'why.path',
    (n) => ({ for: 2, against: 2, rival: n }),
    [
      '2 contre 2 face au buffet du courant',
      '2 contre 2 face à la soupe de Gamba',
      '2 contre 2 face aux crevettes roses',
      '2 contre 2 face à Éclair',
    ],
  ],
  [
    'why.rankedPairs',
    (n) => ({ name: n, beaten: 'Anatife (3)' }),
    [
      'en retenant les duels du plus net au moins net sans jamais fermer de cercle, aucun duel retenu ne fait perdre le buffet du courant, qui bat Anatife (3).',
      'en retenant les duels du plus net au moins net sans jamais fermer de cercle, aucun duel retenu ne fait perdre la soupe de Gamba, qui bat Anatife (3).',
      'en retenant les duels du plus net au moins net sans jamais fermer de cercle, aucun duel retenu ne fait perdre les crevettes roses, qui battent Anatife (3).',
      'en retenant les duels du plus net au moins net sans jamais fermer de cercle, aucun duel retenu ne fait perdre Éclair, qui bat Anatife (3).',
    ],
  ],
  [
    'why.minimax',
    (n) => ({ name: n, score: 2, second: 'Anatife', secondScore: 2 }),
    [
      'au pire, le buffet du courant perd un duel de 2 voix d’écart, moins que toute autre option ; Anatife, de 2.',
      'au pire, la soupe de Gamba perd un duel de 2 voix d’écart, moins que toute autre option ; Anatife, de 2.',
      'au pire, les crevettes roses perdent un duel de 2 voix d’écart, moins que toute autre option ; Anatife, de 2.',
      'au pire, Éclair perd un duel de 2 voix d’écart, moins que toute autre option ; Anatife, de 2.',
    ],
  ],
  [
    'why.minimax.unbeaten',
    (n) => ({ name: n }),
    [
      'Le buffet du courant ne perd aucun duel.',
      'La soupe de Gamba ne perd aucun duel.',
      'Les crevettes roses ne perdent aucun duel.',
      'Éclair ne perd aucun duel.',
    ],
  ],
  [
    'why.black',
    (n) => ({ name: n, points: 2 }),
    [
      'aucune option ne bat toutes les autres en duel, alors le buffet du courant l’emporte avec le plus de points Borda, 2.',
      'aucune option ne bat toutes les autres en duel, alors la soupe de Gamba l’emporte avec le plus de points Borda, 2.',
      'aucune option ne bat toutes les autres en duel, alors les crevettes roses l’emportent avec le plus de points Borda, 2.',
      'aucune option ne bat toutes les autres en duel, alors Éclair l’emporte avec le plus de points Borda, 2.',
    ],
  ],
  [
    'why.score',
    (n) => ({ name: n, sum: 2, secondSum: 2, second: 'Anatife' }),
    [
      'Le buffet du courant totalise 2 points de notes, contre 2 pour Anatife.',
      'La soupe de Gamba totalise 2 points de notes, contre 2 pour Anatife.',
      'Les crevettes roses totalisent 2 points de notes, contre 2 pour Anatife.',
      'Éclair totalise 2 points de notes, contre 2 pour Anatife.',
    ],
  ],
  [
    'why.star.runoff',
    (n) => ({ winner: n, forWinner: 2, loser: 'Anatife', forLoser: 2 }),
    [
      'au duel final, le buffet du courant est préféré sur 2 bulletins, Anatife sur 2.',
      'au duel final, la soupe de Gamba est préférée sur 2 bulletins, Anatife sur 2.',
      'au duel final, les crevettes roses sont préférées sur 2 bulletins, Anatife sur 2.',
      'au duel final, Éclair est préféré sur 2 bulletins, Anatife sur 2.',
    ],
  ],
  [
    'why.star.runoffEqual',
    (n) => ({ winner: n, forWinner: 2, loser: 'Anatife', forLoser: 2, equal: 2 }),
    [
      'au duel final, le buffet du courant est préféré sur 2 bulletins, Anatife sur 2, et 2 bulletins les notent à égalité.',
      'au duel final, la soupe de Gamba est préférée sur 2 bulletins, Anatife sur 2, et 2 bulletins les notent à égalité.',
      'au duel final, les crevettes roses sont préférées sur 2 bulletins, Anatife sur 2, et 2 bulletins les notent à égalité.',
      'au duel final, Éclair est préféré sur 2 bulletins, Anatife sur 2, et 2 bulletins les notent à égalité.',
    ],
  ],
  [
    'why.mj',
    (n) => ({ name: n, grade: '« Bien »', second: n, secondGrade: '« Bien »' }),
    [
      'Le buffet du courant a la meilleure note médiane, « Bien » ; le buffet du courant a « Bien ».',
      'La soupe de Gamba a la meilleure note médiane, « Bien » ; la soupe de Gamba a « Bien ».',
      'Les crevettes roses ont la meilleure note médiane, « Bien » ; les crevettes roses ont « Bien ».',
      'Éclair a la meilleure note médiane, « Bien » ; Éclair a « Bien ».',
    ],
  ],
  [
    'why.mj.lone',
    (n) => ({ name: n, grade: '« Bien »' }),
    [
      'Le buffet du courant a pour note médiane « Bien ».',
      'La soupe de Gamba a pour note médiane « Bien ».',
      'Les crevettes roses ont pour note médiane « Bien ».',
      'Éclair a pour note médiane « Bien ».',
    ],
  ],
  [
    'why.mj.tie',
    (n) => ({ names: 'Anatife (3)', grade: '« Bien »', name: n, above: 2, below: 2 }),
    [
      'Anatife (3) ont la même note médiane, « Bien » ; en comptant les votants au-dessus et au-dessous de cette note, le buffet du courant l’emporte (2 au-dessus, 2 au-dessous).',
      'Anatife (3) ont la même note médiane, « Bien » ; en comptant les votants au-dessus et au-dessous de cette note, la soupe de Gamba l’emporte (2 au-dessus, 2 au-dessous).',
      'Anatife (3) ont la même note médiane, « Bien » ; en comptant les votants au-dessus et au-dessous de cette note, les crevettes roses l’emportent (2 au-dessus, 2 au-dessous).',
      'Anatife (3) ont la même note médiane, « Bien » ; en comptant les votants au-dessus et au-dessous de cette note, Éclair l’emporte (2 au-dessus, 2 au-dessous).',
    ],
  ],
  [
    'why.listSeats',
    (n) => ({ list: n, seats: 2, votes: 2 }),
    [
      'Le buffet du courant obtient 2 sièges avec 2 voix',
      'La soupe de Gamba obtient 2 sièges avec 2 voix',
      'Les crevettes roses obtiennent 2 sièges avec 2 voix',
      'Éclair obtient 2 sièges avec 2 voix',
    ],
  ],
  [
    'why.municipal.bonus',
    (n) => ({ list: n, bonus: 2 }),
    [
      'en tête, le buffet du courant reçoit d’abord une prime de 2 sièges, le reste est partagé à la proportionnelle.',
      'en tête, la soupe de Gamba reçoit d’abord une prime de 2 sièges, le reste est partagé à la proportionnelle.',
      'en tête, les crevettes roses reçoivent d’abord une prime de 2 sièges, le reste est partagé à la proportionnelle.',
      'en tête, Éclair reçoit d’abord une prime de 2 sièges, le reste est partagé à la proportionnelle.',
    ],
  ],
  [
    'why.stv',
    (n) => ({ elected: n, quota: 2 }),
    [
      'Le buffet du courant est élu avec un quota de 2 voix.',
      'La soupe de Gamba est élue avec un quota de 2 voix.',
      'Les crevettes roses sont élues avec un quota de 2 voix.',
      'Éclair est élu avec un quota de 2 voix.',
    ],
  ],
];
