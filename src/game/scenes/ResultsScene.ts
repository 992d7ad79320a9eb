import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { ArtKey } from '../art/index.ts';
import { bindScene } from '../bind.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { electionPart, type ResultsData } from '../count/data.ts';
import { compareCounts, reasonParams, type Comparison, type MethodOutcome } from '../count/compare.ts';
import { drawMarker, Ink, panel, write, type Pen } from '../count/draw/kit.ts';
import { CountWords } from '../count/names.ts';
import { capitalize } from '../../scenario/transcript.ts';
import { backdropArt, CountBody, loadCountArt, penFor } from '../count/stage.ts';
import { countPause } from '../count/pause.ts';
import { forgetPlace, rememberPlace } from '../count/place.ts';

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
  private words!: CountWords;
  private pen!: Pen;
  private alive = false;

  constructor() {
    super(SceneKey.Results);
  }

  create(data: ResultsData): void {
    this.data_ = data;
    this.alive = true;
    const binding = bindScene(this);
    const pause = countPause(this, data.lang, data.returnTo === SceneKey.Coast, (lang) => this.scene.restart({ ...data, lang }));
    binding.enterA11y({ onEscape: () => pause.open() });
    binding.onShutdown(() => {
      this.alive = false;
      delete document.body.dataset[CountBody.ready];
    });
    this.words = new CountWords(data.scenario, data.entry, data.lang);
    this.pen = penFor(this);
    void loadCountArt(this, [backdropArt()]).then(() => {
      if (this.alive) this.build();
    });
  }

  /** A method's outcome in words: winners, a tie left open, seats per list, or a refusal. */
  private outcomeText(o: MethodOutcome): string {
    const w = this.words;
    const method = w.method(o.method);
    if (o.error) return w.msg('count.results.methodError', { method });
    if (o.seatsByList) {
      const seats = Object.entries(o.seatsByList).filter(([, n]) => n > 0).map(([c, n]) => `${w.option(c)} ${n}`).join(', ');
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
    const bg = this.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
    bg.setScale(Math.max(f.width / bg.width, f.height / bg.height));
    this.add.rectangle(0, 0, f.width, f.height, 0x0b2233, 0.45).setOrigin(0);
    const title = w.msg('count.results.title');
    write(this.pen, 24, 18, title, { size: 32, bold: true, title: true, colour: '#fff6e6', width: f.width - 48 });

    // Every reason is said, in French as in English: the panel of facts and reasons takes width
    // from the groups (then a smaller type, never below what a room reads) until all of them fit.
    // Last resorts (many methods compared): a smaller type, rather than a reason left out.
    const fits = f.portrait ? [17, 16, 15, 14].map((size) => ({ leftW: f.width - 32, size })) : [...[820, 720, 620].flatMap((leftW) => [17, 16].map((size) => ({ leftW, size }))), { leftW: 620, size: 15 }, { leftW: 620, size: 14 }];
    let placed: { leftW: number; size: number } | undefined;
    for (const fit of fits) {
      const right = f.portrait ? { x: 16, y: 756, w: f.width - 32, h: Math.max(420, f.height - 846) } : { x: 32 + fit.leftW, y: 76, w: f.width - 48 - fit.leftW, h: 560 };
      const drawn = this.drawFacts(comparison, right, fit.size, fit === fits[fits.length - 1]);
      if (drawn) {
        placed = fit;
        break;
      }
    }
    const leftW = placed?.leftW ?? fits[fits.length - 1].leftW;
    const left = f.portrait ? { x: 16, y: 80, w: f.width - 32, h: 660 } : { x: 16, y: 76, w: leftW, h: 560 };
    const buttons = this.drawGroups(comparison, left);
    const leaveButton = new Button(this, { x: f.width - 180, y: f.height - 44, width: 320, height: 58, label: w.msg('count.results.continue'), onActivate: () => this.leave(), id: 'results.continue' });

    const lines = [title, w.msg('count.results.summary', { count: comparison.outcomes.length, groups: comparison.groups.length }), ...comparison.outcomes.map((o) => this.outcomeText(o))];
    a11y().announce(lines);
    rememberPlace(this.data_);
    document.body.dataset[CountBody.ready] = SceneKey.Results;
    document.body.dataset[BodyData.ready] = SceneKey.Results;
    // The method just seen stays marked for the player who Tabs back to it (data-seen).
    const seen = buttons.get(this.data_.focus ?? '');
    if (seen) seen.control.element.dataset.seen = 'true';
    leaveButton.focus();
  }

  private drawGroups(c: Comparison, box: { x: number; y: number; w: number; h: number }): Map<string, Button> {
    const w = this.words;
    const g = this.add.graphics();
    panel(g, box.x, box.y, box.w, box.h);
    const buttons = new Map<string, Button>();
    const all = [...c.groups.map((grp) => ({ winners: grp.winners, methods: grp.methods, apart: false })), ...(c.apart.length > 0 ? [{ winners: [] as readonly string[], methods: c.apart, apart: true }] : [])];
    const count = all.reduce((s, grp) => s + grp.methods.length, 0);
    const cols = count > 8 || all.length > 3 ? 3 : 2;
    const rows = all.reduce((s, grp) => s + Math.ceil(grp.methods.length / cols), 0);
    const chipH = Math.max(34, Math.min(52, (box.h - 30 - all.length * 46) / Math.max(1, rows) - 6));
    const chipW = (box.w - 40 - (cols - 1) * 10) / cols;
    let y = box.y + 16;
    all.forEach((grp, k) => {
      if (k > 0) g.lineStyle(2, Ink.shade, 1).lineBetween(box.x + 16, y - 6, box.x + box.w - 16, y - 6);
      if (grp.apart) write(this.pen, box.x + 20, y + 18, w.msg('count.results.sets'), { size: 20, bold: true, colour: '#5b4a5e' }).setOrigin(0, 0.5);
      else {
        let x = box.x + 20;
        const seats = grp.methods[0].seatsByList;
        for (const c2 of grp.winners) {
          drawMarker(g, w.styleIndex(c2), x + 12, y + 18, 13);
          x += 30;
        }
        const names = seats ? Object.entries(seats).filter(([, n]) => n > 0).map(([o, n]) => `${w.option(o)} ${n}`).join(', ') : w.options(grp.winners);
        const key = names ? 'count.results.groupLabel' : 'count.results.groupNobody';
        const header = write(this.pen, x + 4, y + 4, w.msg(key, { count: grp.methods.length, names }), { size: 21, bold: true, width: box.w - (x - box.x) - 30 });
        // A long header (seats of many lists) pushes the buttons down instead of covering them.
        y += Math.max(0, header.height - 30);
      }
      y += 42;
      grp.methods.forEach((o, i) => {
        const cx = box.x + 20 + (i % cols) * (chipW + 10) + chipW / 2;
        const cy = y + Math.floor(i / cols) * (chipH + 6) + chipH / 2;
        // A set names its members on the chip itself: it has no group header saying whom.
        const label = grp.apart && !o.error ? this.outcomeText(o) : w.method(o.method);
        const button = new Button(this, {
          x: cx,
          y: cy,
          width: chipW,
          height: chipH,
          fontSize: 17,
          label,
          ariaLabel: `${this.outcomeText(o)} — ${w.msg('count.results.open', { method: w.method(o.method) })}`,
          onActivate: () => this.drill(o),
          id: `results.method.${o.method}`,
        });
        button.control.element.dataset.winners = o.winners.join(',');
        button.control.element.dataset.method = o.method;
        buttons.set(o.method, button);
      });
      y += Math.ceil(grp.methods.length / cols) * (chipH + 6) + 12;
    });
    return buttons;
  }

  /**
   * Draws the facts and every reason in `box` at `size`. Returns false (and draws nothing) when
   * they do not all fit, unless `last`: the last try draws them all.
   */
  private drawFacts(c: Comparison, box: { x: number; y: number; w: number; h: number }, size: number, last: boolean): boolean {
    const w = this.words;
    const objects: Phaser.GameObjects.GameObject[] = [];
    const g = this.add.graphics();
    objects.push(g);
    panel(g, box.x, box.y, box.w, box.h, Ink.shade);
    const facts = c.facts;
    const lines: string[] = [];
    if (facts) {
      lines.push(facts.majorityWinner ? w.msg('count.results.majority', { name: w.option(facts.majorityWinner) }) : w.msg('count.results.noMajority'));
      lines.push(facts.condorcetWinner ? w.msg('count.results.condorcetWinner', { name: w.option(facts.condorcetWinner) }) : w.msg('count.results.noCondorcetWinner'));
      lines.push(facts.condorcetLoser ? w.msg('count.results.condorcetLoser', { name: w.option(facts.condorcetLoser) }) : w.msg('count.results.noCondorcetLoser'));
    }
    const p = reasonParams(c);
    // A sentence may open on an option's name ("la forêt…"): its first letter is a capital.
    const reasons = c.reasons.map((key) => capitalize(w.msg(key, { name: w.option(p.condorcet), methods: p.methods.map((m) => w.method(m)), count: p.methods.length })));
    const gap = size < 17 ? 6 : 8;
    let y = box.y + 14;
    const put = (text: string, at: number, bold = false): void => {
      const t = write(this.pen, box.x + 18, y, text, { size: at, bold, width: box.w - 36 }).setData('within', box);
      objects.push(t);
      y += t.height + gap;
    };
    put(w.msg('count.results.facts'), size + 4, true);
    for (const line of lines) put(`• ${line}`, size);
    y += 4;
    put(w.msg('count.results.why'), size + 4, true);
    for (const r of reasons) put(`• ${r}`, size);
    if (y - gap > box.y + box.h - 10 && !last) {
      for (const o of objects) o.destroy();
      return false;
    }
    // For the tests: every reason is on the screen.
    document.body.dataset.whyReasons = String(reasons.length);
    document.body.dataset.whyShown = String(reasons.length);
    a11y().setStatus([...lines, ...reasons].join(' '));
    return true;
  }

  private drill(o: MethodOutcome): void {
    if (o.error) return;
    this.scene.start(SceneKey.Count, { ...electionPart(this.data_), method: o.method });
  }

  private leave(): void {
    forgetPlace(this.data_);
    this.scene.start(this.data_.returnTo, { resume: true });
  }
}
