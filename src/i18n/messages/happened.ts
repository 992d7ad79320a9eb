/**
 * What just happened in these ballots (src/present/count/happened.ts): facts computed from the
 * ballots and the engine's criteria, on the results screen. Each Condorcet sentence has a plain
 * form (duels only) for chapters that have not named Condorcet yet (src/present/count/terms.ts).
 */
import { messageTable } from './table.ts';

export const happenedMessages = messageTable({
  fr: {
    'happened.heading': 'Ce qui s’est passé dans ces bulletins',
    'happened.majorityDefeated':
      '{methods}\u00a0: une majorité absolue est battue. Sur {voters} votants, {firsts} mettaient {name} en premier (plus de la moitié), et pourtant {count|cette méthode élit|ces méthodes élisent} une autre option.',
    'happened.condorcetEliminated':
      '{methods}\u00a0: le vainqueur de Condorcet, {name}, est éliminé en cours de décompte, alors qu’il bat chacune des autres options en duel.',
    'happened.condorcetEliminatedPlain':
      '{methods}\u00a0: {name} {name:est éliminé|est éliminée|sont éliminés|sont éliminées} en cours de décompte, alors qu’en duel {name:il bat|elle bat|ils battent|elles battent} chacune des autres options.',
    'happened.condorcetMissed':
      '{methods}\u00a0: le vainqueur de Condorcet, {name}, n’est pas élu, alors qu’il bat chacune des autres options en duel.',
    'happened.condorcetMissedPlain':
      '{methods}\u00a0: {name} {name:n’est pas élu|n’est pas élue|ne sont pas élus|ne sont pas élues}, alors qu’en duel {name:il bat|elle bat|ils battent|elles battent} chacune des autres options.',
    'happened.condorcetLoserElected':
      '{methods}\u00a0: le perdant de Condorcet, {name}, est élu, alors qu’il perd chacun de ses duels.',
    'happened.condorcetLoserElectedPlain':
      '{methods}\u00a0: {name} {name:est élu|est élue|sont élus|sont élues}, alors qu’en duel {name:il perd|elle perd|ils perdent|elles perdent} contre chacune des autres options.',
    'happened.rejectedElected':
      '{methods}\u00a0: {name} {name:est élu|est élue|sont élus|sont élues}, alors que {percent}\u00a0% des votants ({rejecters} sur {voters}) {name:lui|lui|leur|leur} donnent la note la plus basse, {grade}.',
    'happened.differentWinners': 'Les mêmes bulletins élisent {count} vainqueurs différents selon la méthode.',
    'happened.differentResults': 'Les mêmes bulletins donnent {count} résultats différents selon la méthode.',
    'happened.differentSeats':
      'Les mêmes bulletins donnent {count} répartitions différentes des sièges selon la méthode.',
    'happened.tied': '{methods}\u00a0: {n} vainqueurs à égalité ({names}), aucun ne l’emporte seul.',
    'happened.nobody': '{methods}\u00a0: aucun vainqueur, personne n’est élu.',
    'happened.groupTied': '{count} {count|méthode laisse|méthodes laissent} {n} vainqueurs à égalité\u00a0: {names}',
    'happened.duelWinner': 'En duel, {name} {name:bat|battent} chacune des autres options.',
    'happened.noDuelWinner': 'Aucune option ne bat toutes les autres en duel.',
    'happened.duelLoser': 'En duel, {name} {name:perd|perdent} contre chacune des autres options.',
    'happened.noDuelLoser': 'Aucune option ne perd tous ses duels.',
  },
  en: {
    'happened.heading': 'What happened in these ballots',
    'happened.majorityDefeated':
      '{methods}: an absolute majority is defeated. Of {voters} voters, {firsts} put {name} first (more than half), yet {count|this method elects|these methods elect} another option.',
    'happened.condorcetEliminated':
      '{methods}: the Condorcet winner, {name}, is eliminated during the count, despite beating every other option in a duel.',
    'happened.condorcetEliminatedPlain':
      '{methods}: {name} {name:is|are} eliminated during the count, despite beating every other option in a duel.',
    'happened.condorcetMissed':
      '{methods}: the Condorcet winner, {name}, is not elected, despite beating every other option in a duel.',
    'happened.condorcetMissedPlain':
      '{methods}: {name} {name:is|are} not elected, despite beating every other option in a duel.',
    'happened.condorcetLoserElected': '{methods}: the Condorcet loser, {name}, is elected, despite losing every duel.',
    'happened.condorcetLoserElectedPlain':
      '{methods}: {name} {name:is|are} elected, despite losing a duel against every other option.',
    'happened.rejectedElected':
      '{methods}: {name} {name:is|are} elected, though {percent}% of the voters ({rejecters} of {voters}) give this option the lowest grade, {grade}.',
    'happened.differentWinners': 'The same ballots elect {count} different winners, depending on the method.',
    'happened.differentResults': 'The same ballots give {count} different results, depending on the method.',
    'happened.differentSeats': 'The same ballots give {count} different shares of the seats, depending on the method.',
    'happened.tied': '{methods}: {n} winners tied ({names}), none wins alone.',
    'happened.nobody': '{methods}: no winner, nobody is elected.',
    'happened.groupTied': '{count} {count|method leaves|methods leave} {n} winners tied: {names}',
    'happened.duelWinner': 'In a duel, {name} {name:beats|beat} every other option.',
    'happened.noDuelWinner': 'No option beats all the others in a duel.',
    'happened.duelLoser': 'In a duel, {name} {name:loses|lose} against every other option.',
    'happened.noDuelLoser': 'No option loses all its duels.',
  },
});
