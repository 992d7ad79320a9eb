/**
 * A journey's screens in words, for the Node transcripts of whole flows: what each screen
 * shows, in the words the scenes use (ScenarioWords: the dialogue's, and the count's and the
 * results' for the election on screen) and each count frame's chart as data, so that a changed frame, a
 * changed explanation or a changed comparison shows in the transcript's diff.
 */
import type { Lang } from '../../i18n/format.ts';
import { whyText } from '../count/why-text.ts';
import { capitalize } from '../../scenario/transcript.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import { reasonParams, type Comparison } from '../count/compare.ts';
import type { Screen } from './journey.ts';
import { ScenarioWords } from '../../scenario/words.ts';
import { inputView, verdict, plainLines } from './labels.ts';
import { boxLines, boxOpening } from '../count/ballot-box.ts';

export class JourneyText {
  private readonly texts: ScenarioWords;

  constructor(
    readonly scenario: ScenarioData,
    readonly lang: Lang,
  ) {
    this.texts = new ScenarioWords(scenario, lang);
  }

  /** The lines one screen shows. */
  lines(screen: Screen): string[] {
    switch (screen.kind) {
      case 'title':
        return [`# title — ${this.texts.text(this.scenario.title)}`];
      case 'coast':
        return [`# coast — ${screen.place}`];
      case 'beat': {
        const e = screen.entry;
        if (e.type === 'say') {
          const text = this.texts.text(e.text, e.vars);
          return [e.speaker === undefined ? `(${text})` : `${this.texts.character(e.speaker)} — ${text}`];
        }
        if (e.type === 'quiz' || e.type === 'puzzle') return verdict(this.texts, e).lines;
        if (e.type === 'error') return [`!! ${this.texts.said({ key: e.key, params: e.params })}`];
        return plainLines(this.texts, e);
      }
      case 'input': {
        const view = inputView(this.texts, screen.pending);
        return [
          `? ${view.prompt}`,
          ...view.options.map((o, i) => `  ${i + 1}. ${o}`),
          ...(view.canGiveUp ? ['  0. …'] : []),
        ];
      }
      case 'election':
        return [
          `# election — ${screen.entry.election} (${screen.entry.mode})`,
          // A recount shows the full box and says so; a vote after the ballots changed says why it is cast again.
          ...boxLines(this.texts, boxOpening(screen.entry), screen.look).map((l) => `  ≡ ${l}`),
          ...plainLines(this.texts, screen.entry).map((l) => `  ${l}`),
        ];
      case 'count': {
        const words = this.words(screen.entry);
        const head =
          screen.at === 0 ? [`# count — ${words.method(screen.method)} (${screen.frames.length} frames)`] : [];
        const frame = screen.frames[screen.at];
        if (!frame)
          return [...head, `  ${words.msg('count.count.error', { method: words.method(screen.method), error: '' })}`];
        const { kind, ...chart } = frame.view;
        const mark = frame.tieBreak ? ' ⚖' : '';
        return [
          ...head,
          `  [${screen.at + 1}/${screen.frames.length}]${mark} ${words.explain(frame.step)}`,
          `    ${kind} ${JSON.stringify(chart)}`,
        ];
      }
      case 'results':
        return this.results(this.words(screen.entry), screen.comparison);
      case 'end':
        return ['# end', ...(screen.entry ? plainLines(this.texts, screen.entry) : [])];
    }
  }

  private words(entry: ElectionEntry): ScenarioWords {
    return new ScenarioWords(this.scenario, this.lang, entry);
  }

  /** The results screen: the groups of methods by winners, the ones apart, the facts' reasons. */
  private results(w: ScenarioWords, c: Comparison): string[] {
    const p = reasonParams(c);
    const groups = c.groups.map(
      (g) => `  ${w.options(g.winners)} ← ${g.methods.map((o) => w.method(o.method)).join(', ')}`,
    );
    const apart = c.apart.map(
      (o) =>
        `  (${w.method(o.method)}: ${o.error ? w.explain({ key: o.error.key, params: o.error.params }) : w.options(o.winners)})`,
    );
    const reasons = [
      ...c.reasons.map((key) =>
        capitalize(
          w.msg(key, {
            name: w.option(p.condorcet),
            methods: p.methods.map((m) => w.methodInText(m)),
            count: p.methods.length,
          }),
        ),
      ),
      ...c.why.map((line) => whyText(line, w)),
    ].map((text) => `  • ${text}`);
    return ['# results', ...groups, ...apart, ...reasons];
  }
}
