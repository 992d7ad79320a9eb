/**
 * Messages of the persuasion effect (`persuade` in a chapter: a voter's preferences changed by
 * the story): what the checker says of a malformed or unknown persuasion, and how the transcript
 * says it. Read by scenarioText beside the scenario table.
 */
import { messageTable } from './table.ts';

export const persuasionMessages = messageTable({
  fr: {
    'scenario.effect.persuadeForm':
      'Une persuasion donne une seule nouvelle préférence\u00a0: {keys} (ici\u00a0: {present}).',
    'scenario.effect.persuadeOnly':
      'Les champs ranking, grades, approves et electorate d’un effet n’ont de sens qu’avec «\u00a0persuade\u00a0».',
    'scenario.persuade.unknownVoter': 'Aucun électorat n’a de votant «\u00a0{id}\u00a0» à convaincre.',
    'scenario.persuade.invalid':
      'Persuasion incomprise «\u00a0{text}\u00a0»\u00a0: persuade votant [in électorat] a > b > c, persuade votant approves a b, ou persuade votant a=5 b=2.',
    'scenario.transcript.persuaded': '(persuasion\u00a0: {voter} → {ballot})',
  },
  en: {
    'scenario.effect.persuadeForm': 'A persuasion gives exactly one new preference: {keys} (here: {present}).',
    'scenario.effect.persuadeOnly':
      'An effect’s ranking, grades, approves and electorate fields only make sense with “persuade”.',
    'scenario.persuade.unknownVoter': 'No electorate has a voter “{id}” to persuade.',
    'scenario.persuade.invalid':
      'Persuasion not understood “{text}”: persuade voter [in electorate] a > b > c, persuade voter approves a b, or persuade voter a=5 b=2.',
    'scenario.transcript.persuaded': '(persuasion: {voter} → {ballot})',
  },
});
