import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { electionPart, type ResultsData } from '../count/data.ts';
import { compareCounts, type Comparison, type MethodOutcome } from '../../present/count/compare.ts';
import { resultsTexts } from '../../present/count/happened-text.ts';
import { groupLabel } from '../../present/count/why-text.ts';
import { panel, write, type Pen } from '../count/draw/kit.ts';
import { continuedHeading, flowPages, pageOf, type FlowItem, type FlowPages } from '../../present/count/flow-pages.ts';
import { chipRow, headerItem, textItem, typeSizes, type Chip, type ComparisonItem } from '../count/results-items.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { CountBody, loadCountArt, penFor } from '../count/stage.ts';
import { drawResultsBackdrop, resultsBackdrop, type ResultsBackdrop } from '../count/results-backdrop.ts';
import { probe } from '../../probe.ts';
import { countPause } from '../count/pause.ts';
import { forgetPlace, rememberPlace } from '../count/place.ts';
import { actOnPlay } from '../flow/play.ts';

/**
 * "Same ballots, different winners": every method counted in the election, grouped under the
 * winners it elects, what the ballots say before any method (majority, Condorcet winner and
 * loser), why the methods differ, and a way into each method's count. The DOM layer lists each
 * method with its winners as text (and their ids in data-winners, for the browser tests).
 * Continue has the first focus, also when the player comes back from a count: Enter goes on
 * with the story, never back into the count just seen. Escape opens the pause menu.
 */
export class ResultsScene extends Phaser.Scene {
  private data_!: ResultsData;
  private words!: ScenarioWords;
  private pen!: Pen;
  private backdrop!: ResultsBackdrop;
  private alive = false;
  private pages: FlowPages = [];
  private page = 0;
  private pageObjects: Phaser.GameObjects.GameObject[] = [];
  private pageButton: Button | undefined;
  private layout!: {
    items: ComparisonItem[];
    flow: FlowItem[];
    top: number;
    colW: number;
    colH: number;
    cols: number;
  };

  constructor() {
    super(SceneKey.Results);
  }

  create(data: ResultsData): void {
    this.data_ = data;
    this.alive = true;
    // The scene object is reused from one visit to the next: its pages start afresh.
    this.page = 0;
    this.pages = [];
    this.pageObjects = [];
    this.pageButton = undefined;
    const binding = bindScene(this);
    const pause = countPause(this, data.lang, data.returnTo === SceneKey.Coast, (lang) =>
      this.scene.restart({ ...data, lang }),
    );
    // In a chapter, Escape opens the pause menu (Enter on Continue goes on); from the classroom,
    // a live vote or the sandbox, Escape goes back where the count was opened, as everywhere there.
    binding.enterA11y({ onEscape: () => (data.returnTo === SceneKey.Coast ? pause.open() : this.leave()) });
    binding.onShutdown(() => {
      this.alive = false;
      probe.clear(CountBody.ready);
      probe.clear('resultsBackdrop');
    });
    this.words = new ScenarioWords(data.scenario, data.lang, data.entry);
    this.pen = penFor(this);
    this.backdrop = resultsBackdrop(this, data);
    void loadCountArt(this, [this.backdrop.art]).then(() => {
      if (this.alive) this.build();
    });
  }

  /** A method's outcome in words: winners, a tie left open, seats per list, or a refusal. */
  private outcomeText(o: MethodOutcome): string {
    const w = this.words;
    const method = w.method(o.method);
    if (o.error) return w.msg('count.results.methodError', { method });
    if (o.seatsByList) {
      const seats = Object.entries(o.seatsByList)
        .filter(([, n]) => n > 0)
        .map(([c, n]) => `${w.option(c)} ${n}`)
        .join(', ');
      return w.msg('count.results.method', { method, names: seats });
    }
    const names = w.options(o.winners);
    if (o.winners.length === 0) return w.msg('count.results.methodNobody', { method });
    if (o.tied) return w.msg('count.results.methodTied', { method, names });
    return w.msg(o.tieBroken ? 'count.results.methodTieBroken' : 'count.results.method', { method, names });
  }

