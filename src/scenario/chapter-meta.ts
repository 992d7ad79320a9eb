/**
 * A chapter's own metadata: its id, its number, its title and where its sign stands on the
 * coast, all read from the chapter file, so that a new chapter needs no change to the game.
 *
 * The id rule: any id (`Id` in schema.ts) names a chapter, and progress and saved runs are keyed
 * by it; ids of the form `chapter-N` are reserved for numbered chapters and must agree with
 * `"chapter": N` (a file saying `chapter-3` but numbered 4 would share chapter 3's save).
 */
import { reservedNumber } from './chapter-id.ts';
import { DEFAULT_COAST_PLACE, isCoastPlace, type CoastPlace } from './coast.ts';
import { issue, type ScenarioIssue } from './issues.ts';
import type { ScenarioData } from './schema.ts';

export { reservedNumber } from './chapter-id.ts';

export interface ChapterMeta {
  readonly id: string;
  /** Shown before the title ("Chapter 3"); a chapter without one is shown by its title alone. */
  readonly number?: number;
  /** The title in each language (the French one when the English is missing). */
  readonly title: { readonly fr: string; readonly en: string };
  readonly coast: CoastPlace;
}

/** The id rule and the metadata's consistency, after the schema (paths point at the field). */
export function checkChapterMeta(s: ScenarioData): ScenarioIssue[] {
  const found: ScenarioIssue[] = [];
  if (s.kind === 'sandbox') {
    for (const field of ['chapter', 'coast'] as const) {
      if (s[field] !== undefined) found.push(issue('scenario.chapter.sandboxMeta', [field], { field }));
    }
    return found;
  }
  const expected = reservedNumber(s.id);
  if (expected !== undefined && s.chapter !== expected)
    found.push(issue('scenario.chapter.idNumber', ['id'], { id: s.id, expected }));
  return found;
}

/** The metadata of a checked chapter. */
export function chapterMeta(s: ScenarioData): ChapterMeta {
  const fr = s.texts.fr[s.title] ?? s.id;
  return {
    id: s.id,
    ...(s.chapter !== undefined ? { number: s.chapter } : {}),
    title: { fr, en: s.texts.en[s.title] ?? fr },
    coast: s.coast ?? DEFAULT_COAST_PLACE,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The metadata read from a parsed document without checking the rest (a list of chapters need
 * not check nine files to show nine titles; the chapter is checked in full when it is played).
 * Undefined when the fields a list needs are not there.
 */
export function peekChapterMeta(doc: unknown): ChapterMeta | undefined {
  if (!isRecord(doc) || typeof doc.id !== 'string' || typeof doc.title !== 'string') return undefined;
  const texts = isRecord(doc.texts) ? doc.texts : {};
  const table = (lang: string): Record<string, unknown> => (isRecord(texts[lang]) ? texts[lang] : {});
  const text = (lang: string): string | undefined => {
    const value = table(lang)[doc.title as string];
    return typeof value === 'string' ? value : undefined;
  };
  const fr = text('fr') ?? doc.id;
  const number = typeof doc.chapter === 'number' && Number.isInteger(doc.chapter) ? doc.chapter : undefined;
  const coast = typeof doc.coast === 'string' && isCoastPlace(doc.coast) ? doc.coast : DEFAULT_COAST_PLACE;
  return { id: doc.id, ...(number !== undefined ? { number } : {}), title: { fr, en: text('en') ?? fr }, coast };
}
