import type { MessageTable } from './table.ts';

/**
 * Explanations of the Condorcet-family methods (src/voting/methods: copeland, schulze,
 * ranked-pairs, minimax, kemeny-young, black, condorcet-winner, condorcet-loser, smith-set).
 * French typography: no-break space (\u00a0) before « : » and inside guillemets, narrow
 * no-break space (\u202f) before « ; ! ? ».
 */
export const condorcetMessages: MessageTable = {
  fr: {
    // copeland
    'copeland.matrix':
      'Chaque paire de candidats s’affronte en duel. Le tableau donne, pour {voters} {voters|votant|votants}, combien préfèrent le candidat de la ligne à celui de la colonne, et l’écart entre les deux camps.',
    'copeland.duels': '{name} gagne {won} {won|duel|duels}, fait {tied} {tied|match nul|matchs nuls} et perd {lost} {lost|duel|duels}\u00a0: score {score}.',
    'copeland.winners': '{winners} {count|a|ont} le meilleur score ({score}) et {count|gagne|gagnent}.',
  },
  en: {
    // copeland
    'copeland.matrix':
      'Every pair of candidates meets in a duel. The table shows, out of {voters} {voters|voter|voters}, how many prefer the row candidate to the column candidate, and the gap between the two sides.',
    'copeland.duels': '{name} wins {won} {won|duel|duels}, draws {tied} and loses {lost}: score {score}.',
    'copeland.winners': '{winners} {count|has|have} the best score ({score}) and {count|wins|win}.',
  },
};
