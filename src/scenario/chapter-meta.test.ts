import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterFormat, readChapterText, tooBig } from './chapter-file.ts';
import { chapterMeta, peekChapterMeta, reservedNumber } from './chapter-meta.ts';
import { formatIssue } from './issue-text.ts';
import { LIMITS } from './limits.ts';
import { loadScenarioText } from './load.ts';

const root = new URL('../../', import.meta.url);
const phare = readFileSync(new URL('tests/scenarios/chapter-file/phare.json', root), 'utf8');

/** The fixture with some top-level fields replaced (written as a JSON text, so lines are real). */
function variant(fields: Record<string, unknown>): string {
  const doc = JSON.parse(phare) as Record<string, unknown>;
  return JSON.stringify({ ...doc, ...fields }, null, 2);
}

describe('a chapter’s own metadata', () => {
  it('every chapter of the game says its number, its title in both languages and its place on the coast; ids follow the rule', () => {
    const files = readdirSync(new URL('scenarios/', root)).filter((f) => /^chapter-.*\.json$/.test(f));
    expect(files).toHaveLength(9);
    const numbers = new Set<number>();
    for (const file of files) {
      const loaded = loadScenarioText(readFileSync(new URL(`scenarios/${file}`, root), 'utf8'));
      expect(loaded.scenario, file).toBeDefined();
      const meta = chapterMeta(loaded.scenario!);
      expect(meta.id).toBe(`chapter-${meta.number}`);
      expect(reservedNumber(meta.id)).toBe(meta.number);
      expect(loaded.scenario!.coast, `${file} says where it stands`).toBeDefined();
      expect(meta.title.fr).not.toBe(meta.title.en);
      expect(meta.title.fr.length).toBeGreaterThan(3);
      numbers.add(meta.number!);
    }
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('a chapter with an id of its own (not chapter-N) and no number loads; the place defaults to the Council Rocks', () => {
    const loaded = loadScenarioText(variant({ coast: undefined }));
    expect(loaded.issues).toEqual([]);
    expect(chapterMeta(loaded.scenario!)).toEqual({
      id: 'phare',
      title: { fr: 'Le phare du port', en: 'The harbour lighthouse' },
      coast: 'reef-council',
    });
    expect(chapterMeta(loadScenarioText(phare).scenario!).coast).toBe('harbour');
  });

  it('refuses a chapter-N id whose number disagrees or is missing, on the id’s line, in French and in English', () => {
    for (const fields of [{ id: 'chapter-3', chapter: 4 }, { id: 'chapter-12' }]) {
      const text = variant(fields);
      const loaded = loadScenarioText(text);
      expect(loaded.scenario).toBeUndefined();
      const found = loaded.issues.filter((i) => i.key === 'scenario.chapter.idNumber');
      expect(found).toHaveLength(1);
      const idLine = text.split('\n').findIndex((l) => l.includes('"id": "chapter-')) + 1;
      expect(found[0].line).toBe(idLine);
      expect(formatIssue(found[0], 'fr')).toContain(`${idLine}:`);
      expect(formatIssue(found[0], 'fr')).toContain(`réservé au chapitre ${reservedNumber(fields.id)}`);
      expect(formatIssue(found[0], 'en')).toContain(`reserved for the game’s chapter ${reservedNumber(fields.id)}`);
    }
    expect(loadScenarioText(variant({ id: 'chapter-3', chapter: 3 })).issues).toEqual([]);
    // Only `chapter-` and digits are reserved.
    expect(reservedNumber('chapter-3-bis')).toBeUndefined();
    expect(reservedNumber('chapter-123')).toBeUndefined();
    expect(loadScenarioText(variant({ id: 'chapter-3-bis' })).issues).toEqual([]);
  });

  it('refuses a place that is not on the coast, and a number or place on a sandbox', () => {
    const text = variant({ coast: 'moon' });
    const bad = loadScenarioText(text);
    expect(bad.scenario).toBeUndefined();
    expect(bad.issues[0].path).toEqual(['coast']);
    expect(bad.issues[0].line).toBe(text.split('\n').findIndex((l) => l.includes('"coast"')) + 1);
    const sandbox = loadScenarioText(variant({ kind: 'sandbox', chapter: 2 }));
    expect(sandbox.issues.map((i) => [i.key, i.path])).toEqual([
      ['scenario.chapter.sandboxMeta', ['chapter']],
      ['scenario.chapter.sandboxMeta', ['coast']],
    ]);
  });

  it('peeks at the metadata of a document without checking it, and gives up on what is not a chapter', () => {
    expect(peekChapterMeta({ id: 'x', title: 't', chapter: 4, coast: 'dune', texts: { fr: { t: 'Titre' } } })).toEqual({
      id: 'x',
      number: 4,
      title: { fr: 'Titre', en: 'Titre' },
      coast: 'dune',
    });
    expect(peekChapterMeta({ id: 'x', title: 't', coast: 'moon', chapter: 1.5 })).toEqual({
      id: 'x',
      title: { fr: 'x', en: 'x' },
      coast: 'reef-council',
    });
    for (const junk of [null, [], 'chapter', { id: 3, title: 't' }, { id: 'x' }])
      expect(peekChapterMeta(junk)).toBeUndefined();
  });
});

describe('a chapter read from a teacher’s file', () => {
  it('tells JSON from a chapter source by the name, then by the first character', () => {
    expect(chapterFormat('phare.json', 'anything')).toBe('json');
    expect(chapterFormat('phare.chapitre', '{')).toBe('source');
    expect(chapterFormat('phare.txt', '\uFEFF  {"id":')).toBe('json');
    expect(chapterFormat('phare.txt', '# Le phare')).toBe('source');
    expect(chapterFormat('phare', '{')).toBe('json');
  });

  it('reads a chapter, refuses a sandbox, and says when no compiler can read a source', () => {
    const ok = readChapterText('phare.json', phare);
    expect(ok.meta?.id).toBe('phare');
    expect(ok.issues).toEqual([]);
    const sandbox = readChapterText(
      'spoiler.json',
      readFileSync(new URL('scenarios/sandbox-spoiler.json', root), 'utf8'),
    );
    expect(sandbox.scenario).toBeUndefined();
    expect(sandbox.issues.map((i) => i.key)).toEqual(['scenario.file.notChapter']);
    expect(readChapterText('phare.chapitre', 'Perle: Bonjour.').issues.map((i) => i.key)).toEqual([
      'scenario.file.noCompiler',
    ]);
    const compiled = readChapterText('phare.chapitre', 'Perle: Bonjour.', (text, name) =>
      name === 'phare.chapitre' && text.startsWith('Perle') ? loadScenarioText(phare) : { issues: [] },
    );
    expect(compiled.format).toBe('source');
    expect(compiled.meta?.title.en).toBe('The harbour lighthouse');
  });

  it('a broken file gives each problem with its line and column', () => {
    const text = phare.replace('"goto": "white-end"', '"goto": "nowhere"');
    const read = readChapterText('phare.json', text);
    expect(read.scenario).toBeUndefined();
    const line = text.split('\n').findIndex((l) => l.includes('"nowhere"')) + 1;
    expect(read.issues.map((i) => [i.severity, i.line])).toContainEqual(['error', line]);
    expect(read.issues.every((i) => i.column !== undefined)).toBe(true);
  });

  it('refuses a file larger than a scenario may be, by its size alone', () => {
    expect(tooBig(LIMITS.fileBytes)).toBeUndefined();
    expect(tooBig(LIMITS.fileBytes + 1)?.key).toBe('scenario.limit.file');
  });
});
