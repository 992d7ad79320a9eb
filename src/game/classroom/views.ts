/** What the classroom's views share: the layer they draw in, and the ways out of a view. */
import type { BallotGroup } from '../../classroom/election.ts';
import type { SetupProblem } from '../../classroom/election.ts';
import type { HandsTally } from '../../classroom/hands.ts';
import type { LiveSetup } from '../../live/protocol.ts';
import { h } from './dom.ts';
import type { ClassroomLayer } from './layer.ts';
import type { Desk } from './desk.ts';
import { t } from '../../i18n/index.ts';

/** `live`: the setup form for a vote from phones (it opens the host screen). */
export type ViewName = 'home' | 'setup' | 'live' | 'ways' | 'hands' | 'piles' | 'import' | 'chapters' | 'tie';

export interface ViewContext {
  readonly layer: ClassroomLayer;
  go(view: ViewName): void;
  /** The room's ballots are in: count them and show the results (`hands`: the shows of hands they came from). */
  counted(groups: BallotGroup[], source: NonNullable<Desk['source']>, hands?: HandsTally): void;
  /** Starts pass-and-play, a chapter's lesson, the title… */
  startVote(): void;
  startLesson(chapter: number): void;
  /** Opens a room for a vote from phones set up this way (the host screen). */
  startLive(setup: LiveSetup): void;
  toTitle(): void;
  print(what: 'ballots' | 'guides'): void;
}

export function button(
  label: string,
  onClick: () => void,
  options: { id?: string; primary?: boolean; pressed?: boolean } = {},
): HTMLButtonElement {
  return h('button', {
    type: 'button',
    className: `cr-btn${options.primary ? ' cr-primary' : ''}`,
    'data-control': options.id,
    'aria-pressed': options.pressed === undefined ? undefined : String(options.pressed),
    text: label,
    onclick: () => onClick(),
  });
}

/** A problem in words, read out at once by screen readers. */
export function problemLine(problem: SetupProblem | string | undefined): HTMLElement {
  const text = problem === undefined ? '' : typeof problem === 'string' ? problem : t(problem);
  const line = h('p', { className: 'cr-problem', role: 'alert', 'data-problem': '', text });
  line.hidden = text === '';
  return line;
}

export function setProblem(line: HTMLElement, problem: SetupProblem | string | undefined): void {
  const text = problem === undefined ? '' : typeof problem === 'string' ? problem : t(problem);
  line.textContent = text;
  line.hidden = text === '';
}
