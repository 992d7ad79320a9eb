/**
 * The coast remembers: from the player's progress (the chapters finished and how each ended, as
 * the store keeps them), what each place shows now (the shelter of the storm night, the lit
 * lighthouse, the painted mural, the seated council), what the characters at home say, and the
 * finale on the beach once chapter 9 is over. Headless: the coast scene draws and says it.
 */
import type { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import type { KeyOf } from '../../i18n/translate.ts';
import type { CoastPlace } from './world.ts';

type WorldKey = KeyOf<typeof coastWorldMessages>;

export interface CoastProgress {
  readonly chaptersDone: readonly string[];
  /** Chapter id → the ending its last finished run reached. */
  readonly endings: Readonly<Record<string, string>>;
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

/** The short line a character says on the coast, outside any chapter; undefined for one who has none. */
export function residentLine(character: string, p: CoastProgress): WorldKey | undefined {
  const done = (id: string): boolean => p.chaptersDone.includes(id);
  const started = p.chaptersDone.length > 0;
  switch (character) {
    case 'homere':
      return done('chapter-9') ? 'world.homere.done' : started ? 'world.homere.going' : 'world.homere.new';
    case 'perle':
      return done('chapter-9') ? 'world.perle.done' : started ? 'world.perle.going' : 'world.perle.new';
    case 'bigorne': {
      const shelter = endingOf(p, 'chapter-1', ['forest', 'wreck', 'dune'] as const);
      return shelter === 'dune' ? 'world.bigorne.dune' : shelter ? 'world.bigorne.lost' : 'world.bigorne.new';
    }
    case 'maia': {
      const keeper = endingOf(p, 'chapter-6', ['maia', 'tourteau'] as const);
      if (keeper) return keeper === 'maia' ? 'world.maia.keeper' : 'world.maia.tea';
      return done('chapter-2') ? 'world.maia.spoken' : 'world.maia.new';
    }
    case 'lina': {
      const mural = endingOf(p, 'chapter-7', ['portrait', 'rainbow'] as const);
      if (mural) return `world.lina.${mural}`;
      return endingOf(p, 'chapter-1', ['wreck'] as const) ? 'world.lina.wreck' : 'world.lina.new';
    }
    case 'etrille': {
      if (!done('chapter-2')) return 'world.etrille.new';
      return p.endings['chapter-2'] === 'etrille' ? 'world.etrille.speaker' : 'world.etrille.lost';
    }
    default:
      return undefined;
  }
}

const RULES = ['plurality', 'irv', 'schulze', 'approval', 'majority-judgment', 'star'] as const;

/** A line of the finale: a message and, for the rule, the rule's own name to put in it. */
interface FinaleLine {
  readonly key: WorldKey;
  readonly rule?: WorldKey;
}

/** The finale on the beach, once chapter 9 is over: the outcomes of the player's own runs, in story order. */
export function finale(p: CoastProgress): FinaleLine[] | undefined {
  if (!p.chaptersDone.includes('chapter-9')) return undefined;
  const lines: FinaleLine[] = [{ key: 'world.finale.intro' }];
  const shelter = endingOf(p, 'chapter-1', ['forest', 'wreck', 'dune'] as const);
  if (shelter) lines.push({ key: `world.finale.shelter.${shelter}` });
  const speaker = endingOf(p, 'chapter-2', ['etrille', 'caramote'] as const);
  if (speaker) lines.push({ key: `world.finale.speaker.${speaker}` });
  const feast = endingOf(p, 'chapter-3', ['salad', 'soup'] as const);
  if (feast) lines.push({ key: `world.finale.feast.${feast}` });
  const keeper = endingOf(p, 'chapter-6', ['maia', 'tourteau'] as const);
  if (keeper) lines.push({ key: `world.finale.lighthouse.${keeper}` });
  const mural = endingOf(p, 'chapter-7', ['portrait', 'rainbow'] as const);
  if (mural) lines.push({ key: `world.finale.mural.${mural}` });
  const council = endingOf(p, 'chapter-8', ['dhondt', 'sainte-lague', 'bonus'] as const);
  if (council) lines.push({ key: `world.finale.council.${council}` });
  const rule = endingOf(p, 'chapter-9', RULES);
  if (rule) lines.push({ key: 'world.finale.rule', rule: `world.finale.rule.${rule}` });
  lines.push({ key: 'world.finale.end' });
  return lines;
}
