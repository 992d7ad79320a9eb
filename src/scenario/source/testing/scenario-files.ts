/**
 * Test helpers: the shipped sources read from scenarios/, and the one normalisation the
 * equivalence with the old JSON needs (the shared cast, see normaliseCast).
 */
import { readFileSync } from 'node:fs';
import type { ScenarioData } from '../../schema.ts';
import { parseCast, type Cast } from '../cast.ts';
import { frenchSpaces } from '../typography.ts';

const root = new URL('../../../../scenarios/', import.meta.url);

export function scenarioFile(name: string): string {
  return readFileSync(new URL(name, root), 'utf8');
}

export function shippedCast(): Cast {
  return parseCast(scenarioFile('cast.txt'), scenarioFile('cast.en.txt')).cast;
}

/**
 * Every character is written once in the cast file, so a chapter's compiled cast may differ
 * from its old hand-written copy in four ways only, and these are what is left out here:
 * - its personality (one line per character now, and its key `cast.ID.about`),
 * - its colours (a few chapters drew the same character in other shades: one look now),
 * - its home (one per character, kept when the chapter has that place),
 * - its moods (the union of the moods all chapters gave it; checked apart: a superset).
 * Its id, name (French and English), species and accessory must be equal.
 * One more normalisation, not about the cast: French texts are compared after frenchSpaces
 * (the compiler makes the space before `: ; ! ?` and inside « » non-breaking; 21 old texts
 * had an ordinary space there).
 */
export function normaliseCast(s: ScenarioData): unknown {
  const castKeys = new Set(s.cast.flatMap((c) => [c.name, c.personality]));
  const keep = (table: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(table).filter(([k]) => !castKeys.has(k)));
  return {
    ...s,
    cast: s.cast.map((c) => ({
      id: c.id,
      name: [s.texts.fr[c.name], s.texts.en[c.name]],
      species: c.species,
      accessory: c.look.accessory,
    })),
    texts: {
      fr: Object.fromEntries(Object.entries(keep(s.texts.fr)).map(([k, t]) => [k, frenchSpaces(t)])),
      en: keep(s.texts.en),
    },
  };
}
