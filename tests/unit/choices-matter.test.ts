/**
 * Choices that matter, over every chapter of the campaign: along the path a player takes by
 * default (first answers; the next one when a question is asked again), which choice points
 * (story choices and rules to pick) lead to different computed winners depending on the branch
 * — each branch played to its end by the runner, the winners those of the engine — and whether
 * the player's own ballot (Nacre's) is counted (menus.test.ts checks that no menu offers a single option).
 * The lists below say exactly which chapters are done (issue 15 asks it of all nine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../src/scenario/load.ts';
import { playThrough, type Answer, type ScenarioRunner } from '../../src/scenario/runner.ts';
import type { ScenarioData } from '../../src/scenario/schema.ts';

const dir = join(import.meta.dirname, '..', '..', 'scenarios');
const chapters = readdirSync(dir)
  .filter((f) => /^chapter-\d+-.*\.json$/.test(f))
  .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
/** Enough answers for any chapter's default path (the longest has about thirty). */
const MAX_ANSWERS = 120;

/** Every chapter of the campaign: issue 15 asks each list below of all nine. */
const EVERY_CHAPTER = [
  'chapter-1',
  'chapter-2',
  'chapter-3',
  'chapter-4',
  'chapter-5',
  'chapter-6',
  'chapter-7',
  'chapter-8',
  'chapter-9',
];
/** Chapters with at least two choice points whose branches lead to different computed winners. */
const TWO_CHOICES_MATTER = EVERY_CHAPTER;
/**
 * Persuasions: the choice (by its step id) where the player advises voters, and an election
 * counted on every branch whose winners the advice changes (same election, other winners).
 */
const PERSUASIONS: readonly (readonly [chapter: string, choice: string, election: string])[] = [
  ['chapter-1', 'lobby', 'naming'],
  ['chapter-2', 'advice', 'runoff'],
  ['chapter-3', 'rally', 'final'],
  ['chapter-4', 'kriek-advice', 'krill-points'],
  ['chapter-5', 'tempt', 'real'],
  ['chapter-6', 'advice', 'keeper'],
  ['chapter-7', 'advice', 'mural-both'],
  ['chapter-8', 'travellers', 'round2-lead'],
  ['chapter-9', 'filasse-advice', 'project'],
];
/** Chapters in which the player's own ballot is counted in an election. */
const PLAYER_VOTES = EVERY_CHAPTER;
function load(file: string): ScenarioData {
  return loadScenarioText(readFileSync(join(dir, file), 'utf8')).scenario!;
}

