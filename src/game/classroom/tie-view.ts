/**
 * A tie, said and settled only if the teacher wants: the tied results, a seed shown to the
 * room (a fresh one, or one typed to replay a draw), "Draw lots" (the engine's `lot` policy:
 * the same seed always gives the same draw) or "Leave the tie".
 */
import { countClass } from '../../classroom/election.ts';
import { handsElection } from '../../classroom/hands.ts';
import { resultLines } from '../../classroom/results.ts';
import { freshSeed } from '../../voting/rng.ts';
import { desk, updateDesk } from './desk.ts';
import { h } from './dom.ts';
import { button, problemLine, setProblem, type ViewContext } from './views.ts';
import { lang } from './words.ts';
import { t } from '../../i18n/index.ts';

/** Counts the room's ballots again, ties broken by lot with `seed`, or left (no seed). */
function recount(seed?: string): void {
  const { election, groups, counted } = desk();
  if (!election || !groups || !counted) return;
  const counting = counted.hands ? handsElection(election) : election;
  updateDesk({
    counted: countClass(counting, groups, {
      ...(counted.hands ? { hands: counted.hands } : {}),
      ...(seed === undefined ? {} : { tieSeed: seed }),
    }),
  });
}

export function tieView(ctx: ViewContext, toResults: () => void): HTMLElement[] {
  const { election, counted, groups } = desk();
  if (!election || !counted)
    return [
      h('h1', { text: t('classroom.tie.title') }),
      button(t('classroom.back'), () => ctx.go('home'), { id: 'tie.back' }),
    ];
  // The ties as the ballots leave them (before any draw).
  const counting = counted.hands ? handsElection(election) : election;
  const untied =
    counted.tieSeed === undefined
      ? counted
      : countClass(counting, groups ?? [], counted.hands ? { hands: counted.hands } : {});
  const base = resultLines(election, untied, lang());
  const tied = base.filter((l) => !l.error && l.tie);
  const seed = h('input', {
    type: 'text',
    id: 'cr-tie-seed',
    maxlength: 64,
    spellcheck: 'false',
    value: counted.tieSeed ?? freshSeed(),
    'aria-label': t('classroom.tie.seed'),
  });
  const problem = problemLine(undefined);
  const draw = () => {
    const typed = seed.value.trim();
    if (typed.length < 1 || typed.length > 64) return setProblem(problem, { key: 'classroom.tie.badSeed', params: {} });
    recount(typed);
    toResults();
  };
  return [
    h('h1', { text: t('classroom.tie.title') }),
    h('p', { text: t('classroom.tie.intro') }),
    h(
      'ul',
      { 'data-ties': String(tied.length) },
      ...tied.map((l) => h('li', { text: t('classroom.tie.line', { method: l.name, names: l.winners }) })),
    ),
    h('label', { className: 'cr-check' }, t('classroom.tie.seed'), ' ', seed),
    problem,
    h(
      'div',
      { className: 'cr-row' },
      button(t('classroom.tie.draw'), draw, { id: 'tie.draw', primary: true }),
      button(
        t('classroom.tie.leave'),
        () => {
          recount();
          toResults();
        },
        { id: 'tie.leave' },
      ),
    ),
  ];
}
