/**
 * The coast remembers: from the player's progress (the chapters finished and how each ended, as
 * the store keeps them), what each place shows now (the shelter of the storm night, the lit
 * lighthouse, the painted mural, the seated council), what the characters at home say, and the
 * finale on the beach once chapter 9 is over. Headless: the coast scene draws and says it.
 */
import type { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import type { KeyOf } from '../../i18n/translate.ts';
import type { CoastPlace } from './world.ts';

export type WorldKey = KeyOf<typeof coastWorldMessages>;

export interface CoastProgress {
  readonly chaptersDone: readonly string[];
  /** Chapter id → the ending its last finished run reached. */
  readonly endings: Readonly<Record<string, string>>;
  /** The finale was played to its end once: the coast no longer starts it by itself. */
  readonly finaleSeen?: boolean;
}

/** What a place shows because of a chapter's outcome: `kind` says what to draw. */
export interface Landmark {
  readonly place: CoastPlace;
  readonly kind: 'shelter' | 'speaker' | 'lighthouse' | 'mural' | 'council';
  readonly text: WorldKey;
}

/** The chapter's ending, when that chapter is finished and its ending is one of `known`. */
function endingOf<E extends string>(p: CoastProgress, chapter: string, known: readonly E[]): E | undefined {
  const e = p.endings[chapter];
  return p.chaptersDone.includes(chapter) && (known as readonly string[]).includes(e) ? (e as E) : undefined;
}

const SHELTER_PLACE = { forest: 'kelp-forest', wreck: 'harbour', dune: 'dune' } as const;

export function landmarks(p: CoastProgress): Landmark[] {
  const out: Landmark[] = [];
  const shelter = endingOf(p, 'chapter-1', ['forest', 'wreck', 'dune'] as const);
  if (shelter) out.push({ place: SHELTER_PLACE[shelter], kind: 'shelter', text: `world.shelter.${shelter}` });
  const speaker = endingOf(p, 'chapter-2', ['etrille', 'caramote'] as const);
  if (speaker) out.push({ place: 'rock-pool', kind: 'speaker', text: `world.speaker.${speaker}` });
  const keeper = endingOf(p, 'chapter-6', ['maia', 'tourteau'] as const);
  if (keeper) out.push({ place: 'harbour', kind: 'lighthouse', text: `world.lighthouse.${keeper}` });
  // A mural is painted whatever won; which one, when the ending says it.
  if (p.chaptersDone.includes('chapter-7')) {
    const mural = endingOf(p, 'chapter-7', ['portrait', 'rainbow'] as const) ?? 'other';
    out.push({ place: 'harbour', kind: 'mural', text: `world.mural.${mural}` });
  }
  const council = endingOf(p, 'chapter-8', ['dhondt', 'sainte-lague', 'bonus'] as const);
  if (council) out.push({ place: 'reef-council', kind: 'council', text: `world.council.${council}` });
  return out;
}

const RULES = ['plurality', 'irv', 'schulze', 'approval', 'majority-judgment', 'star'] as const;

/**
 * A line of the finale: a message and, for the rule, the rule's own name to put in it; who says
 * it (none: the narration) and whom it is about (that character steps forward while it is said).
 */
export interface FinaleLine {
  readonly key: WorldKey;
  readonly rule?: WorldKey;
  readonly speaker?: string;
  readonly about?: string;
}

/** Cigale is the cove's herald: she announces what each vote decided. */
const HERALD = 'cigale';

const SHELTER_HOST = { forest: 'filasse', wreck: 'balthazar', dune: 'bigorne' } as const;
const FEAST_COOK = { salad: 'lina', soup: 'gamba' } as const;
const GAMES_LEAD = { dive: 'caramote', tug: 'grisette', hunt: 'balthazar' } as const;
const PARTY_LEAD = { 'all-loud': 'archet', lights: 'eclair', hats: 'dromie' } as const;
const MURAL_PAINTER = { portrait: 'lina', rainbow: 'eclair' } as const;
const COUNCIL_VOICE = { dhondt: 'cigale', 'sainte-lague': 'anatife', bonus: 'etrille' } as const;

/** The finale on the beach, once chapter 9 is over: the outcomes of the player's own runs, in story order. */
export function finale(p: CoastProgress): FinaleLine[] | undefined {
  if (!p.chaptersDone.includes('chapter-9')) return undefined;
  const lines: FinaleLine[] = [{ key: 'world.finale.intro' }];
  const said = (key: WorldKey, about: string): void => void lines.push({ key, speaker: HERALD, about });
  const shelter = endingOf(p, 'chapter-1', ['forest', 'wreck', 'dune'] as const);
  if (shelter) said(`world.finale.shelter.${shelter}`, SHELTER_HOST[shelter]);
  const speaker = endingOf(p, 'chapter-2', ['etrille', 'caramote'] as const);
  if (speaker) said(`world.finale.speaker.${speaker}`, speaker);
  const feast = endingOf(p, 'chapter-3', ['salad', 'soup'] as const);
  if (feast) said(`world.finale.feast.${feast}`, FEAST_COOK[feast]);
  const games = endingOf(p, 'chapter-4', ['dive', 'tug', 'hunt'] as const);
  if (games) said(`world.finale.games.${games}`, GAMES_LEAD[games]);
  const party = endingOf(p, 'chapter-5', ['all-loud', 'lights', 'hats'] as const);
  if (party) said(`world.finale.party.${party}`, PARTY_LEAD[party]);
  const keeper = endingOf(p, 'chapter-6', ['maia', 'tourteau'] as const);
  if (keeper) said(`world.finale.lighthouse.${keeper}`, keeper);
  const mural = endingOf(p, 'chapter-7', ['portrait', 'rainbow'] as const);
  if (mural) said(`world.finale.mural.${mural}`, MURAL_PAINTER[mural]);
  const council = endingOf(p, 'chapter-8', ['dhondt', 'sainte-lague', 'bonus'] as const);
  if (council) said(`world.finale.council.${council}`, COUNCIL_VOICE[council]);
  const rule = endingOf(p, 'chapter-9', RULES);
  if (rule)
    lines.push({ key: 'world.finale.rule', rule: `world.finale.rule.${rule}`, speaker: HERALD, about: 'homere' });
  lines.push({ key: 'world.finale.end', speaker: 'homere' });
  return lines;
}

/** Who gathers on the beach for the finale: the herald, Homère, Perle, and everyone a line is about. */
export function gathered(lines: readonly FinaleLine[]): string[] {
  const ids = [HERALD, 'homere', 'perle', ...lines.flatMap((l) => (l.about ? [l.about] : []))];
  return [...new Set(ids)];
}
