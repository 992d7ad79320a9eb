import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenarioText } from '../../scenario/load.ts';
import { Electorates } from '../../scenario/preferences.ts';
import { checkPuzzle, isRefusal } from '../../scenario/puzzles.ts';
import type { ElectionStepData, PuzzleAnswerData } from '../../scenario/schema.ts';
import { BallotDialog, type DialogView } from './ballot-dialog.ts';
import { BallotEditor } from '../../present/flow/ballot-editor.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { ScenarioPlayer } from '../../present/flow/player.ts';

/** Plays a chapter (first answers, the next on a retry) until it asks a "change the ballots" puzzle. */
function atBallotPuzzle(file: string) {
  const scenario = loadScenarioText(readFileSync(file, 'utf8')).scenario!;
  const player = ScenarioPlayer.start(scenario, { recordAnswer: () => undefined, saveBookmark: () => undefined });
  const tries = new Map<number, number>();
  for (let b = player.current(); b.kind !== 'finished'; b = player.current()) {
    if (b.kind === 'entry') {
      player.next();
      continue;
    }
    const step = scenario.steps[b.pending.step];
    if (step.type === 'puzzle' && step.goal.kind === 'change-ballots')
      return { scenario, player, pending: b.pending, step };
    const k = tries.get(b.pending.step) ?? 0;
    tries.set(b.pending.step, k + 1);
    player.answer(b.pending.options.length === 0 ? 0 : (k % b.pending.options.length) + 1);
  }
  throw new Error(`${file}: no ballot puzzle reached`);
}

const chapters = [
  'chapter-2-two-rounds',
  'chapter-3-instant-runoff',
  'chapter-6-majority-judgment',
  'chapter-7-star',
  'chapter-8-council',
];

describe.each(chapters)('the ballot editor on %s', (name) => {
  const { scenario, player, pending, step } = atBallotPuzzle(`scenarios/${name}.json`);
  if (step.type !== 'puzzle' || step.goal.kind !== 'change-ballots') throw new Error('unreachable');
  const goal = step.goal;
  const editor = new BallotEditor(scenario, pending, player.runner.election(goal.election));
  const setup = scenario.steps.find((s): s is ElectionStepData => s.type === 'election' && s.id === goal.election)!;
  const voters = new Electorates(scenario);

  it('offers every group of the election, their ballots, and rewrites the runner accepts', () => {
    expect(editor.groups.length).toBeGreaterThan(1);
    for (const g of editor.groups) {
      const rewrites = editor.rewrites(g);
      expect(rewrites.length).toBeGreaterThan(0);
      editor.add(g, 1, rewrites[0]);
      const verdict = checkPuzzle(scenario, voters, goal, setup, editor.answer());
      expect(isRefusal(verdict), JSON.stringify(verdict)).toBe(false);
      editor.clear();
    }
  });

  it('can express a solution within the limit (one or two groups, each changed as much as allowed)', () => {
    const options = editor.groups.slice(0, 30).flatMap((g) => editor.rewrites(g).map((r) => ({ g, r })));
    const solves = (answer: PuzzleAnswerData): boolean => {
      const v = checkPuzzle(scenario, voters, goal, setup, answer);
      return !isRefusal(v) && v.solved;
    };
    let found = false;
    for (const a of options) {
      editor.clear();
      editor.add(a.g, editor.available(a.g), a.r);
      if (solves(editor.answer())) found = true;
      for (const b of found ? [] : options) {
        if (b.g === a.g || editor.left === 0) continue;
        editor.add(b.g, editor.available(b.g), b.r);
        if (solves(editor.answer())) found = true;
        editor.clear();
        editor.add(a.g, editor.available(a.g), a.r);
        if (found) break;
      }
      if (found) break;
    }
    editor.clear();
    expect(found).toBe(true);
  });

  it('talks the player through it: menu, whose ballots, how many, the new ballot, recount', () => {
    const texts = new ScenarioWords(scenario, 'en');
    const seen: DialogView[] = [];
    let submitted: PuzzleAnswerData | undefined;
    let pick: (i: number) => void = () => undefined;
    const dialog = new BallotDialog(
      new BallotEditor(scenario, pending, player.runner.election(goal.election)),
      texts,
      'prompt',
      {
        show: (view, onPick) => {
          seen.push(view);
          pick = onPick;
        },
        submit: (answer) => void (submitted = answer),
        giveUp: () => undefined,
      },
    );
    dialog.menu();
    pick(0); // change some ballots
    pick(0); // the largest group
    if (seen.at(-1)!.prompt.startsWith('How many')) pick(0); // one of them
    pick(0); // its first rewrite
    const recount = seen.at(-1)!.choices.indexOf('Count again with these changes');
    expect(recount).toBeGreaterThanOrEqual(0);
    pick(recount);
    expect(submitted?.changes).toHaveLength(1);
    for (const view of seen) for (const c of view.choices) expect(c).not.toMatch(/\{|puzzle\.edit/);
  });
});

describe('the ballot editor names the grades a chapter names (chapter 6)', () => {
  const { scenario, player, pending, step } = atBallotPuzzle('scenarios/chapter-6-majority-judgment.json');
  if (step.type !== 'puzzle' || step.goal.kind !== 'change-ballots') throw new Error('unreachable');
  const goal = step.goal;
  const editor = new BallotEditor(scenario, pending, player.runner.election(goal.election));
  const shrimps = editor.groups.find((g) => g.voter === 'sandbank-shrimps')!;

  it('writes a ballot with its grades’ names, and with numbers when the election is not given', () => {
    expect(new ScenarioWords(scenario, 'fr').ballot(shrimps.ballot, goal.election)).toBe(
      'Maïa (Bien), Tourteau (Assez bien), Caramote (À rejeter)',
    );
    expect(new ScenarioWords(scenario, 'en').ballot(shrimps.ballot, goal.election)).toBe(
      'Maïa (Good), Tourteau (Fair), Caramote (Reject)',
    );
    expect(new ScenarioWords(scenario, 'en').ballot(shrimps.ballot)).toBe('Maïa 4, Tourteau 3, Caramote 0');
  });

  it('offers the new ballots by name: the top grade is “Excellent”', () => {
    const seen: DialogView[] = [];
    let pick: (i: number) => void = () => undefined;
    const dialog = new BallotDialog(editor, new ScenarioWords(scenario, 'en'), 'prompt', {
      show: (view, onPick) => {
        seen.push(view);
        pick = onPick;
      },
      submit: () => undefined,
      giveUp: () => undefined,
    });
    dialog.newBallot(shrimps, 2);
    expect(seen[0].prompt).toBe('Their new ballot (2)? Now: Maïa (Good), Tourteau (Fair), Caramote (Reject)');
    expect(seen[0].choices).toContain(
      'The top grade to Tourteau: Maïa (Good), Tourteau (Excellent), Caramote (Reject)',
    );
    pick(seen[0].choices.indexOf('The top grade to Tourteau: Maïa (Good), Tourteau (Excellent), Caramote (Reject)'));
    expect(seen[1].prompt).toContain(
      '2 × the shrimps of the sandbank → Maïa (Good), Tourteau (Excellent), Caramote (Reject)',
    );
  });
});
