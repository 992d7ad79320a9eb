/**
 * Texts of the typed-in counts kept over a reload when they cannot all be kept: a form past its
 * bound, a field too long, a form of piles at its most rows. Said in the form's problem line.
 */
import { messageTable } from './table.ts';

export const classDraftsMessages = messageTable({
  fr: {
    'classroom.draft.tooMany':
      'Ce formulaire a {n} champs remplis, plus que les {max} gardés en cas de rechargement\u00a0: rien de ce qui vient d’être tapé n’est gardé. Rassemblez les bulletins identiques sur une même ligne.',
    'classroom.draft.tooLong':
      '«\u00a0{field}\u00a0» dépasse {max} caractères\u00a0: ce qui vient d’être tapé n’est pas gardé en cas de rechargement. Corrigez ce champ.',
    'classroom.piles.full':
      'Le formulaire tient au plus {max} lignes\u00a0: rassemblez les bulletins identiques sur une même ligne.',
  },
  en: {
    'classroom.draft.tooMany':
      'This form has {n} filled fields, more than the {max} kept over a reload: nothing just typed is kept. Put identical ballots on the same row.',
    'classroom.draft.tooLong':
      '“{field}” is longer than {max} characters: what was just typed is not kept over a reload. Correct this field.',
    'classroom.piles.full': 'The form holds at most {max} rows: put identical ballots on the same row.',
  },
});
