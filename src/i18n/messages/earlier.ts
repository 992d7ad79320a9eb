/**
 * Messages of the `ended(chapter, ending)` condition (a chapter that opens on how an earlier one
 * ended): what the checker says of a malformed one. Read beside the scenario table.
 */
import { messageTable } from './table.ts';

export const earlierMessages = messageTable({
  fr: {
    'scenario.condition.needsEnding':
      'Cette condition doit nommer la fin du chapitre («\u00a0ending\u00a0»)\u00a0: ended(chapter-1, forest).',
    'scenario.condition.endedItself':
      'Un chapitre ne peut pas dépendre de sa propre fin («\u00a0{id}\u00a0»)\u00a0: nommez un chapitre précédent.',
  },
  en: {
    'scenario.condition.needsEnding':
      'This condition must name the chapter’s ending (“ending”): ended(chapter-1, forest).',
    'scenario.condition.endedItself': 'A chapter cannot depend on its own ending (“{id}”): name an earlier chapter.',
  },
});
