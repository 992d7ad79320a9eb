/**
 * What the checker says of a count figure quoted in a chapter's line (`{games.first.tug}`,
 * src/scenario/figures.ts): which reference is wrong, in which text, and why.
 */
import { messageTable } from './table.ts';

export const scenarioFiguresMessages = messageTable({
  fr: {
    'scenario.figure.unknown':
      'Le texte « {key} » cite « {{ref}} », que le jeu ne sait pas compter. On écrit ÉLECTION.voters, ÉLECTION.first.OPTION, ÉLECTION.last.OPTION, ÉLECTION.duel.OPTION.OPTION ou ÉLECTION.MÉTHODE.OPTION.',
    'scenario.figure.noElection':
      'Le texte « {key} » cite « {{ref}} », mais aucune élection ne s’appelle « {election} ».',
    'scenario.figure.tooEarly': 'Le texte « {key} » cite « {{ref}} » avant que l’élection « {election} » soit comptée.',
    'scenario.figure.notCandidate':
      'Le texte « {key} » cite « {{ref}} », mais « {option} » n’est pas candidat à l’élection « {election} ».',
    'scenario.figure.notCounted':
      'Le texte « {key} » cite « {{ref}} », mais l’élection « {election} » n’est pas comptée avec « {method} ».',
    'scenario.figure.notRanked':
      'Le texte « {key} » cite « {{ref}} », mais l’élection « {election} » ne compte pas de bulletins classés.',
    'scenario.figure.notHere':
      'Le texte « {key} » cite « {{ref}} » : un chiffre du décompte ne peut être cité que dans une réplique, une narration ou la réponse à une question.',
  },
  en: {
    'scenario.figure.unknown':
      'The text “{key}” quotes “{{ref}}”, which the game cannot count. Write ELECTION.voters, ELECTION.first.OPTION, ELECTION.last.OPTION, ELECTION.duel.OPTION.OPTION or ELECTION.METHOD.OPTION.',
    'scenario.figure.noElection': 'The text “{key}” quotes “{{ref}}”, but no election is called “{election}”.',
    'scenario.figure.tooEarly': 'The text “{key}” quotes “{{ref}}” before the election “{election}” is counted.',
    'scenario.figure.notCandidate':
      'The text “{key}” quotes “{{ref}}”, but “{option}” is not a candidate in the election “{election}”.',
    'scenario.figure.notCounted':
      'The text “{key}” quotes “{{ref}}”, but the election “{election}” is not counted with “{method}”.',
    'scenario.figure.notRanked':
      'The text “{key}” quotes “{{ref}}”, but the election “{election}” counts no ranked ballots.',
    'scenario.figure.notHere':
      'The text “{key}” quotes “{{ref}}”: a count’s figure can only be quoted in a spoken or narrated line or in a quiz answer’s feedback.',
  },
});
