/**
 * Whole flows in Node: a chapter played from the title by the journey's own actions (next,
 * answer: the first choice at a question, the next one each time it is asked again, as a
 * player trying each answer in turn; giving up on an open puzzle), through its
 * elections, counts (every frame) and results back to the coast, written as a transcript and
 * compared with tests/journeys/NAME.LANG.txt. A normal run only reads them: a missing one
 * fails. After a deliberate change of what the screens show, write them with
 * UPDATE_TRANSCRIPTS=1 npx vitest run --project unit src/present/flow/journey.test.ts
 * and read the diff.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS, type Lang } from '../../i18n/format.ts';
import { loadScenarioText } from '../../scenario/load.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { playThrough } from '../../scenario/runner.ts';
import { Journey, type Screen } from './journey.ts';
import { JourneyText } from './journey-text.ts';

const dir = new URL('../../../tests/journeys/', import.meta.url);
/** Only this rewrites the expected transcripts; a normal run (and CI) never writes a file. */
const UPDATE = process.env.UPDATE_TRANSCRIPTS === '1';
const UPDATE_COMMAND = 'UPDATE_TRANSCRIPTS=1 npx vitest run --project unit src/present/flow/journey.test.ts';
/** A bound on the player's actions: a journey that needs more is stuck in a loop. */
const MAX_ACTIONS = 5000;

const CASES = [
  { name: 'chapter-1', file: 'scenarios/chapter-1-first-vote.json' },
  { name: 'chapter-2', file: 'scenarios/chapter-2-two-rounds.json' },
  { name: 'chapter-3', file: 'scenarios/chapter-3-instant-runoff.json' },
  { name: 'chapter-4', file: 'scenarios/chapter-4-points-and-duels.json' },
  { name: 'chapter-5', file: 'scenarios/chapter-5-approve-and-grade.json' },
  { name: 'chapter-6', file: 'scenarios/chapter-6-majority-judgment.json' },
  { name: 'chapter-7', file: 'scenarios/chapter-7-star.json' },
  { name: 'chapter-8', file: 'scenarios/chapter-8-council.json' },
  { name: 'chapter-9', file: 'scenarios/chapter-9-real-election.json' },
];

function load(file: string): ScenarioData {
  const loaded = loadScenarioText(readFileSync(file, 'utf8'));
  expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return loaded.scenario as ScenarioData;
}

/** The ballot the player just cast, as the chapter's transcript words it (« Ton bulletin (Nacre) : … »). */
function castBallotLine(scenario: ScenarioData, journey: Journey, words: JourneyText): string {
  const { runner } = playThrough(scenario, journey.given);
  const cast = runner.transcript.findLast((e) => e.type === 'ballot');
  expect(cast, 'the ballot answered is in the transcript').toBeDefined();
  return words.lines({ kind: 'beat', entry: cast! }).at(-1)!;
}

/** Plays the chapter to its end; returns the transcript and the screens' kinds in order. */
function play(scenario: ScenarioData, lang: Lang): { text: string; kinds: Screen['kind'][]; frames: number } {
  const journey = new Journey(scenario);
  const words = new JourneyText(scenario, lang);
  const out: string[] = [...words.lines(journey.current)];
  const kinds: Screen['kind'][] = [journey.current.kind];
  let frames = 0;
  const asked = new Map<number, number>();
  for (let actions = 0; journey.current.kind !== 'end'; actions++) {
    expect(actions, 'the journey never ends').toBeLessThan(MAX_ACTIONS);
    const now = journey.current;
    if (now.kind === 'input') {
      const times = asked.get(now.pending.step) ?? 0;
      asked.set(now.pending.step, times + 1);
      const answer = now.pending.options.length > 0 ? (times % now.pending.options.length) + 1 : 0;
      out.push(`> ${answer}`);
      expect(journey.answer(answer).accepted, `answer ${answer} refused`).toBe(true);
      // The game shows the player's ballot as its card, not as a line: the transcript says what went in.
      if (now.pending.kind === 'ballot') out.push(`= ${castBallotLine(scenario, journey, words)}`);
    } else journey.next();
    const screen = journey.current;
    if (screen.kind === 'count') frames++;
    kinds.push(screen.kind);
    out.push(...words.lines(screen));
  }
  return { text: out.join('\n') + '\n', kinds, frames };
}

describe('whole journeys, title to end, as transcripts', () => {
  for (const c of CASES) {
    const scenario = load(c.file);
    for (const lang of LANGS) {
      it(`${c.name} (${lang})`, () => {
        const { text, kinds, frames } = play(scenario, lang);
        // The flow the game follows: the title, the coast, then elections counted and compared, and back to the coast.
        expect(kinds[0]).toBe('title');
        expect(kinds[1]).toBe('coast');
        for (let i = 0; i < kinds.length; i++) {
          if (kinds[i] === 'results') expect(kinds[i + 1], `after the results at ${i}`).toBe('coast');
          if (kinds[i] === 'election') expect(['count', 'results']).toContain(kinds[i + 1]);
        }
        expect(kinds).toContain('results');
        expect(frames).toBeGreaterThan(0);
        const expected = new URL(`${c.name}.${lang}.txt`, dir);
        if (UPDATE) {
          mkdirSync(dir, { recursive: true });
          writeFileSync(expected, text);
        }
        expect(
          existsSync(expected),
          `tests/journeys/${c.name}.${lang}.txt is missing: write it with ${UPDATE_COMMAND} and read it`,
        ).toBe(true);
        expect(text).toBe(readFileSync(expected, 'utf8'));
      });
    }
  }

  it('has no expected transcript left over from a case that is gone', () => {
    const wanted = new Set(CASES.flatMap((c) => LANGS.map((lang) => `${c.name}.${lang}.txt`)));
    expect(readdirSync(dir).filter((f) => !wanted.has(f))).toEqual([]);
  });

  it('counts the method an election is about, frame by frame, then compares (chapter 1’s first election)', () => {
    const journey = new Journey(load(CASES[0].file));
    let guard = 0;
    while (journey.current.kind !== 'election' && guard++ < MAX_ACTIONS) {
      if (journey.current.kind === 'input') journey.answer(journey.current.pending.options.length > 0 ? 1 : 0);
      else journey.next();
    }
    const election = journey.current;
    expect(election.kind).toBe('election');
    const count = journey.next();
    expect(count.kind).toBe('count');
    if (count.kind !== 'count') return;
    expect(count.method).toBe('plurality');
    expect(count.frames.length).toBeGreaterThan(1);
    for (let i = 1; i < count.frames.length; i++) expect(journey.next()).toMatchObject({ kind: 'count', at: i });
    const results = journey.next();
    expect(results).toMatchObject({ kind: 'results', focus: 'plurality' });
    expect(journey.next().kind).toBe('coast');
  });
});
