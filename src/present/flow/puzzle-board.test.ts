import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import { Electorates } from '../../scenario/preferences.ts';
import { checkPuzzle, isRefusal } from '../../scenario/puzzles.ts';
import type { ElectionStepData, ScenarioData } from '../../scenario/schema.ts';
import { PuzzleBoard } from './puzzle-board.ts';

function chapter(name: string): ScenarioData {
  return loadScenarioText(readFileSync(`scenarios/${name}.json`, 'utf8')).scenario!;
}

function boardOf(scenario: ScenarioData, puzzle: string): PuzzleBoard {
  const step = scenario.steps.find((s) => s.type === 'puzzle' && s.id === puzzle);
  if (step?.type !== 'puzzle') throw new Error(`no puzzle ${puzzle}`);
  return new PuzzleBoard(scenario, step.goal);
}

/** What the runner's own check says of the board's answer. */
function runnerSays(scenario: ScenarioData, board: PuzzleBoard): boolean {
  const setup = scenario.steps.find(
    (s): s is ElectionStepData => s.type === 'election' && s.id === board.goal.election,
  )!;
  const verdict = checkPuzzle(scenario, new Electorates(scenario), board.goal, setup, board.answer());
  if (isRefusal(verdict)) throw new Error(verdict.key);
  return verdict.solved;
}

describe('the puzzle board of chapter 2 (two-round, Maïa, two ballots)', () => {
  const scenario = chapter('chapter-2-two-rounds');
  const row = (board: PuzzleBoard) => board.rows.findIndex((r) => r.voter === 'lagoon-prawns');

  it('shows the box as it is, and its count, before any change', () => {
    const board = boardOf(scenario, 'ticket');
    expect(board.rows.reduce((n, r) => n + r.count, 0)).toBeGreaterThan(20);
    const before = board.recount();
    expect(before.changed).toBe(0);
    expect(before.winners).not.toEqual(['maia']);
    expect(before.solved).toBe(false);
  });

  it('recounts the draft at once, and is solved by moving Maïa up on two lagoon ballots', () => {
    const board = boardOf(scenario, 'ticket');
    expect(board.select(row(board))).toBe(true);
    expect(board.order().ranked).toEqual(['caramote', 'maia', 'etrille']);
    expect(board.move('maia', -1)).toBe(true);
    expect(board.order().ranked).toEqual(['maia', 'caramote', 'etrille']);
    // One ballot is not enough (the chapter's own expectation), two are.
    expect(board.recount()).toMatchObject({ changed: 1, solved: false });
    board.setCount(2);
    expect(board.recount()).toMatchObject({ changed: 2, solved: true, winners: ['maia'] });
    expect(board.keep()).toBe(true);
    expect(board.used).toBe(2);
    expect(board.left).toBe(0);
    expect(board.recount(true).solved).toBe(true);
    expect(runnerSays(scenario, board)).toBe(true);
  });

  it('never lets the changes pass the limit', () => {
    const board = boardOf(scenario, 'ticket');
    board.select(row(board));
    board.move('maia', -1);
    board.setCount(9);
    expect(board.count).toBe(2);
    board.keep();
    // Nothing is left to change: no row may be picked.
    expect(board.rows.every((r) => board.available(r) === 0)).toBe(true);
    expect(board.select(0)).toBe(false);
    board.remove(0);
    expect(board.used).toBe(0);
    expect(board.select(0)).toBe(true);
  });

  it('keeps nothing when the draft is the ballot as it was', () => {
    const board = boardOf(scenario, 'ticket');
    board.select(row(board));
    board.move('maia', -1);
    board.move('maia', 1);
    expect(board.keep()).toBe(false);
    expect(board.changes).toHaveLength(0);
  });
});

describe('the puzzle board with grades (chapter 6, majority judgment)', () => {
  it('grades the middle voters up to Excellent and the runner agrees', () => {
    const scenario = chapter('chapter-6-majority-judgment');
    const board = boardOf(scenario, 'middle');
    expect(board.scale).toMatchObject({ min: 0, max: 6 });
    board.select(board.rows.findIndex((r) => r.voter === 'sandbank-shrimps'));
    board.setCount(2);
    board.grade('tourteau', 4);
    expect(board.recount().solved).toBe(false);
    board.grade('tourteau', 99);
    expect(board.draft).toEqual({ kind: 'graded', grades: { maia: 4, tourteau: 6, caramote: 0 } });
    expect(board.recount().solved).toBe(true);
    board.keep();
    expect(runnerSays(scenario, board)).toBe(true);
  });
});

describe('the puzzle board of Burlington (chapter 9, IRV, 400 ballots)', () => {
  const scenario = chapter('chapter-9-real-election');
  it('has every kind of ballot as a row, and 372 betrayals make Montroll win', () => {
    const board = boardOf(scenario, 'betray');
    expect(board.rows.length).toBeGreaterThan(300);
    const wm = board.rows.findIndex((r) => r.voter === 'w-m');
    board.select(wm);
    board.move('montroll', -1);
    board.setCount(256);
    board.keep();
    board.select(board.rows.findIndex((r) => r.voter === 'w-m-sm'));
    board.move('montroll', -1);
    board.setCount(115);
    expect(board.recount().solved).toBe(false);
    board.setCount(116);
    expect(board.recount()).toMatchObject({ solved: true, winners: ['montroll'], changed: 372 });
    board.keep();
    expect(runnerSays(scenario, board)).toBe(true);
  });
});
