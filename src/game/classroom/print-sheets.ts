/**
 * The paper sheets, as A4 pages (print CSS in styles.ts): ballots of each kind with the
 * options, the results sheet, and a chapter's teacher guide. Texts are set as text only.
 */
import { t, type MessageKey } from '../../i18n/index.ts';
import type { Lang } from '../../i18n/format.ts';
import {
  BALLOT_KINDS,
  CLASS_GRADES,
  optionIds,
  scaleOf,
  type BallotGroup,
  type BallotKind,
  type ClassElection,
  type CountedClass,
} from '../../classroom/election.ts';
import { lessonSteps, teacherNotes } from '../../classroom/lesson.ts';
import { stageText } from '../../classroom/figures.ts';
import { agreements, resultLines, winnersText } from '../../classroom/results.ts';
import type { ScenarioData } from '../../scenario/schema.ts';
import { h } from './dom.ts';

const SLIPS = 6;

function slip(election: ClassElection, kind: BallotKind, lang: Lang): HTMLElement {
  const tr = (key: MessageKey, params = {}) => t(key, params, lang);
  const { min, max } = kind === 'grades' ? scaleOf({ ...election, kind }) : CLASS_GRADES;
  const grades = Array.from({ length: max - min + 1 }, (_, k) => min + k);
  // A grade scale stays on one line: under the option's name, across the slip, its circles
  // narrower when the scale is long (styles.ts .cr-scale).
  const circle = `${Math.min(7, Math.floor((76 / grades.length - 1.2) * 10) / 10)}mm`;
  const scale = () =>
    h(
      'td',
      { colspan: 2, className: 'cr-scale', style: `--cr-circle: ${circle}` },
      ...grades.map((g) => h('span', { className: 'cr-circle', text: String(g) })),
    );
  const rows = election.options.flatMap((name) =>
    kind === 'grades'
      ? [h('tr', {}, h('td', { colspan: 2, className: 'cr-scale-name', text: name })), h('tr', {}, scale())]
      : [h('tr', {}, h('td', { text: name }), h('td', {}, h('span', { className: 'cr-box' })))],
  );
  return h(
    'div',
    { className: 'cr-slip' },
    h('h3', { text: election.question || tr('classroom.election.untitled') }),
    h('p', { text: tr(`classroom.print.how.${kind}`, { min, max }) }),
    h('table', {}, h('tbody', {}, ...rows)),
  );
}

/** Copies of each kind of ballot: by default a class's worth of the election's own kind only. */
export type Copies = Readonly<Record<BallotKind, number>>;
const CLASS_COPIES = 30;
export const MAX_COPIES = 300;
export function defaultCopies(election: ClassElection): Copies {
  return Object.fromEntries(BALLOT_KINDS.map((k) => [k, k === election.kind ? CLASS_COPIES : 0])) as Copies;
}

/** The copies asked for of each kind (the election's own kind first), six ballots to a page. */
export function ballotSheets(
  election: ClassElection,
  lang: Lang,
  copies: Copies = defaultCopies(election),
): HTMLElement[] {
  const kinds = [election.kind, ...BALLOT_KINDS.filter((k) => k !== election.kind)];
  return kinds.flatMap((kind) => {
    const n = Math.max(0, Math.min(MAX_COPIES, Math.floor(copies[kind])));
    return Array.from({ length: Math.ceil(n / SLIPS) }, (_, page) =>
      h(
        'section',
        { className: 'cr-sheet', 'data-sheet': `ballots-${kind}` },
        h('p', {
          className: 'cr-note',
          text: t('classroom.print.ballotsHead', { kind: t(`classroom.kind.${kind}`, {}, lang) }, lang),
        }),
        h(
          'div',
          { className: 'cr-slips' },
          ...Array.from({ length: Math.min(SLIPS, n - page * SLIPS) }, () => slip(election, kind, lang)),
        ),
      ),
    );
  });
}