/** Plays on from `answers` with the default answers, to the end. */
function finish(scenario: ScenarioData, answers: readonly Answer[]): ScenarioRunner {
  const all = [...answers];
  const { runner } = playThrough(scenario, all);
  const tries = new Map<number, number>();
  while (runner.pending && all.length < MAX_ANSWERS) {
    const p = runner.pending;
    const k = tries.get(p.step) ?? 0;
    tries.set(p.step, k + 1);
    all.push(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
    runner.answer(all[all.length - 1]);
  }
  expect(runner.state.finished, `${scenario.id} ends`).toBe(true);
  return runner;
}

/** Every election of a run and the engine's winners, in order. */
function outcome(runner: ScenarioRunner): string {
  return JSON.stringify(
    runner.transcript.flatMap((e) =>
      e.type === 'election' ? [[e.election, e.counted.counts.map((k) => [...k.winners].sort())]] : [],
    ),
  );
}

/** The winners of one election in a finished run ('' when it was not counted). */
function winnersOf(runner: ScenarioRunner, election: string): string {
  const entry = runner.election(election);
  return entry ? JSON.stringify(entry.counted.counts.map((k) => [...k.winners].sort())) : '';
}

/** The winners of `election` after each option of the first time `choice` is asked on the default path. */
function branchesAt(scenario: ScenarioData, choice: string, election: string): string[] {
  const answers: Answer[] = [];
  const tries = new Map<number, number>();
  let { runner } = playThrough(scenario, []);
  while (runner.pending && answers.length < MAX_ANSWERS) {
    const p = runner.pending;
    if (scenario.steps[p.step].id === choice)
      return p.options.map((_, i) => winnersOf(finish(scenario, [...answers, i + 1]), election));
    const k = tries.get(p.step) ?? 0;
    tries.set(p.step, k + 1);
    answers.push(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
    ({ runner } = playThrough(scenario, answers));
  }
  return [];
}

interface Survey {
  readonly mattering: string[];
  readonly playerVoted: boolean;
}

function survey(scenario: ScenarioData): Survey {
  const answers: Answer[] = [];
  const mattering: string[] = [];
  const tries = new Map<number, number>();
  let { runner } = playThrough(scenario, []);
  while (runner.pending && answers.length < MAX_ANSWERS) {
    const p = runner.pending;
    // A ballot step counts too: its numbered answers are ballots with a different favourite.
    if (p.kind === 'choice' || p.kind === 'method' || p.kind === 'ballot') {
      const outcomes = new Set(p.options.map((_, i) => outcome(finish(scenario, [...answers, i + 1]))));
      const id = scenario.steps[p.step].id ?? String(p.step);
      // A hub asked again counts once: two choices that matter are two different choice points.
      if (outcomes.size > 1 && !mattering.includes(id)) mattering.push(id);
    }
    const k = tries.get(p.step) ?? 0;
    tries.set(p.step, k + 1);
    answers.push(p.options.length === 0 ? 0 : (k % p.options.length) + 1);
    ({ runner } = playThrough(scenario, answers));
  }
  const player = scenario.cast.find((c) => c.id === 'nacre');
  const played = finish(scenario, answers);
  // The electorates as counted (a ballot step adds the player's row when the chapter wrote none).
  const counted = played.profile.electorates;
  const playerVoted =
    player !== undefined &&
    played.transcript.some(
      (e) =>
        e.type === 'election' &&
        Object.values(e.counted.ballots).some((list) =>
          list?.some((b) => counted.some((el) => el.voters.some((v) => v.id === b.voter && v.character === player.id))),
        ),
    );
  return { mattering, playerVoted };
}

const surveys = new Map<string, Survey>();
/** The survey of a chapter by id (each chapter is played through once). */
function surveyOf(id: string): Survey {
  if (!surveys.has(id)) {
    const file = chapters.find((f) => f.startsWith(`${id}-`));
    expect(file, `a chapter ${id}`).toBeDefined();
    surveys.set(id, survey(load(file!)));
  }
  return surveys.get(id)!;
}
const ids = chapters.map((f) => /^chapter-\d+/.exec(f)![0]);

describe('choices that change what the engine counts', () => {
  it('are surveyed in the nine chapters', () => {
    expect(ids).toHaveLength(9);
  });

  it.each(ids)('%s has a choice point whose branches lead to different winners', (id) => {
    const found = surveyOf(id);
    expect(found.mattering.length, JSON.stringify(found)).toBeGreaterThanOrEqual(1);
  });

  it.each(TWO_CHOICES_MATTER)('%s has at least two such choice points', (id) => {
    const found = surveyOf(id);
    expect(found.mattering.length, JSON.stringify(found)).toBeGreaterThanOrEqual(2);
  });

  it.each(PERSUASIONS)('%s: advising voters at %s changes who wins %s', (id, choice, election) => {
    const file = chapters.find((f) => f.startsWith(`${id}-`))!;
    const winners = branchesAt(load(file), choice, election);
    expect(winners.length, `${choice} is asked`).toBeGreaterThanOrEqual(2);
    // Counted on every branch (the same election), with at least two different winners.
    expect(
      winners.filter((w) => w === ''),
      `${election} is counted after every option`,
    ).toEqual([]);
    expect(new Set(winners).size, winners.join(' | ')).toBeGreaterThanOrEqual(2);
  });

  it.each(PLAYER_VOTES)('%s counts the player’s own ballot', (id) => {
    expect(surveyOf(id).playerVoted).toBe(true);
  });
});