  private build(): void {
    const f = frame(this);
    const w = this.words;
    const comparison = compareCounts(this.data_.entry.counted);
    drawResultsBackdrop(this, this.backdrop);
    this.add.rectangle(0, 0, f.width, f.height, 0x0b2233, 0.45).setOrigin(0);
    // "Same ballots, different winners?" only when there is more than one method to compare.
    const title = w.msg(this.data_.entry.counted.counts.length > 1 ? 'count.results.title' : 'count.results.titleOne');
    const sizes = typeSizes(f.portrait);
    const heading = write(this.pen, 24, 14, title, {
      size: sizes.heading + 11,
      bold: true,
      title: true,
      colour: '#fff6e6',
      width: f.width - 48,
    }).setName('pupil');

    // The groups, then what the ballots say and every reason, flow down columns and onto pages
    // (flow-pages.ts): every reason is said, in French as in English, at a size a room reads.
    const top = heading.y + heading.height + 10;
    const cols = f.portrait ? 1 : 2;
    const colW = (f.width - 16 * (cols + 1)) / cols;
    const colH = f.height - 84 - top;
    const items = [...this.groupItems(comparison, sizes), ...this.factItems(comparison, sizes)];
    const flow = items.map((item) => ({
      height: item.measure(colW - 32),
      keepWithNext: item.keepWithNext,
      continuedHeight: item.continued?.measure(colW - 32),
    }));
    this.pages = flowPages(flow, colH - 24, cols);
    this.layout = { items, flow, top, colW, colH, cols };
    const focusAt = items.findIndex((item) => item.methods?.includes(this.data_.focus ?? ''));
    this.page = focusAt >= 0 ? pageOf(this.pages, focusAt) : 0;
    const leaveButton = new Button(this, {
      x: f.width - 180,
      y: f.height - 44,
      width: 320,
      height: 58,
      label: w.msg('count.results.continue'),
      onActivate: () => this.leave(),
      id: 'results.continue',
    });
    if (this.pages.length > 1)
      this.pageButton = new Button(this, {
        x: 16 + 170,
        y: f.height - (f.portrait ? 50 : 44),
        width: 340,
        height: f.portrait ? 74 : 58,
        fontSize: f.portrait ? 24 : 20,
        label: '',
        onActivate: () => this.turnPage(),
        id: 'results.page',
      });
    const buttons = this.drawPage();

    const lines = [
      title,
      // Groups of methods with the same outcome: an outcome may be a tie, so "results", not "winners".
      w.msg('count.results.summary', { count: comparison.outcomes.length, groups: comparison.groups.length }),
      ...comparison.outcomes.map((o) => this.outcomeText(o)),
    ];
    a11y().announce(lines);
    rememberPlace(this.data_);
    probe.set(CountBody.ready, SceneKey.Results);
    probe.set(BodyData.ready, SceneKey.Results);
    // The method just seen stays marked for the player who Tabs back to it (data-seen).
    const seen = buttons.get(this.data_.focus ?? '');
    if (seen) seen.control.element.dataset.seen = 'true';
    leaveButton.focus();
  }

  /** Draws the current page's columns; returns its method buttons. */
  private drawPage(): Map<string, Button> {
    for (const o of this.pageObjects) o.destroy();
    this.pageObjects = [];
    const { items, flow, top, colW, colH } = this.layout;
    const buttons = new Map<string, Button>();
    (this.pages[this.page] ?? []).forEach((column, k) => {
      const x = 16 + k * (colW + 16);
      const g = this.add.graphics();
      panel(g, x, top, colW, colH);
      this.pageObjects.push(g);
      const within = { x: x + 16, y: top + 12, w: colW - 32, h: colH - 24 };
      let y = within.y;
      // A section running on from the column before carries its heading with "(continued)".
      const heading = items[continuedHeading(flow, column) ?? -1]?.continued;
      if (heading) {
        this.pageObjects.push(...heading.draw(within.x, y, within.w, within).objects);
        y += heading.measure(within.w);
      }
      for (const index of column) {
        const drawn = items[index].draw(within.x, y, within.w, within);
        this.pageObjects.push(...drawn.objects);
        for (const b of drawn.buttons) buttons.set(b.method, b.button);
        y += items[index].measure(within.w);
      }
    });
    const total = this.pages.length;
    this.pageButton?.setLabel(this.words.msg('count.results.nextPage', { n: this.page + 1, total }));
    probe.set('resultsPage', `${this.page + 1}/${total}`);
    return buttons;
  }

