/**
 * A show of hands, typed in: the first show (one number per option; approval: also how many
 * people vote), then — for a two-round or an instant-runoff count — each next show between the
 * options still in, typed after the previous one is counted (classroom/hands.ts decides who).
 * Only what hands can answer is offered; the methods left out are named. What is typed is
 * saved as it is typed (tally-draft.ts): a reload comes back to the same show with its numbers.
 */
import type { ClassElection } from '../../classroom/election.ts';
import {
  defaultRunoff,
  handsMethods,
  inShow,
  leftOutByHands,
  nextShow,
  readShow,
  RUNOFFS,
  type Runoff,
  type Show,
} from '../../classroom/hands.ts';
import { COUNTED_MARK, handsFieldId, replayShows, runoffOf } from './hands-kept.ts';
import { fromOptionCounts, readCell } from '../../classroom/tally.ts';
import { formatNumber } from '../../i18n/format.ts';
import { h } from './dom.ts';
import { draftFor, restoredOnce, saveDraft } from './tally-draft.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { lang } from './words.ts';
import { methodNoun } from '../../i18n/method-nouns.ts';
import { t } from '../../i18n/index.ts';

interface HandsState {
  runoff: Runoff;
  /** The fields as typed, by id (every show's, and the number of people). */
  fields: Record<string, string>;
}

/** The shows already counted, replayed from what was typed (hands-kept.ts). */
function replay(election: ClassElection, state: HandsState): { shows: Show[]; next: number[] | undefined } {
  return replayShows(election, state.runoff, state.fields);
}

function stateOf(election: ClassElection): HandsState {
  const saved = draftFor('hands');
  if (!saved) return { runoff: defaultRunoff(election), fields: {} };
  const runoff = runoffOf(election, saved);
  // A show counted to its end (its results were on the board): the form starts a new one.
  if (saved[COUNTED_MARK] === '1') return { runoff, fields: {} };
  return { runoff, fields: { ...saved } };
}

function names(election: ClassElection, options: readonly number[]): string[] {
  return options.map((i) => election.options[i]);
}

