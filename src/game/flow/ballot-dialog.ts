/**
 * The conversation that edits ballots for a "change the ballots" puzzle: a menu (change some
 * ballots, recount, start over, give up), then whose ballots (a page at a time), how many, and
 * their new ballot. It only says what to show and what to do with a pick; the dialogue scene
 * draws it with its usual box and choice list, so it needs no Phaser and is tested in Node.
 */
import type { PuzzleAnswerData } from '../../scenario/schema.ts';
import type { BallotEditor, EditableGroup, Rewrite } from '../../present/flow/ballot-editor.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import { t, type FirstScreenKey } from '../../i18n/first-screen.ts';
import type { StepParams } from '../../voting/result.ts';

export interface DialogView {
  readonly prompt: string;
  readonly choices: readonly string[];
  /** The last, separate choice (back, give up): picked as -1. */
  readonly extra?: string;
}

export interface DialogHost {
  show(view: DialogView, onPick: (index: number) => void): void;
  submit(answer: PuzzleAnswerData): void;
  giveUp(): void;
}

export const GROUPS_PER_PAGE = 5;

export class BallotDialog {
  private page = 0;

  constructor(
    private readonly editor: BallotEditor,
    private readonly texts: ScenarioWords,
    private readonly puzzlePrompt: string,
    private readonly host: DialogHost,
  ) {}

  /** Our texts in the scenario texts' language (the dialogue speaks one language at a time). */
  private t(key: FirstScreenKey, params: StepParams = {}): string {
    return t(key, params, this.texts.lang);
  }

  private group(g: EditableGroup): string {
    return this.t('puzzle.edit.group', {
      name: this.texts.voterName(this.editor.goal.election, g.voter),
      count: g.count,
      ballot: this.texts.ballot(g.ballot, this.editor.goal.election),
    });
  }

  private rewrite(r: Rewrite): string {
    return this.t(`puzzle.edit.${r.action}`, {
      name: this.texts.option(r.option),
      ballot: this.texts.ballot(r.ballot, this.editor.goal.election),
    });
  }

  /** The puzzle's menu, with the changes made so far. */
  menu(): void {
    const e = this.editor;
    const done = e.pending.map((c) =>
      this.t('puzzle.edit.change', {
        count: c.count,
        name: this.texts.voterName(e.goal.election, c.group.voter),
        ballot: this.texts.ballot(c.rewrite.ballot, e.goal.election),
      }),
    );
    const status =
      done.length === 0
        ? this.t('puzzle.edit.none', { limit: e.goal.maxChanges })
        : this.t('puzzle.edit.soFar', { used: e.used, limit: e.goal.maxChanges });
    const actions: [string, () => void][] = [];
    if (e.left > 0) actions.push([this.t('puzzle.edit.pick'), () => this.whose(0)]);
    if (done.length > 0) {
      actions.push([this.t('puzzle.edit.count', { count: e.used }), () => this.host.submit(e.answer())]);
      actions.push([this.t('puzzle.edit.reset'), () => (e.clear(), this.menu())]);
    }
    const prompt = [this.puzzlePrompt, status, ...done].join('\n');
    this.host.show({ prompt, choices: actions.map((a) => a[0]), extra: this.t('dialogue.giveUp') }, (i) =>
      i < 0 ? this.host.giveUp() : actions[i][1](),
    );
  }

  /** Whose ballots: the groups that may still change, a page at a time. */
  whose(page: number): void {
    const open = this.editor.groups.filter((g) => this.editor.available(g) > 0);
    const pages = Math.max(1, Math.ceil(open.length / GROUPS_PER_PAGE));
    this.page = ((page % pages) + pages) % pages;
    const shown = open.slice(this.page * GROUPS_PER_PAGE, (this.page + 1) * GROUPS_PER_PAGE);
    const choices = shown.map((g) => this.group(g));
    if (pages > 1) choices.push(this.t('puzzle.edit.more', { page: this.page + 1, pages }));
    const prompt = this.t('puzzle.edit.whose', { left: this.editor.left });
    this.host.show({ prompt, choices, extra: this.t('common.back') }, (i) => {
      if (i < 0) return this.menu();
      if (i >= shown.length) return this.whose(this.page + 1);
      this.howMany(shown[i]);
    });
  }

  howMany(group: EditableGroup): void {
    const counts = this.editor.counts(group);
    if (counts.length === 1) return this.newBallot(group, counts[0]);
    const prompt = this.t('puzzle.edit.howMany', {
      name: this.texts.voterName(this.editor.goal.election, group.voter),
      count: group.count,
    });
    this.host.show(
      { prompt, choices: counts.map((n) => this.t('puzzle.edit.amount', { count: n })), extra: this.t('common.back') },
      (i) => (i < 0 ? this.whose(this.page) : this.newBallot(group, counts[i])),
    );
  }

  newBallot(group: EditableGroup, count: number): void {
    const rewrites = this.editor.rewrites(group);
    const prompt = this.t('puzzle.edit.newBallot', {
      count,
      ballot: this.texts.ballot(group.ballot, this.editor.goal.election),
    });
    this.host.show({ prompt, choices: rewrites.map((r) => this.rewrite(r)), extra: this.t('common.back') }, (i) => {
      if (i < 0) return this.howMany(group);
      this.editor.add(group, count, rewrites[i]);
      this.menu();
    });
  }
}
