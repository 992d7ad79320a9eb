/**
 * Texts of the keyboard and touch controls shared by the count scenes (the vote, the count, the
 * results): which key does what, and the same help without keys on a touch screen.
 */
import { messageTable } from './table.ts';

export const keysMessages = messageTable({
  fr: {
    'keys.count.hint':
      '→ ou Espace\u00a0: étape suivante · ←\u00a0: précédente · Fin\u00a0: dernière étape · Échap\u00a0: menu',
    'keys.count.touch':
      'Touche «\u00a0Étape suivante\u00a0» pour avancer, «\u00a0Aller à la fin\u00a0» pour voir le résultat.',
    'keys.election.hint': 'Fin\u00a0: tous les bulletins d’un coup · Échap\u00a0: menu',
    'keys.coast.touch': 'Touche un lieu pour y marcher, puis son panneau pour entrer.',
  },
  en: {
    'keys.count.hint': '→ or Space: next step · ←: previous · End: last step · Esc: menu',
    'keys.count.touch': 'Tap “Next step” to go on, “Go to the end” to see the result.',
    'keys.election.hint': 'End: every ballot at once · Esc: menu',
    'keys.coast.touch': 'Tap a place to walk there, then its sign to go in.',
  },
});