export function handsView(ctx: ViewContext, election: ClassElection): HTMLElement[] {
  if (election.kind === 'grades')
    return [
      h('h1', { text: t('classroom.hands.title') }),
      problemLine({ key: 'classroom.tally.perOptionGrades', params: {} }),
      button(t('classroom.back'), () => ctx.go('ways'), { id: 'hands.back' }),
    ];
  const restored = restoredOnce('hands');
  const state = stateOf(election);
  const { shows, next } = replay(election, state);
  const showNo = shows.length + 1;
  const options = next ?? [];
  const problem = problemLine(undefined);
  // A field is named as the screen reader names it (« Mains levées pour La mer »).
  const fieldName = (id: string) =>
    id === 'cr-people'
      ? t('classroom.hands.people')
      : t('classroom.hands.for', {
          option: election.options[options.find((i) => handsFieldId(showNo, i) === id) ?? -1] ?? id,
        });
  /**
   * Saved whole, or refused with the field named in the problem line: a value is never cut as
   * it is typed (nothing dropped silently). Returns the problem, if any.
   */
  const save = () => {
    const wrong = saveDraft('hands', { ...state.fields, runoff: state.runoff }, fieldName);
    setProblem(problem, wrong);
    return wrong;
  };
  const field = (id: string, label: string) => {
    const input = h('input', {
      type: 'number',
      inputmode: 'numeric',
      min: 0,
      step: 1,
      id,
      'aria-label': label,
      value: state.fields[id] ?? '',
    });
    input.addEventListener('input', () => {
      state.fields[id] = input.value;
      save();
    });
    return input;
  };
  const fields = options.map((i) => ({
    i,
    input: field(handsFieldId(showNo, i), t('classroom.hands.for', { option: election.options[i] })),
  }));
  const people = election.kind === 'approval' ? field('cr-people', t('classroom.hands.people')) : undefined;

  const count = () => {
    // A field refused by the draft is refused here too: the count never reads what it could not keep.
    if (save() !== undefined) return;
    const cells = election.options.map((_, i) => readCell(state.fields[handsFieldId(showNo, i)] ?? ''));
    const { show, problem: wrong } = readShow(election, cells, options, people ? readCell(people.value) : undefined);
    if (!show) return setProblem(problem, wrong);
    const all = [...shows, show];
    state.fields.counted = String(all.length);
    save();
    if (nextShow(state.runoff, all)) return ctx.go('hands');
    const result = fromOptionCounts(
      election,
      all[0].map((n) => n ?? 0),
    );
    if (!result.groups) return setProblem(problem, result.problem);
    const peopleCount = people ? readCell(people.value) : null;
    // Kept, marked as counted: a reload on the results board counts the same shows again (keep.ts).
    saveDraft('hands', { ...state.fields, runoff: state.runoff, [COUNTED_MARK]: '1' });
    ctx.counted(result.groups, 'hands', {
      runoff: state.runoff,
      shows: all,
      ...(peopleCount !== null ? { people: peopleCount } : {}),
    });
  };
  const restart = () => {
    state.fields = {};
    save();
    ctx.go('hands');
  };

  const leftOut = leftOutByHands(election);
  const runoffs =
    election.kind === 'ranked' && shows.length === 0
      ? h(
          'fieldset',
          { 'data-hands-methods': handsMethods(election).join(',') },
          h('legend', { text: t('classroom.hands.runoffLegend') }),
          ...RUNOFFS.map((r) => {
            const radio = h('input', {
              type: 'radio',
              name: 'cr-runoff',
              value: r,
              checked: r === state.runoff,
              'data-runoff': r,
            });
            radio.addEventListener('change', () => {
              state.runoff = r;
              save();
            });
            return h('label', { className: 'cr-check' }, radio, t(`classroom.hands.runoff.${r}`));
          }),
        )
      : undefined;
  const last = shows[shows.length - 1];
  const previous = last
    ? inShow(last).map((i) => `${election.options[i]} ${formatNumber(last[i] as number, lang())}`)
    : [];
  const table = h(
    'table',
    { className: 'cr-grid', 'data-show': String(showNo) },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { text: t('classroom.option') }),
        h('th', { text: t(election.kind === 'approval' ? 'classroom.hands.approvals' : 'classroom.hands.firsts') }),
      ),
    ),
    h(
      'tbody',
      {},
      ...fields.map(({ i, input }) =>
        h('tr', {}, h('th', { scope: 'row', text: election.options[i] }), h('td', {}, input)),
      ),
    ),
  );
  return [
    h('h1', {
      text:
        shows.length === 0
          ? t('classroom.hands.title')
          : t('classroom.hands.next', { show: showNo, names: names(election, options) }),
    }),
    restored ? h('p', { className: 'cr-muted', 'data-restored': '', text: t('classroom.hands.restored') }) : null,
    h('p', {
      text:
        shows.length > 0
          ? t('classroom.hands.nextHelp', { previous: previous.join(' · '), names: names(election, options) })
          : t(election.kind === 'approval' ? 'classroom.hands.helpApprovalPeople' : 'classroom.hands.helpRanked'),
    }),
    leftOut.length > 0 && shows.length === 0
      ? h('p', {
          className: 'cr-muted',
          'data-left-out': leftOut.join(','),
          text: t('classroom.hands.leftOut', {
            methods: leftOut.map((m) => methodNoun(m, lang())),
            count: leftOut.length,
          }),
        })
      : null,
    runoffs,
    people ? h('label', { className: 'cr-check' }, t('classroom.hands.people'), ' ', people) : null,
    table,
    problem,
    h(
      'div',
      { className: 'cr-row' },
      button(t('classroom.count'), count, { id: 'hands.count', primary: true }),
      shows.length > 0 && button(t('classroom.hands.restart'), restart, { id: 'hands.restart' }),
      button(t('classroom.back'), () => ctx.go('ways'), { id: 'hands.back' }),
    ),
  ].filter((e): e is HTMLElement => Boolean(e));
}
