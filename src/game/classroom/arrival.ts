/**
 * Arriving at the desk: a saved vote or lesson is resumed where the teacher was (once per
 * page), and a prepared link `#classroom/new?q=…&options=A|B|C&kind=…&methods=…&seats=…` opens a
 * pass-and-play vote set up that way — read with the live links' rules (src/live/link.ts), so
 * that both links accept the same words and refuse the same mistakes, each said plainly.
 */
import { readClassLink } from '../../present/classroom-link.ts';
import type { SetupProblem } from '../../classroom/election.ts';
import { desk, newElection } from './desk.ts';
import { h } from './dom.ts';
import { ensureBoxStyles } from './box-styles.ts';
import { restoreDesk, takeResumedNotice, voteInProgress } from './keep.ts';
import { button } from './views.ts';
import { lang } from './words.ts';
import { t } from '../../i18n/index.ts';

export interface ArrivalData {
  /** `#classroom/new?…`: the link's query, still URL-encoded. */
  readonly query?: string;
  /** Anything else after `#classroom/`. */
  readonly unknown?: string;
}

interface Ways {
  show(...children: (Node | false | undefined)[]): void;
  vote(resumed?: number): void;
  lesson(resumed: boolean): void;
  desk(): void;
}

/** What to do on arrival; false when the desk shows its usual view. */
export function arrive(data: ArrivalData, to: Ways): boolean {
  ensureBoxStyles();
  const resumed = restoreDesk();
  if (data.unknown !== undefined) return badLink([{ key: 'box.link.unknown', params: { link: data.unknown } }], to);
  if (data.query !== undefined) return openLink(data.query, to);
  if (!resumed) return false;
  const { vote, lesson } = desk();
  if (resumed.screen === 'vote' && vote && vote.phase !== 'closed') {
    takeResumedNotice();
    to.vote(resumed.ballots);
    return true;
  }
  if (resumed.screen === 'lesson' && lesson) {
    to.lesson(true);
    return true;
  }
  return false;
}

function openLink(query: string, to: Ways): boolean {
  const read = readClassLink(query, lang());
  if (!read.election) return badLink(read.problems, to);
  const election = read.election;
  const start = () => {
    newElection(election);
    to.vote();
  };
  if (!voteInProgress()) {
    start();
    return true;
  }
  // The link would replace a vote with ballots in it: asked first.
  const n = desk().vote?.cast ?? 0;
  const yes = button(t('box.discard.yes'), start, { id: 'link.discard' });
  const no = button(t('box.discard.no'), () => to.vote(n), { id: 'link.keep', primary: true });
  to.show(
    h('h1', { text: election.question || t('classroom.election.untitled') }),
    h(
      'div',
      { className: 'cr-confirm', 'data-asking': 'discard' },
      h('p', { className: 'cr-big', text: t('box.discard.ask', { n }) }),
      h('div', { className: 'cr-row' }, no, yes),
    ),
  );
  return true;
}

function badLink(problems: readonly SetupProblem[], to: Ways): boolean {
  to.show(
    h('h1', { text: t('box.link.title') }),
    h('p', { text: t('box.link.intro') }),
    h(
      'div',
      { role: 'alert', 'data-link-problems': '' },
      ...problems.map((p) => h('p', { className: 'cr-problem', text: t(p) })),
    ),
    h(
      'div',
      { className: 'cr-row' },
      button(t('classroom.back'), () => to.desk(), { id: 'link.back', primary: true }),
    ),
  );
  return true;
}
