import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coastWorldMessages } from '../../i18n/messages/coast-world.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { coastResidents, nextToTalk, residentLine, TALKERS, type ChapterCast } from './coast-talk.ts';
import type { CoastProgress } from './coast-world.ts';

/** The shipped chapters, in their order, as the coast reads them. */
const chapters: ScenarioData[] = readdirSync('scenarios')
  .filter((f) => /^chapter-\d+-.*\.json$/.test(f))
  .sort((a, b) => parseInt(a.slice(8), 10) - parseInt(b.slice(8), 10))
  .map((f) => loadScenarioText(readFileSync(`scenarios/${f}`, 'utf8')).scenario!);
const casts: ChapterCast[] = chapters.map((s) => ({ chapter: s.id, members: s.cast }));
const endingsOf = new Map(
  chapters.map((s) => [
    s.id,
    [...new Set(s.steps.flatMap((st) => (st.type === 'end' && st.ending ? [st.ending] : [])))],
  ]),
);

const none: CoastProgress = { chaptersDone: [], endings: {} };
const after = (endings: Record<string, string>): CoastProgress => ({ chaptersDone: Object.keys(endings), endings });

/**
 * The progress a player can have: nothing finished, one chapter finished (on each of its endings),
 * and every way of finishing all nine (each chapter on one of its endings).
 */
function* everyProgress(): Generator<CoastProgress> {
  const ids = chapters.map((s) => s.id);
  yield none;
  for (const id of ids) for (const e of endingsOf.get(id)!) yield after({ [id]: e });
  function* whole(i: number, endings: Record<string, string>): Generator<CoastProgress> {
    if (i === ids.length) {
      yield after(endings);
      return;
    }
    for (const e of endingsOf.get(ids[i])!) yield* whole(i + 1, { ...endings, [ids[i]]: e });
  }
  yield* whole(0, {});
}

describe('talking to the characters on the coast', () => {
  it('gives every character who lives somewhere on the coast something to say, in French and English', () => {
    const homed = new Set(chapters.flatMap((s) => s.cast.filter((c) => c.home && c.id !== 'nacre').map((c) => c.id)));
    expect(homed.size).toBeGreaterThanOrEqual(20);
    for (const id of homed) {
      const key = residentLine(id, none);
      expect(key, id).toBeDefined();
      expect(coastWorldMessages.en).toHaveProperty(key!);
    }
    expect(residentLine('kriek', none)).toBeUndefined();
  });

  it('says something that follows the story: every line is reached by a real run, and each character has two or more', () => {
    const reached = new Map<string, Set<string>>(TALKERS.map((id) => [id, new Set<string>()]));
    let runs = 0;
    for (const p of everyProgress()) {
      runs += 1;
      for (const id of TALKERS) reached.get(id)!.add(residentLine(id, p)!);
    }
    const counts = [...endingsOf.values()].map((e) => e.length);
    expect(runs).toBe(1 + counts.reduce((a, b) => a + b, 0) + counts.reduce((a, b) => a * b, 1));
    for (const [id, lines] of reached) expect(lines.size, id).toBeGreaterThanOrEqual(2);
    const said = new Set([...reached.values()].flatMap((s) => [...s]));
    const written = Object.keys(coastWorldMessages.fr).filter((k) =>
      TALKERS.some((id) => k.startsWith(`world.${id}.`)),
    );
    // No line is written that no run can reach.
    expect(written.filter((k) => !said.has(k))).toEqual([]);
  });

  it('picks lines from the player’s own endings', () => {
    expect(residentLine('gamba', after({ 'chapter-3': 'soup' }))).toBe('world.gamba.soup');
    expect(residentLine('gamba', after({ 'chapter-3': 'salad' }))).toBe('world.gamba.salad');
    expect(residentLine('caramote', after({ 'chapter-2': 'caramote' }))).toBe('world.caramote.speaker');
    expect(residentLine('caramote', after({ 'chapter-2': 'etrille' }))).toBe('world.caramote.lost');
    expect(residentLine('homere', after({ 'chapter-9': 'majority-judgment' }))).toBe('world.homere.mentions');
    expect(residentLine('homere', after({ 'chapter-9': 'star' }))).toBe('world.homere.done');
    // An ending left from a chapter not finished says nothing.
    expect(residentLine('gamba', { chaptersDone: [], endings: { 'chapter-3': 'soup' } })).toBe('world.gamba.new');
  });

  it('has Perle talk about the latest chapter played, not the same question after each one', () => {
    // Playing the chapters in order, on the first ending each offers: a new line after each chapter.
    const lines: string[] = [];
    const endings: Record<string, string> = {};
    for (const s of chapters) {
      endings[s.id] = endingsOf.get(s.id)![0] ?? '';
      lines.push(residentLine('perle', after({ ...endings }))!);
    }
    expect(new Set(lines).size).toBe(chapters.length);
    expect(lines).not.toContain('world.perle.going');
    // The latest chapter speaks first: the lighthouse after the shelter of chapter 1.
    expect(residentLine('perle', after({ 'chapter-1': 'dune' }))).toBe('world.perle.dune');
    expect(residentLine('perle', after({ 'chapter-1': 'dune', 'chapter-6': 'maia' }))).toBe('world.perle.maia');
    expect(residentLine('perle', after({ 'chapter-4': 'tug' }))).toBe('world.perle.tug');
    expect(residentLine('perle', after({ 'chapter-4': 'dive' }))).toBe('world.perle.twin');
  });

  it('peoples the coast with the first chapter’s cast, then each finished chapter’s', () => {
    const start = coastResidents(casts, none);
    expect(start.map((r) => r.id)).not.toContain('nacre');
    expect(start.map((r) => r.id)).not.toContain('etrille');
    expect(start.find((r) => r.id === 'perle')?.place).toBe('beach');
    expect(start).toHaveLength(12);
    const later = coastResidents(casts, after({ 'chapter-2': 'etrille' }));
    expect(later.find((r) => r.id === 'etrille')?.place).toBe('rock-pool');
    // Tourteau lives nowhere, until the lighthouse is his; then he lives at the harbour.
    expect(coastResidents(casts, after({ 'chapter-6': 'maia' })).find((r) => r.id === 'tourteau')).toBeUndefined();
    expect(coastResidents(casts, after({ 'chapter-6': 'tourteau' })).find((r) => r.id === 'tourteau')?.place).toBe(
      'harbour',
    );
    expect(coastResidents(casts, after({ 'chapter-6': 'maia' })).find((r) => r.id === 'maia')?.place).toBe('harbour');
    const all = coastResidents(casts, after(Object.fromEntries(chapters.map((s) => [s.id, endingsOf.get(s.id)![0]]))));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('goes round everyone at a place, one after the other', () => {
    expect(nextToTalk([], undefined)).toBeUndefined();
    expect(nextToTalk(['perle', 'archet', 'dromie'], undefined)).toBe('perle');
    expect(nextToTalk(['perle', 'archet', 'dromie'], 'perle')).toBe('archet');
    expect(nextToTalk(['perle', 'archet', 'dromie'], 'dromie')).toBe('perle');
    expect(nextToTalk(['perle'], 'bigorne')).toBe('perle');
  });
});