function ballotText(election: ClassElection, group: BallotGroup, lang: Lang): string {
  const ids = optionIds(election);
  const name = (id: string) => election.options[ids.indexOf(id)] ?? id;
  const b = group.ballot;
  if (b.kind === 'ranked')
    return b.ranking.length === 0
      ? t('classroom.print.blank', {}, lang)
      : b.ranking.map((tier) => tier.map(name).join(' = ')).join(' › ');
  if (b.kind === 'approval')
    return b.approves.length === 0 ? t('classroom.print.blank', {}, lang) : b.approves.map(name).join(', ');
  return ids.map((id) => `${name(id)} ${b.grades[id]}`).join(', ');
}

/** Every method's winner and its figures, the methods that agree, and the ballots themselves. */
export function resultsSheet(
  election: ClassElection,
  counted: CountedClass,
  groups: readonly BallotGroup[],
  lang: Lang,
): HTMLElement {
  const tr = (key: MessageKey, params = {}) => t(key, params, lang);
  // Paper has room for every round of an instant runoff.
  const lines = resultLines(election, counted, lang, { rounds: true });
  const voters = counted.entry.counted.voters;
  return h(
    'section',
    { className: 'cr-sheet', 'data-sheet': 'results' },
    h('h1', { text: election.question || tr('classroom.election.untitled') }),
    h('p', {
      text: tr('classroom.print.resultsIntro', {
        n: voters,
        options: election.options,
        kind: tr(`classroom.kind.${election.kind}`),
      }),
    }),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { text: tr('classroom.print.method') }),
          h('th', { text: tr('classroom.print.winner') }),
          h('th', { text: tr('classroom.print.figures') }),
        ),
      ),
      h(
        'tbody',
        {},
        ...lines.map((l) =>
          h(
            'tr',
            {},
            h('td', { text: l.name }),
            h('td', { text: winnersText(l, lang) }),
            h('td', {}, ...l.stages.map((st) => h('div', { text: stageText(st, lang) }))),
          ),
        ),
      ),
    ),
    h('h2', { text: tr('classroom.print.agree') }),
    h(
      'ul',
      {},
      ...agreements(lines).map((a) =>
        h('li', {
          text: tr('classroom.print.agreeLine', {
            names: a.tie ? tr('classroom.results.tieShort', { names: a.winners }) : a.winners,
            methods: a.methods,
          }),
        }),
      ),
    ),
    h('h2', { text: tr('classroom.print.ballots') }),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        ...groups.map((g) =>
          h(
            'tr',
            {},
            h('td', { text: ballotText(election, g, lang) }),
            h('td', { text: tr('classroom.print.times', { n: g.count }) }),
          ),
        ),
      ),
    ),
  );
}

/** A chapter's teacher guide: goal, duration, key moment, the three questions, the lesson's steps. */
export function guideSheet(n: number, scenario: ScenarioData, lang: Lang): HTMLElement | undefined {
  const notes = teacherNotes(scenario, lang);
  if (!notes) return undefined;
  const tr = (key: MessageKey, params = {}) => t(key, params, lang);
  const steps = lessonSteps(scenario).map((s) =>
    tr(`classroom.lesson.step.${s.kind}`, s.kind === 'question' ? { n: s.n } : {}),
  );
  return h(
    'section',
    { className: 'cr-sheet', 'data-sheet': `guide-${n}` },
    h('h1', { text: tr('classroom.print.guideTitle', { n, title: notes.title }) }),
    notes.summary && h('p', { text: notes.summary }),
    h(
      'p',
      {},
      h('strong', { text: `${tr('classroom.notes.duration')} ` }),
      tr('classroom.notes.minutes', { n: notes.duration }),
    ),
    h('h2', { text: tr('classroom.notes.goal') }),
    h('p', { text: notes.goal }),
    h('h2', { text: tr('classroom.notes.keyMoment') }),
    h('p', { text: notes.keyMoment }),
    h('h2', { text: tr('classroom.notes.questions') }),
    h('ol', {}, ...notes.questions.map((q) => h('li', { text: q }))),
    h('h2', { text: tr('classroom.print.plan') }),
    h('ol', {}, ...steps.map((s) => h('li', { text: s }))),
    h('p', { className: 'cr-note', text: tr('classroom.print.keys') }),
  );
}
