/**
 * What the checker says of a count figure quoted in a chapter's line (`{games.first.tug}`,
 * src/scenario/figures.ts): which reference is wrong, in which text, and why.
 */
import { messageTable } from './table.ts';

export const scenarioFiguresMessages = messageTable({
  fr: {
    'scenario.figure.unknown':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0», que le jeu ne sait pas compter. On écrit ÉLECTION.voters, ÉLECTION.first.OPTION, ÉLECTION.last.OPTION, ÉLECTION.duel.OPTION.OPTION, ÉLECTION.MÉTHODE.OPTION, ÉLECTION.grade.OPTION.NOTE, ÉLECTION.atLeast.OPTION.NOTE, ÉLECTION.atMost.OPTION.NOTE ou ÉLECTION.lowered.OPTION, précédés au besoin de others. (sans le bulletin du joueur) ou share. (en pourcentage) ; OPTION peut être une somme, A+B.',
    'scenario.figure.notGraded':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0», mais l’élection «\u00a0{election}\u00a0» ne compte pas de bulletins notés.',
    'scenario.figure.gradeOutside':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0», mais les notes de cette élection vont de {min} à {max}.',
    'scenario.figure.noElection':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0», mais aucune élection ne s’appelle «\u00a0{election}\u00a0».',
    'scenario.figure.tooEarly':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0» avant que l’élection «\u00a0{election}\u00a0» soit comptée.',
    'scenario.figure.notCandidate':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0», mais «\u00a0{option}\u00a0» n’est pas candidat à l’élection «\u00a0{election}\u00a0».',
    'scenario.figure.notCounted':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0», mais l’élection «\u00a0{election}\u00a0» n’est pas comptée avec «\u00a0{method}\u00a0».',
    'scenario.figure.notRanked':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0», mais l’élection «\u00a0{election}\u00a0» ne compte pas de bulletins classés.',
    'scenario.figure.noPlayer':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0» sans le bulletin du joueur, mais le joueur ne vote pas dans l’élection «\u00a0{election}\u00a0» (aucune étape ballot sur ses électeurs).',
    'scenario.figure.othersMethod':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0»\u00a0: sans le bulletin du joueur, on cite ce que disent les bulletins (first, last, duel, grade…), pas le décompte de «\u00a0{method}\u00a0».',
    'scenario.figure.notHere':
      'Le texte «\u00a0{key}\u00a0» cite «\u00a0{{ref}}\u00a0»\u00a0: un chiffre du décompte ne peut être cité que dans une réplique, une narration ou le retour d’une réponse de quiz.',
  },
  en: {
    'scenario.figure.unknown':
      'The text “{key}” quotes “{{ref}}”, which the game cannot count. Write ELECTION.voters, ELECTION.first.OPTION, ELECTION.last.OPTION, ELECTION.duel.OPTION.OPTION, ELECTION.METHOD.OPTION, ELECTION.grade.OPTION.GRADE, ELECTION.atLeast.OPTION.GRADE, ELECTION.atMost.OPTION.GRADE or ELECTION.lowered.OPTION, preceded if needed by others. (without the player’s ballot) or share. (as a percentage); OPTION may be a sum, A+B.',
    'scenario.figure.notGraded':
      'The text “{key}” quotes “{{ref}}”, but the election “{election}” counts no graded ballots.',
    'scenario.figure.gradeOutside':
      'The text “{key}” quotes “{{ref}}”, but this election’s grades go from {min} to {max}.',
    'scenario.figure.noElection': 'The text “{key}” quotes “{{ref}}”, but no election is called “{election}”.',
    'scenario.figure.tooEarly': 'The text “{key}” quotes “{{ref}}” before the election “{election}” is counted.',
    'scenario.figure.notCandidate':
      'The text “{key}” quotes “{{ref}}”, but “{option}” is not a candidate in the election “{election}”.',
    'scenario.figure.notCounted':
      'The text “{key}” quotes “{{ref}}”, but the election “{election}” is not counted with “{method}”.',
    'scenario.figure.notRanked':
      'The text “{key}” quotes “{{ref}}”, but the election “{election}” counts no ranked ballots.',
    'scenario.figure.noPlayer':
      'The text “{key}” quotes “{{ref}}” without the player’s ballot, but the player does not vote in the election “{election}” (no ballot step on its voters).',
    'scenario.figure.othersMethod':
      'The text “{key}” quotes “{{ref}}”: without the player’s ballot, quote what the ballots say (first, last, duel, grade…), not the count of “{method}”.',
    'scenario.figure.notHere':
      'The text “{key}” quotes “{{ref}}”: a count’s figure can only be quoted in a spoken or narrated line or in a quiz answer’s feedback.',
  },
});
