/**
 * Talking to the characters on the coast, outside any chapter: who lives where now (the first
 * chapter's residents, then each finished chapter's; the lighthouse keeper moves to the harbour),
 * what each one says as the story goes (the first rule that holds, most particular first), and
 * whose turn it is when several live at one place. Headless: the coast scene draws the bubble.
 */
import type { CoastPlace } from './world.ts';
import { isCoastPlace } from '../../scenario/coast.ts';
import type { CoastProgress, WorldKey } from './coast-world.ts';

/** The chapter's ending, when that chapter is finished. */
function ended(p: CoastProgress, chapter: string): string | undefined {
  return p.chaptersDone.includes(chapter) ? p.endings[chapter] : undefined;
}

const done = (p: CoastProgress, chapter: string): boolean => p.chaptersDone.includes(chapter);

/** One thing a character may say: `when` decides, the first that holds is said. */
interface Said {
  readonly when: (p: CoastProgress) => boolean;
  readonly key: WorldKey;
}

const always = (): boolean => true;
const endedOn =
  (chapter: string, ending: string) =>
  (p: CoastProgress): boolean =>
    ended(p, chapter) === ending;
const after =
  (chapter: string) =>
  (p: CoastProgress): boolean =>
    done(p, chapter);
const started = (p: CoastProgress): boolean => p.chaptersDone.length > 0;

/** What each character says, most particular first; the last rule always holds. */
const TALK: Readonly<Record<string, readonly Said[]>> = {
  homere: [
    { when: endedOn('chapter-9', 'majority-judgment'), key: 'world.homere.mentions' },
    { when: after('chapter-9'), key: 'world.homere.done' },
    { when: started, key: 'world.homere.going' },
    { when: always, key: 'world.homere.new' },
  ],
  // Perle talks about the latest thing that happened to the cove: later chapters first.
  perle: [
    { when: after('chapter-9'), key: 'world.perle.done' },
    { when: after('chapter-8'), key: 'world.perle.council' },
    { when: endedOn('chapter-7', 'rainbow'), key: 'world.perle.rainbow' },
    { when: endedOn('chapter-7', 'portrait'), key: 'world.perle.portrait' },
    { when: endedOn('chapter-6', 'maia'), key: 'world.perle.maia' },
    { when: endedOn('chapter-6', 'tourteau'), key: 'world.perle.tourteau' },
    { when: after('chapter-5'), key: 'world.perle.grades' },
    { when: endedOn('chapter-4', 'tug'), key: 'world.perle.tug' },
    { when: endedOn('chapter-4', 'dive'), key: 'world.perle.twin' },
    { when: endedOn('chapter-3', 'soup'), key: 'world.perle.soup' },
    { when: endedOn('chapter-3', 'salad'), key: 'world.perle.salad' },
    { when: after('chapter-2'), key: 'world.perle.runoff' },
    { when: endedOn('chapter-1', 'forest'), key: 'world.perle.forest' },
    { when: endedOn('chapter-1', 'wreck'), key: 'world.perle.wreck' },
    { when: endedOn('chapter-1', 'dune'), key: 'world.perle.dune' },
    { when: started, key: 'world.perle.going' },
    { when: always, key: 'world.perle.new' },
  ],
  bigorne: [
    { when: endedOn('chapter-1', 'dune'), key: 'world.bigorne.dune' },
    { when: after('chapter-1'), key: 'world.bigorne.lost' },
    { when: always, key: 'world.bigorne.new' },
  ],
  maia: [
    { when: endedOn('chapter-6', 'maia'), key: 'world.maia.keeper' },
    { when: endedOn('chapter-6', 'tourteau'), key: 'world.maia.tea' },
    { when: after('chapter-2'), key: 'world.maia.spoken' },
    { when: always, key: 'world.maia.new' },
  ],
  lina: [
    { when: endedOn('chapter-7', 'portrait'), key: 'world.lina.portrait' },
    { when: endedOn('chapter-7', 'rainbow'), key: 'world.lina.rainbow' },
    { when: endedOn('chapter-3', 'salad'), key: 'world.lina.salad' },
    { when: endedOn('chapter-1', 'wreck'), key: 'world.lina.wreck' },
    { when: always, key: 'world.lina.new' },
  ],
  etrille: [
    { when: endedOn('chapter-2', 'etrille'), key: 'world.etrille.speaker' },
    { when: after('chapter-2'), key: 'world.etrille.lost' },
    { when: always, key: 'world.etrille.new' },
  ],
  archet: [
    { when: endedOn('chapter-5', 'all-loud'), key: 'world.archet.dance' },
    { when: after('chapter-5'), key: 'world.archet.song' },
    { when: always, key: 'world.archet.new' },
  ],
  dromie: [
    { when: endedOn('chapter-5', 'hats'), key: 'world.dromie.hats' },
    { when: after('chapter-5'), key: 'world.dromie.wait' },
    { when: always, key: 'world.dromie.new' },
  ],
  grisette: [
    { when: endedOn('chapter-4', 'tug'), key: 'world.grisette.tug' },
    { when: after('chapter-1'), key: 'world.grisette.count' },
    { when: always, key: 'world.grisette.new' },
  ],
  riviere: [
    { when: endedOn('chapter-9', 'star'), key: 'world.riviere.star' },
    { when: after('chapter-7'), key: 'world.riviere.notes' },
    { when: always, key: 'world.riviere.new' },
  ],
  filasse: [
    { when: after('chapter-9'), key: 'world.filasse.advice' },
    { when: endedOn('chapter-1', 'forest'), key: 'world.filasse.forest' },
    { when: always, key: 'world.filasse.new' },
  ],
  galathee: [
    { when: endedOn('chapter-9', 'schulze'), key: 'world.galathee.schulze' },
    { when: endedOn('chapter-9', 'irv'), key: 'world.galathee.irv' },
    { when: after('chapter-4'), key: 'world.galathee.duels' },
    { when: always, key: 'world.galathee.new' },
  ],
  balthazar: [
    { when: endedOn('chapter-3', 'soup'), key: 'world.balthazar.soup' },
    { when: endedOn('chapter-1', 'wreck'), key: 'world.balthazar.wreck' },
    { when: always, key: 'world.balthazar.new' },
  ],
  cigale: [
    { when: after('chapter-9'), key: 'world.cigale.done' },
    { when: after('chapter-8'), key: 'world.cigale.council' },
    { when: always, key: 'world.cigale.new' },
  ],
  caramote: [
    { when: endedOn('chapter-2', 'caramote'), key: 'world.caramote.speaker' },
    { when: endedOn('chapter-4', 'dive'), key: 'world.caramote.dive' },
    { when: after('chapter-2'), key: 'world.caramote.lost' },
    { when: always, key: 'world.caramote.new' },
  ],
  bouquet: [
    { when: after('chapter-7'), key: 'world.bouquet.star' },
    { when: always, key: 'world.bouquet.new' },
  ],
  roule: [
    { when: after('chapter-2'), key: 'world.roule.second' },
    { when: always, key: 'world.roule.new' },
  ],
  maree: [
    { when: after('chapter-9'), key: 'world.maree.done' },
    { when: after('chapter-5'), key: 'world.maree.grades' },
    { when: always, key: 'world.maree.new' },
  ],
  gamba: [
    { when: endedOn('chapter-9', 'irv'), key: 'world.gamba.irv' },
    { when: endedOn('chapter-3', 'soup'), key: 'world.gamba.soup' },
    { when: endedOn('chapter-3', 'salad'), key: 'world.gamba.salad' },
    { when: always, key: 'world.gamba.new' },
  ],
  anatife: [
    { when: endedOn('chapter-8', 'sainte-lague'), key: 'world.anatife.seat' },
    { when: always, key: 'world.anatife.new' },
  ],
  eclair: [
    { when: endedOn('chapter-7', 'rainbow'), key: 'world.eclair.rainbow' },
    { when: endedOn('chapter-5', 'lights'), key: 'world.eclair.lights' },
    { when: always, key: 'world.eclair.new' },
  ],
  tourteau: [
    { when: endedOn('chapter-6', 'tourteau'), key: 'world.tourteau.keeper' },
    { when: always, key: 'world.tourteau.new' },
  ],
};

