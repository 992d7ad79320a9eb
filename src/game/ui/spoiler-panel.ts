/**
 * The "add an option" puzzle (chapter 4's clone puzzle, chapter 1's spoiler riddle) with what
 * one needs to reason laid out: the count before anything is added, every ballot with the
 * proposed options in their place, and which proposal is a clone of which option. The answer
 * is a button per proposal, as HTML over the dialogue (keyboard, touch, screen readers).
 */
import Phaser from 'phaser';
import type { Lang } from '../../i18n/format.ts';
import { h } from '../classroom/dom.ts';
import { ClassroomLayer } from '../classroom/layer.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { SpoilerFacts } from '../../present/flow/spoiler-facts.ts';
import { capital, figure, ofName, playText, type PlayKey } from './play-text.ts';
import { ensureStyle } from './puzzle-board-panel.ts';

interface SpoilerHost {
  /** The n-th proposal, from 1; 0 gives up. */
  answer(n: number): void;
}

export class SpoilerPanel {
  private readonly layer: ClassroomLayer;

  constructor(scene: Phaser.Scene, facts: SpoilerFacts, texts: ScenarioWords, prompt: string, host: SpoilerHost) {
    const lang = texts.lang as Lang;
    const say = (key: PlayKey, params: Record<string, string | number | readonly string[]> = {}): string =>
      playText(key, params, lang, texts.nouns);
    ensureStyle();
    this.layer = new ClassroomLayer(scene, { label: prompt });
    this.layer.card.classList.add('pz-card');
    this.layer.root.dataset.spoilerPuzzle = facts.goal.election;
    const { goal, before } = facts;
    const scores = before.scores
      ? h(
          'ul',
          {},
          ...facts.base
            .filter((o) => before.scores![o] !== undefined)
            .map((o) =>
              h('li', {
                text: playText(
                  'board.score',
                  { name: capital(texts.option(o)), score: figure(before.scores![o], lang) },
                  lang,
                ),
              }),
            ),
        )
      : null;
    const winner =
      before.winners.length === 1
        ? say('clone.winner', { name: texts.option(before.winners[0]) })
        : say('board.tie', { names: before.winners.map((w) => texts.option(w)) });
    const proposal = new Set(goal.pool);
    const rows = facts.rows.map((r) =>
      h(
        'tr',
        { 'data-row': r.voter },
        h('th', { scope: 'row', text: texts.voterName(goal.election, r.voter) }),
        h('td', { text: String(r.count) }),
        h(
          'td',
          {},
          ...r.order.flatMap((o, i) => [
            i > 0 ? ' > ' : '',
            proposal.has(o) ? h('em', { 'data-proposal': o, text: texts.option(o) }) : texts.option(o),
          ]),
        ),
      ),
    );
    const clones = facts.clones.map((c) =>
      h('li', {
        'data-clone': c.option,
        'data-twin': c.twin ?? '',
        text: c.twin
          ? say('clone.of', { name: capital(texts.option(c.option)), of: ofName(texts.option(c.twin), lang) })
          : say('clone.none', { name: capital(texts.option(c.option)) }),
      }),
    );
    const picks = goal.pool.map((o, i) =>
      h('button', {
        type: 'button',
        className: 'cr-btn cr-primary',
        'data-proposal-pick': o,
        text: say('clone.pick', { name: texts.option(o) }),
        onclick: () => host.answer(i + 1),
      }),
    );
    this.layer.show(
      h('h2', { text: prompt }),
      h(
        'section',
        { 'aria-label': say('clone.proposals') },
        h('h3', { text: say('clone.proposals') }),
        h(
          'p',
          { className: 'cr-row' },
          ...picks,
          h('button', {
            type: 'button',
            className: 'cr-btn',
            text: say('board.giveUp'),
            onclick: () => host.answer(0),
          }),
        ),
      ),
      h(
        'section',
        {},
        h('h3', { text: say('clone.before', { method: texts.method(goal.method) }) }),
        scores,
        h('p', { text: winner }),
      ),
      h('section', {}, h('h3', { text: say('clone.clones') }), h('ul', {}, ...clones)),
      h(
        'section',
        {},
        h('h3', { text: say('clone.title') }),
        h(
          'table',
          { className: 'cr-grid pz-box' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...(['voters', 'count', 'ranking'] as const).map((k) =>
                h('th', { scope: 'col', text: say(`clone.col.${k}`) }),
              ),
            ),
          ),
          h('tbody', {}, ...rows),
        ),
      ),
    );
  }

  set hidden(hidden: boolean) {
    this.layer.hidden = hidden;
  }

  destroy(): void {
    this.layer.destroy();
  }
}
