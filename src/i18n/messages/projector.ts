/**
 * Texts of the classroom's projector side: the results board's pages, the notes' answers kept
 * off the shared screen, and the print options (copies per ballot kind, which teacher guides).
 * The projector-mode setting's own words are in game.ts (the settings screen reads only that).
 */
import { messageTable } from './table.ts';

export const projectorMessages = messageTable({
  fr: {
    'classroom.board.page': 'page {n} sur {total}',
    'classroom.board.nextPage': 'Page suivante ({n}/{total})',
    'classroom.notes.showAnswers': 'Montrer les réponses sur cet écran',
    'classroom.notes.hideAnswers': 'Cacher les réponses',
    'classroom.notes.answersHidden':
      'L’objectif et le moment clé (les réponses) restent cachés sur l’écran que la classe voit. W ouvre toutes les notes dans une seconde fenêtre, sur votre écran.',
    'classroom.print.copiesOf': 'Exemplaires du bulletin «\u00a0{kind}\u00a0»',
    'classroom.print.guideAll': 'Tous les chapitres',
    'classroom.print.guideOf': 'Guide du chapitre',
  },
  en: {
    'classroom.board.page': 'page {n} of {total}',
    'classroom.board.nextPage': 'Next page ({n}/{total})',
    'classroom.notes.showAnswers': 'Show the answers on this screen',
    'classroom.notes.hideAnswers': 'Hide the answers',
    'classroom.notes.answersHidden':
      'The goal and the key moment (the answers) stay hidden on the screen the class sees. W opens all the notes in a second window, on your own screen.',
    'classroom.print.copiesOf': 'Copies of the “{kind}” ballot',
    'classroom.print.guideAll': 'Every chapter',
    'classroom.print.guideOf': 'Chapter guide',
  },
});