/** Every character who can be talked to on the coast. */
export const TALKERS: readonly string[] = Object.keys(TALK);

/** The short line a character says on the coast, outside any chapter; undefined for one who has none. */
export function residentLine(character: string, p: CoastProgress): WorldKey | undefined {
  return TALK[character]?.find((s) => s.when(p))?.key;
}

/** A character of a chapter's cast, as its file gives it. */
interface CastAtHome {
  readonly id: string;
  readonly home?: string;
}

export interface ChapterCast {
  readonly chapter: string;
  readonly members: readonly CastAtHome[];
}

interface CoastResident {
  readonly id: string;
  readonly place: CoastPlace;
}

/** The player's own character never stands among the residents. */
const PLAYER = 'nacre';

/**
 * Who lives on the coast now, in the order met: the first chapter's cast (the player arrives and
 * meets them), then the cast of every finished chapter. Only characters with something to say
 * and a home on the map; the keeper chapter 6 elected lives at the harbour, by the lighthouse.
 */
export function coastResidents(casts: readonly ChapterCast[], p: CoastProgress): CoastResident[] {
  const keeper = ended(p, 'chapter-6');
  const out: CoastResident[] = [];
  casts.forEach((cast, i) => {
    if (i > 0 && !done(p, cast.chapter)) return;
    for (const m of cast.members) {
      if (m.id === PLAYER || !TALK[m.id] || out.some((r) => r.id === m.id)) continue;
      const place = m.id === keeper ? 'harbour' : isCoastPlace(m.home) ? m.home : undefined;
      if (place) out.push({ id: m.id, place });
    }
  });
  return out;
}

/** Who speaks when the player asks at a place: the one after the last who spoke there, round and round. */
export function nextToTalk(here: readonly string[], last: string | undefined): string | undefined {
  if (here.length === 0) return undefined;
  const at = last === undefined ? -1 : here.indexOf(last);
  return here[(at + 1) % here.length];
}
