/**
 * The game speaks to the player with « tu », as the story does; the teacher's screens (the
 * classroom, the live vote, the projector, chapter files and their error messages, the command
 * line) say « vous » to the teacher, consistently. Read by key area: the first word of a key.
 */
import { describe, expect, it } from 'vitest';
import { messages } from './messages/index.ts';
import { formatTemplate } from './format.ts';
import { METHOD_IDS } from '../voting/method.ts';

/** Areas a player reads: the title, the coast, the dialogue, pause, settings, counts, results, hints. */
const PLAYER_AREAS = new Set<string>([
  ...METHOD_IDS,
  'title',
  'place',
  'common',
  'chapters',
  'coast',
  'dialogue',
  'pause',
  'settings',
  'credits',
  'tiebreak',
  'state',
  'count',
  'sandbox',
  'address',
  'crash',
  'notices',
  'screen',
  'chunkFailure',
  'sound',
  'keys',
  'board',
  'clone',
  'happened',
  'world',
  'playerBallot',
]);

/** Areas a teacher reads (an author of chapters is a teacher too). */
const TEACHER_AREAS = new Set(['classroom', 'live', 'box', 'chapterFile', 'chapterSource', 'files', 'cli']);

const area = (key: string): string => key.split('.')[0];
/** « vous », « votre », « vos », or a verb in the imperative of « vous » (« appuyez », « choisissez »). */
const VOUS = /\b(vous|votre|vos)\b|\p{L}+ez\b/iu;
/** Words in -ez that are not verbs. */
const NOT_VERBS = /\b(chez|assez|nez)\b/giu;

describe('the register of the French interface', () => {
  it('says « tu » to the player: no « vous » in what the game shows', () => {
    const found = Object.entries(messages.fr).filter(
      ([key, text]) => PLAYER_AREAS.has(area(key)) && VOUS.test(text.replace(NOT_VERBS, '')),
    );
    expect(found).toEqual([]);
  });

  it('says « vous » to the teacher: no « tu » in the teacher’s screens', () => {
    const found = Object.entries(messages.fr).filter(
      ([key, text]) => TEACHER_AREAS.has(area(key)) && /\b(tu|ton|ta|tes|toi)\b/iu.test(text),
    );
    expect(found).toEqual([]);
  });

  it('the scan can fail: it finds « vous » and an imperative', () => {
    expect(VOUS.test('Appuyez sur Entrée.')).toBe(true);
    expect(VOUS.test('Votre sauvegarde est intacte.')).toBe(true);
    expect(VOUS.test('Appuie sur Entrée, chez toi.'.replace(NOT_VERBS, ''))).toBe(false);
  });
});

describe('places in a sentence', () => {
  it('a common noun after a colon is lowercase; a proper name keeps its capitals', () => {
    const here = (lang: 'fr' | 'en', place: string): string =>
      formatTemplate(messages[lang]['coast.here'], { place: messages[lang][`coast.place.${place}`] }, lang);
    expect(here('fr', 'beach')).toBe('Tu es ici\u00a0: la plage.');
    expect(here('fr', 'reef-council')).toBe('Tu es ici\u00a0: les Rochers du Conseil.');
    expect(here('en', 'kelp-forest')).toBe('You are here: the kelp forest.');
    for (const [key, text] of Object.entries(messages.fr))
      if (key.startsWith('coast.place.')) expect(text, key).toMatch(/^(le |la |les |l’)/);
    for (const [key, text] of Object.entries(messages.en))
      if (key.startsWith('coast.place.')) expect(text, key).toMatch(/^the /);
  });
});
