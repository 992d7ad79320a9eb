import { messageTable } from './table.ts';

/**
 * Explanations of the Condorcet-family methods (src/voting/methods: copeland, schulze,
 * ranked-pairs, minimax, kemeny-young, black, condorcet-winner, condorcet-loser, smith-set).
 * French typography: no-break space (\u00a0) before « : ; ? ! » and inside guillemets, as in
 * every table (src/i18n/typography.test.ts holds them to it).
 */
export const condorcetMessages = messageTable({
  fr: {
    // copeland
    'copeland.matrix':
      'Chaque paire de candidats s’affronte en duel. Le tableau donne, pour {voters} {voters|votant|votants}, combien préfèrent le candidat de la ligne à celui de la colonne, et l’écart entre les deux camps.',
    'copeland.duels':
      '{name} {name:gagne|gagnent} {won} {won|duel|duels}, {name:fait|font} {tied} {tied|match nul|matchs nuls} et {name:perd|perdent} {lost} {lost|duel|duels}\u00a0: score {score}.',
    'copeland.winners': '{winners} {winners:a|ont} le meilleur score ({score}) et {winners:gagne|gagnent}.',
    // condorcet-winner
    'condorcet-winner.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart.',
    'condorcet-winner.fails':
      '{name} {name:ne bat|ne battent} pas {by}\u00a0: {name:il n’est|elle n’est|ils ne sont|elles ne sont} donc pas le vainqueur de Condorcet.',
    'condorcet-winner.none': 'Aucun candidat ne bat tous les autres\u00a0: il n’y a pas de vainqueur de Condorcet.',
    'condorcet-winner.found':
      '{winner} {winner:gagne tous ses|gagnent tous leurs} duels ({rivals} {rivals|duel|duels})\u00a0: c’est le vainqueur de Condorcet.',
    // condorcet-loser
    'condorcet-loser.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart.',
    'condorcet-loser.escapes':
      '{name} {name:n’est|ne sont} pas {name:battu|battue|battus|battues} par {against}\u00a0: {name:il n’est|elle n’est|ils ne sont|elles ne sont} donc pas le perdant de Condorcet.',
    'condorcet-loser.none':
      'Aucun candidat ne perd contre tous les autres\u00a0: il n’y a pas de perdant de Condorcet.',
    'condorcet-loser.found':
      '{loser} {loser:perd tous ses|perdent tous leurs} duels ({rivals} {rivals|duel|duels})\u00a0: c’est le perdant de Condorcet.',
    // smith-set
    'smith-set.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart.',
    'smith-set.chain':
      'Les candidats se rangent en {count} {count|groupe|groupes}\u00a0: chaque candidat d’un groupe bat en duel tous les candidats des groupes suivants.',
    'smith-set.result': 'L’ensemble de Smith est le premier groupe\u00a0: {winners}.',
    // minimax
    'minimax.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart.',
    'minimax.worst': 'La pire défaite {de:name} est de {score} voix d’écart, contre {by}.',
    'minimax.unbeaten': '{name} {name:ne perd|ne perdent} aucun duel\u00a0: score 0.',
    'minimax.winners': '{winners} {winners:a|ont} la pire défaite la plus légère ({score}) et {winners:gagne|gagnent}.',
    // schulze
    'schulze.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart. Chaque écart positif est une victoire en duel.',
    'schulze.paths':
      'Pour chaque paire, on cherche la chaîne de victoires la plus solide de l’un vers l’autre\u00a0: une chaîne vaut l’écart de sa victoire la plus faible. Le tableau donne la force de la meilleure chaîne (0 s’il n’y en a pas).',
    'schulze.unbeaten':
      'Contre chaque rival, {name} {name:a|ont} une chaîne au moins aussi solide que celle du rival contre {name:lui|elle|eux|elles}.',
    'schulze.beaten':
      '{by} {by:devance|devancent} {name}\u00a0: {by:sa|leur} meilleure chaîne vers {name} ({path}) a une force de {strength}, contre {against} pour la meilleure chaîne en sens inverse.',
    'schulze.winners':
      '{winners} {winners:n’est devancé|n’est devancée|ne sont devancés|ne sont devancées} par personne et {winners:gagne|gagnent}.',
    // black
    'black.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart.',
    'black.condorcet':
      '{winner} {winner:bat|battent} chacun des autres candidats en duel\u00a0: c’est le vainqueur de Condorcet, et {winner:il gagne|elle gagne|ils gagnent|elles gagnent}.',
    'black.noCondorcet': 'Aucun candidat ne bat tous les autres en duel\u00a0: on passe au décompte de Borda.',
    'black.borda':
      'Décompte de Borda\u00a0: sur chaque bulletin, un candidat reçoit autant de points que de candidats classés derrière lui. Totaux\u00a0: {points}.',
    'black.winners': '{winners} {winners:a|ont} le plus de points ({points}) et {winners:gagne|gagnent}.',
    // kemeny-young
    'kemeny-young.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart.',
    'kemeny-young.order':
      'Un classement complet marque, pour chaque paire qu’il range dans un ordre, l’écart de voix en faveur de cet ordre. Le meilleur classement, {order}, marque {score} et c’est le seul.',
    'kemeny-young.oneOrder':
      'Un classement complet marque, pour chaque paire qu’il range dans un ordre, l’écart de voix en faveur de cet ordre. Le meilleur score est {score}, atteint entre autres par {order}.',
    'kemeny-young.firsts': 'Meilleur score d’un classement qui met chaque candidat en tête\u00a0: {scores}.',
    'kemeny-young.winners':
      '{winners} {winners:est|sont} en tête d’un classement de score {score} et {winners:gagne|gagnent}.',
    // ranked-pairs
    'ranked-pairs.matrix':
      'Pour chaque paire de candidats, le tableau donne combien des {voters} {voters|votant|votants} préfèrent le candidat de la ligne à celui de la colonne, et l’écart.',
    'ranked-pairs.condorcet':
      '{winner} {winner:bat|battent} chacun des autres candidats en duel\u00a0: c’est le vainqueur de Condorcet, {winner:il gagne|elle gagne|ils gagnent|elles gagnent} sans autre calcul.',
    'ranked-pairs.defeats':
      'On range les {count} {count|victoire|victoires} en duel de la plus nette à la plus courte (par écart de voix).',
    'ranked-pairs.ties':
      'Il y a {count} {count|groupe|groupes} de victoires à égalité d’écart\u00a0: leur ordre n’est pas fixé. On range d’abord les victoires de chaque groupe d’après le nom du gagnant, puis celui du perdant (les noms comparés caractère par caractère), puis on essaie tous les autres ordres.',
    'ranked-pairs.lock': 'On valide la victoire {de:winner} sur {loser} (écart {margin}).',
    'ranked-pairs.skip':
      'On saute la victoire {de:winner} sur {loser} (écart {margin})\u00a0: la chaîne déjà validée {path} la contredit, cela fermerait un cercle.',
    'ranked-pairs.orderWinners': 'Dans cet ordre, aucune victoire validée ne vise {winners}.',
    'ranked-pairs.otherOrders': 'D’autres ordres des victoires à égalité font aussi gagner {extra}.',
    'ranked-pairs.sameInAllOrders': 'Tous les autres ordres des victoires à égalité donnent les mêmes gagnants.',
    'ranked-pairs.winners': '{winners} {winners:gagne|gagnent}.',
    'ranked-pairs.tooManyOrders':
      'Trop de victoires ont le même écart\u00a0: les paires classées ne peuvent pas essayer tous leurs ordres pour ces {candidates} candidats.',
  },
  en: {
    // copeland
    'copeland.matrix':
      'Every pair of candidates meets in a duel. The table shows, out of {voters} {voters|voter|voters}, how many prefer the row candidate to the column candidate, and the gap between the two sides.',
    'copeland.duels':
      '{name} {name:wins|win} {won} {won|duel|duels}, {name:draws|draw} {tied} and {name:loses|lose} {lost}: score {score}.',
    'copeland.winners': '{winners} {winners:has|have} the best score ({score}) and {winners:wins|win}.',
    // condorcet-winner
    'condorcet-winner.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap.',
    'condorcet-winner.fails': '{name} {name:does|do} not beat {by}, and so {name:is|are} not the Condorcet winner.',
    'condorcet-winner.none': 'No candidate beats all the others: there is no Condorcet winner.',
    'condorcet-winner.found':
      '{winner} {winner:wins|win} every duel ({rivals} {rivals|duel|duels}) and so {winner:is|are} the Condorcet winner.',
    // condorcet-loser
    'condorcet-loser.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap.',
    'condorcet-loser.escapes':
      '{name} {name:is|are} not beaten by {against}, and so {name:is|are} not the Condorcet loser.',
    'condorcet-loser.none': 'No candidate loses to all the others: there is no Condorcet loser.',
    'condorcet-loser.found':
      '{loser} {loser:loses|lose} every duel ({rivals} {rivals|duel|duels}) and so {loser:is|are} the Condorcet loser.',
    // smith-set
    'smith-set.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap.',
    'smith-set.chain':
      'The candidates fall into {count} {count|group|groups}: every candidate of a group beats, in a duel, all the candidates of the groups below.',
    'smith-set.result': 'The Smith set is the first group: {winners}.',
    // minimax
    'minimax.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap.',
    'minimax.worst': 'The worst defeat of {name} is by {score} {score|vote|votes}, against {by}.',
    'minimax.unbeaten': '{name} {name:loses|lose} no duel: score 0.',
    'minimax.winners': '{winners} {winners:has|have} the mildest worst defeat ({score}) and {winners:wins|win}.',
    // schulze
    'schulze.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap. Each positive gap is a duel win.',
    'schulze.paths':
      'For every pair, we look for the strongest chain of wins from one to the other: a chain is worth the gap of its weakest win. The table shows the strength of the best chain (0 if there is none).',
    'schulze.unbeaten':
      'Against every rival, {name} {name:has|have} a chain at least as strong as the rival’s chain the other way.',
    'schulze.beaten':
      '{by} {by:is|are} ahead of {name}: the best chain that way ({path}) has strength {strength}, against {against} for the best chain the other way.',
    'schulze.winners': 'Nobody is ahead of {winners}, so {winners} {winners:wins|win}.',
    // black
    'black.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap.',
    'black.condorcet':
      '{winner} {winner:beats|beat} every other candidate in a duel, and so {winner:is|are} the Condorcet winner and {winner:wins|win}.',
    'black.noCondorcet': 'No candidate beats all the others in a duel, so we count Borda points.',
    'black.borda':
      'Borda count: on each ballot, a candidate gets one point for each candidate ranked below it. Totals: {points}.',
    'black.winners': '{winners} {winners:has|have} the most points ({points}) and {winners:wins|win}.',
    // kemeny-young
    'kemeny-young.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap.',
    'kemeny-young.order':
      'A full ranking scores, for each pair it puts in some order, the vote gap in favour of that order. The best ranking, {order}, scores {score}, and it is the only one.',
    'kemeny-young.oneOrder':
      'A full ranking scores, for each pair it puts in some order, the vote gap in favour of that order. The best score is {score}, reached for example by {order}.',
    'kemeny-young.firsts': 'Best score of a ranking that puts each candidate first: {scores}.',
    'kemeny-young.winners': '{winners} {winners:tops|top} a ranking scoring {score} and {winners:wins|win}.',
    // ranked-pairs
    'ranked-pairs.matrix':
      'For every pair of candidates, the table shows how many of the {voters} {voters|voter|voters} prefer the row candidate to the column candidate, and the gap.',
    'ranked-pairs.condorcet':
      '{winner} {winner:beats|beat} every other candidate in a duel, and so {winner:is|are} the Condorcet winner and {winner:wins|win} straight away.',
    'ranked-pairs.defeats':
      'The {count} duel {count|win is|wins are} sorted from the clearest to the narrowest (by vote gap).',
    'ranked-pairs.ties':
      'There {count|is|are} {count} {count|group|groups} of wins with equal gaps, so their order is not fixed. We first sort the wins in each group by the winner’s name, then the loser’s (names compared character by character), then try every other order.',
    'ranked-pairs.lock': 'Lock in the win of {winner} over {loser} (gap {margin}).',
    'ranked-pairs.skip':
      'Skip the win of {winner} over {loser} (gap {margin}): the locked chain {path} says otherwise, so it would close a circle.',
    'ranked-pairs.orderWinners': 'In this order, no locked win is against {winners}.',
    'ranked-pairs.otherOrders': 'Other orders of the tied wins also make {extra} win.',
    'ranked-pairs.sameInAllOrders': 'Every other order of the tied wins gives the same winners.',
    'ranked-pairs.winners': '{winners} {winners:wins|win}.',
    'ranked-pairs.tooManyOrders':
      'Too many wins have equal gaps: ranked pairs cannot try all their orders for these {candidates} candidates.',
  },
});