  /** The next page (the page button keeps the focus, so that Enter goes on turning pages). */
  private turnPage(): void {
    this.page = (this.page + 1) % this.pages.length;
    this.drawPage();
    a11y().setStatus(this.words.msg('count.results.pageOf', { n: this.page + 1, total: this.pages.length }));
    this.pageButton?.focus();
  }

  /** Each group of methods electing the same winners: its header, then its chips row by row. */
  private groupItems(c: Comparison, sizes: ReturnType<typeof typeSizes>): ComparisonItem[] {
    const w = this.words;
    const all = [
      ...c.groups.map((grp) => ({ winners: grp.winners, methods: grp.methods, apart: false })),
      ...(c.apart.length > 0 ? [{ winners: [] as readonly string[], methods: c.apart, apart: true }] : []),
    ];
    return all.flatMap((grp, k) => {
      let label = w.msg('count.results.sets');
      if (!grp.apart) {
        label = groupLabel(w, grp);
      }
      const markers = grp.apart || grp.methods[0].seatsByList ? [] : grp.winners.map((o) => w.styleIndex(o));
      // A set names its members on the chip itself (it has no header saying whom): one a row.
      const perRow = grp.apart ? 1 : 2;
      const chips: Chip[] = grp.methods.map((o) => ({
        method: o.method,
        label: grp.apart && !o.error ? this.outcomeText(o) : w.method(o.method),
        ariaLabel: `${this.outcomeText(o)} — ${w.msg('count.results.open', { method: w.method(o.method) })}`,
        winners: o.winners.join(','),
        onActivate: () => this.drill(o),
      }));
      const rows: ComparisonItem[] = [];
      for (let i = 0; i < chips.length; i += perRow)
        rows.push(chipRow(this.pen, chips.slice(i, i + perRow), perRow, sizes.chip));
      return [headerItem(this.pen, label, markers, sizes.header, k > 0), ...rows];
    });
  }

  /** What happened in these ballots, what they say before any method, then every reason. */
  private factItems(c: Comparison, sizes: ReturnType<typeof typeSizes>): ComparisonItem[] {
    const w = this.words;
    const { happened, facts: lines, reasons } = resultsTexts(w, c);
    // For the tests: every reason is placed on a page (none is dropped for lack of room).
    probe.set('whyReasons', reasons.length);
    probe.set('whyShown', reasons.length);
    probe.set('happened', happened.length);
    a11y().setStatus([...happened, ...lines, ...reasons].join(' '));
    const text = (s: string) => textItem(this.pen, s, { size: sizes.body, shade: true });
    // A heading, and its "(continued)" line for a column or page its section runs on into.
    const heading = (s: string) => {
      const o = { size: sizes.heading, bold: true, shade: true, keepWithNext: true };
      return {
        ...textItem(this.pen, s, o),
        continued: textItem(this.pen, w.msg('count.results.continued', { heading: s }), o),
      };
    };
    // What happened is marked with an arrow, the facts and reasons with a bullet.
    return [
      ...(happened.length > 0 ? [heading(w.msg('happened.heading')), ...happened.map((l) => text(`→ ${l}`))] : []),
      ...(lines.length > 0 ? [heading(w.msg('count.results.facts')), ...lines.map((l) => text(`• ${l}`))] : []),
      heading(w.msg('count.results.why')),
      ...reasons.map((r) => text(`• ${r}`)),
    ];
  }

  private drill(o: MethodOutcome): void {
    if (o.error) return;
    this.scene.start(SceneKey.Count, { ...electionPart(this.data_), method: o.method });
  }

  private leave(): void {
    forgetPlace(this.data_);
    // A chapter's election: the story goes on after it (the journey's decision), back on the coast.
    if (this.data_.returnTo === SceneKey.Coast) actOnPlay({ kind: 'leaveElection' });
    this.scene.start(this.data_.returnTo, { resume: true });
  }
}
