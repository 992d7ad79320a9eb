import type { MessageTable } from './table.ts';

/**
 * Explanations of the graded methods (approval, score, star, majority-judgment), the chance
 * methods (random-ballot, sortition) and the separate tie-break step (`tiebreak.*`).
 * French typography: no-break space (\u00a0) before « : » and inside guillemets, narrow
 * no-break space (\u202f) before « ; ! ? ».
 */
export const gradedMessages: MessageTable = {
  fr: {
    // approval
    'approval.threshold':
      'Notes de {min} à {max}\u00a0: un électeur approuve un candidat quand il lui donne au moins {threshold}.',
    'approval.counts': 'Nombre d’électeurs (sur {voters}) qui approuvent chaque candidat\u00a0: {approvals}.',
    'approval.winners': 'Le plus d’approbations ({approvals}) va à {winners}.',
    'approval.nobody': 'Personne n’a approuvé personne\u00a0: tous les candidats sont à égalité et tous gagnent ({winners}).',
    // score
    'score.sums': 'Notes de {min} à {max}, {voters} {voters|électeur|électeurs}. Total des notes de chaque candidat\u00a0: {sums}.',
    'score.winners': 'Le plus gros total ({sum}) revient à {winners}.',
    // star
    'star.scale': 'Le vote STAR se fait avec des notes de 0 à 5 (cette élection note de {min} à {max}).',
    'star.scores': 'Premier tour, par les notes ({voters} {voters|électeur|électeurs})\u00a0: total de chaque candidat\u00a0: {sums}.',
    'star.finalists':
      '{first} a le meilleur total. Deuxième total\u00a0: {second}. Chacun d’eux affronte {first} au second tour automatique.',
    'star.finalistsTied': 'Égalité en tête entre {first}\u00a0: chaque paire s’affronte au second tour automatique.',
    'star.runoff':
      'Second tour {x} contre {y}\u00a0: {forX} {forX|électeur note|électeurs notent} {x} plus haut, {forY} {forY|note|notent} {y} plus haut, {equal} {equal|donne|donnent} la même note. Gagne ce duel\u00a0: {winners}.',
    'star.winners': 'Vainqueur du vote STAR, sans départager les égalités\u00a0: {winners}.',
    'star.tieScoreRound':
      'Règle officielle STAR\u00a0: {tied} sont à égalité de total pour {places} {places|place|places} de finaliste. Duels gagnés entre eux\u00a0: {wins}. Nombre de 5\u00a0: {fives}.',
    'star.tieAdvance': 'Passe au second tour\u00a0: {advancing}.',
    'star.tieStillOpen': 'Toujours à égalité pour {places} {places|place|places} de finaliste\u00a0: {tied}.',
    'star.tieRunoffPreference':
      'Second tour {x} contre {y}\u00a0: {forX} contre {forY}. Gagne\u00a0: {winners}.',
    'star.tieRunoffScore':
      'Second tour {x} contre {y} à égalité ({forX} contre {forY})\u00a0: la règle officielle donne la victoire au meilleur total ({sumX} contre {sumY}), donc à {winners}.',
    'star.tieRunoffFives':
      'Second tour {x} contre {y} à égalité, et totaux égaux ({sumX})\u00a0: la règle officielle regarde le nombre de 5 ({fivesX} contre {fivesY}). Gagne\u00a0: {winners}.',
    'star.tieRunoffUnbroken':
      'Second tour {x} contre {y}\u00a0: égalité des préférences ({forX}), des totaux ({sumX}) et des 5 ({fivesX}). La règle officielle ne les sépare pas.',
    'star.tieUnresolved': 'La règle officielle STAR ne suffit pas\u00a0: peuvent encore gagner {tied}.',
  },
  en: {
    // approval
    'approval.threshold': 'Grades from {min} to {max}: a voter approves a candidate when giving them at least {threshold}.',
    'approval.counts': 'Number of voters (out of {voters}) approving each candidate: {approvals}.',
    'approval.winners': 'The most approvals ({approvals}) go to {winners}.',
    'approval.nobody': 'Nobody approved anybody: all candidates tie and all of them win ({winners}).',
    // score
    'score.sums': 'Grades from {min} to {max}, {voters} {voters|voter|voters}. Total grade of each candidate: {sums}.',
    'score.winners': 'The biggest total ({sum}) goes to {winners}.',
    // star
    'star.scale': 'STAR voting uses grades from 0 to 5 (this election grades from {min} to {max}).',
    'star.scores': 'First round, by grades ({voters} {voters|voter|voters}): total of each candidate: {sums}.',
    'star.finalists': '{first} has the best total. Second-best total: {second}. Each of them meets {first} in the automatic runoff.',
    'star.finalistsTied': '{first} tie for the best total: every pair of them meets in the automatic runoff.',
    'star.runoff':
      'Runoff {x} against {y}: {forX} {forX|voter grades|voters grade} {x} higher, {forY} {forY|grades|grade} {y} higher, {equal} {equal|gives|give} both the same grade. This duel is won by {winners}.',
    'star.winners': 'STAR winner, ties not broken: {winners}.',
    'star.tieScoreRound':
      'Official STAR rule: {tied} tie on their total for {places} finalist {places|place|places}. Duels won among them: {wins}. Number of 5s: {fives}.',
    'star.tieAdvance': 'Going to the runoff: {advancing}.',
    'star.tieStillOpen': 'Still tied for {places} finalist {places|place|places}: {tied}.',
    'star.tieRunoffPreference': 'Runoff {x} against {y}: {forX} to {forY}. Won by {winners}.',
    'star.tieRunoffScore':
      'Runoff {x} against {y} tied ({forX} to {forY}): the official rule gives it to the better total ({sumX} to {sumY}), so to {winners}.',
    'star.tieRunoffFives':
      'Runoff {x} against {y} tied, with equal totals ({sumX}): the official rule looks at the number of 5s ({fivesX} to {fivesY}). Won by {winners}.',
    'star.tieRunoffUnbroken':
      'Runoff {x} against {y}: equal preferences ({forX}), totals ({sumX}) and 5s ({fivesX}). The official rule cannot separate them.',
    'star.tieUnresolved': 'The official STAR rule is not enough: {tied} can still win.',
  },
};
