import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../scenario/limits.ts';
import { chapterAndEnglish, openChapterFile } from './chapter-open.ts';
import { chapterList } from './chapters.ts';
import { listStoredChapters, MAX_STORED_CHAPTERS, removeStoredChapter, storeChapter } from './stored-chapters.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');
const phare = read('tests/scenarios/chapter-file/phare.json');

/** A file that must not be read: its size alone decides. */
class UnreadableFile extends File {
  constructor(private readonly claimed: number) {
    super([''], 'huge.json');
  }
  override get size(): number {
    return this.claimed;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    throw new Error('read although too big');
  }
}

describe('opening a chapter file (without the page: node has File)', () => {
  it('pairs a chapter source with its English table, and refuses anything else than one chapter', () => {
    const a = new File(['x'], 'phare.chapitre');
    const en = new File(['x'], 'phare.en.txt');
    expect(chapterAndEnglish([a])).toEqual({ chapter: a });
    expect(chapterAndEnglish([en, a])).toEqual({ chapter: a, english: en });
    expect(chapterAndEnglish([a, new File(['x'], 'autre.json')])).toBeUndefined();
    expect(chapterAndEnglish([en, new File(['x'], 'b.en.txt')])).toBeUndefined();
    expect(chapterAndEnglish([])).toBeUndefined();
  });

  it('refuses a file too big by its size, before reading it; and a file that is not UTF-8', async () => {
    const big = await openChapterFile([new UnreadableFile(LIMITS.fileBytes + 1)]);
    expect(big.ok).toBe(false);
    if (!big.ok) expect(big.problems.lines).toHaveLength(1);
    const latin1 = await openChapterFile([new File([new Uint8Array([0x7b, 0xe9, 0x7d])], 'latin.json')]);
    expect(latin1.ok ? [] : latin1.problems.lines).toEqual([
      'Le fichier n’est pas du texte UTF-8\u00a0: enregistrez-le en UTF-8 puis rouvrez-le.',
    ]);
  });

  it('keeps a good chapter, refuses one that takes a game chapter’s id, and a broken one with its lines', async () => {
    const ok = await openChapterFile([new File([phare], 'phare.json')]);
    expect(ok.ok && ok.chapter.id).toBe('phare');
    expect(listStoredChapters().map((c) => c.meta.id)).toEqual(['phare']);
    expect(removeStoredChapter('phare')).toBe(true);
    const taken = await openChapterFile([
      new File([phare.replace('"id": "phare"', '"id": "chapter-1", "chapter": 1')], 'ch1.json'),
    ]);
    expect(taken.ok ? [] : taken.problems.lines).toEqual([
      'L’identifiant «\u00a0chapter-1\u00a0» est celui d’un chapitre du jeu\u00a0: choisissez-en un autre dans le fichier (par exemple «\u00a0chapter-1-classe\u00a0»).',
    ]);
    const broken = phare.replace('"to": "harbour"', '"to": "lighthouse"');
    const line = broken.split('\n').findIndex((l) => l.includes('"lighthouse"')) + 1;
    const refused = await openChapterFile([new File([broken], 'phare.json')]);
    expect(refused.ok ? [] : refused.problems.lines).toEqual([
      expect.stringMatching(new RegExp(`^Ligne ${line}, colonne \\d+\u00a0: .*lighthouse`)),
    ]);
    expect(listStoredChapters()).toEqual([]);
  });

  it('compiles a chapter source with its English table', async () => {
    const result = await openChapterFile([
      new File([read('tests/scenarios/chapter-file/phare.en.txt')], 'phare.en.txt'),
      new File([read('tests/scenarios/chapter-file/phare.chapitre')], 'phare.chapitre'),
    ]);
    expect(result.ok && result.chapter.title).toEqual({ fr: 'Le phare du port', en: 'The harbour lighthouse' });
    expect(listStoredChapters().map((c) => [c.meta.id, c.name, c.english !== undefined])).toEqual([
      ['phare', 'phare.chapitre', true],
    ]);
    removeStoredChapter('phare');
  });

  it('a chapter the browser cannot keep is still playable until the page closes, and the teacher is told why', async () => {
    for (let i = 0; i < MAX_STORED_CHAPTERS; i++)
      storeChapter({
        meta: { id: `c${i}`, title: { fr: 'T', en: 'T' }, coast: 'dune' },
        name: `c${i}.json`,
        text: '{}',
      });
    const result = await openChapterFile([new File([phare], 'phare.json')]);
    expect(result.ok && result.notice).toBe(
      `Ce navigateur garde déjà ${MAX_STORED_CHAPTERS} chapitres ouverts depuis des fichiers\u00a0: retirez-en un pour en garder un autre.`,
    );
    expect(listStoredChapters().map((c) => c.meta.id)).not.toContain('phare');
    expect((await chapterList()).find((c) => c.id === 'phare')?.origin).toBe('file');
    for (let i = 0; i < MAX_STORED_CHAPTERS; i++) removeStoredChapter(`c${i}`);
  });
});
