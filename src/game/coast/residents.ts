/**
 * The characters at home on the coast, read from the game's own chapter files (their cast as the
 * file gives it, each entry checked with the scenario schema): which chapters' casts count and
 * where each one lives now is src/present/flow/coast-talk.ts's to decide.
 */
import type { ChapterFile } from '../flow/chapters.ts';
import { coastResidents, type ChapterCast } from '../../present/flow/coast-talk.ts';
import type { CoastProgress } from '../../present/flow/coast-world.ts';
import type { CoastPlace } from '../../present/flow/world.ts';
import { Character, type ScenarioData } from '../../scenario/schema.ts';

type Member = ScenarioData['cast'][number];

export interface Resident {
  readonly id: string;
  /** The name in the player's language. */
  readonly name: string;
  readonly place: CoastPlace;
  readonly member: Member;
}

interface Read {
  readonly cast: ChapterCast;
  readonly members: ReadonlyMap<string, { member: Member; name: string }>;
}

/** One chapter file's cast; a file that cannot be read gives none (playing it says what is wrong). */
async function readCast(chapter: ChapterFile, language: string): Promise<Read> {
  const members = new Map<string, { member: Member; name: string }>();
  let doc: { cast?: unknown; texts?: Record<string, Record<string, string> | undefined> } = {};
  try {
    const text = await chapter.load();
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as typeof doc;
  } catch {
    return { cast: { chapter: chapter.id, members: [] }, members };
  }
  for (const raw of Array.isArray(doc.cast) ? doc.cast : []) {
    const one = Character.safeParse(raw);
    if (!one.success) continue;
    const m = one.data;
    members.set(m.id, { member: m, name: doc.texts?.[language]?.[m.name] ?? doc.texts?.fr?.[m.name] ?? m.id });
  }
  const cast = { chapter: chapter.id, members: [...members.values()].map(({ member }) => member) };
  return { cast, members };
}

export interface CoastCast {
  /** Who lives where on the coast now, with their look and name. */
  readonly residents: Resident[];
  /** Every character of the game's chapters, by id (the finale gathers some who live nowhere). */
  readonly cast: ReadonlyMap<string, { readonly member: Member; readonly name: string }>;
}

/** The game's chapters' casts, in the chapters' order: the first reading of a character wins. */
export async function loadCoastCast(
  list: readonly ChapterFile[],
  progress: CoastProgress,
  language: string,
): Promise<CoastCast> {
  const read = await Promise.all(list.filter((c) => c.origin === 'game').map((c) => readCast(c, language)));
  const cast = new Map<string, { member: Member; name: string }>();
  for (const r of read) for (const [id, m] of r.members) if (!cast.has(id)) cast.set(id, m);
  const residents = coastResidents(
    read.map((r) => r.cast),
    progress,
  ).map((r) => ({ ...r, ...cast.get(r.id)! }));
  return { residents, cast };
}
