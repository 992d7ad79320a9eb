/**
 * Nothing lost: the desk's election, its pass-and-play ballots (as groups in content order,
 * the order of casting is never kept), the lesson's step and the screen the teacher was on are
 * copied to the store (src/state/classroom.ts) the moment they change, and read back once per
 * page. While a vote is open the address says `#classroom`, so that a reload comes back to it;
 * and the browser asks before a page with an open vote is closed or reloaded.
 */
import { availableMethods, countClass, type BallotGroup, type ClassElection } from '../../classroom/election.ts';
import { PassAndPlay } from '../../classroom/pass-and-play.ts';
import { ballotsIn, type ClassroomSave, type SavedElection } from '../../state/classroom.ts';
import type { GameStore } from '../../state/store.ts';
import { storeNow } from '../flow/session.ts';
import { desk, updateDesk, type DeskChange } from './desk.ts';
import { ensureStyles, h } from './dom.ts';
import { ensureBoxStyles } from './box-styles.ts';
import { probe } from '../../probe.ts';
import { countedFromDraft } from './hands-kept.ts';
import { draftFor } from './tally-draft.ts';
import { t } from '../../i18n/index.ts';

const CLASSROOM_HASH = '#classroom';

function saved(election: ClassElection): SavedElection {
  return {
    question: election.question,
    options: [...election.options],
    kind: election.kind,
    methods: [...election.methods],
    ...(election.scale ? { scale: { ...election.scale } } : {}),
    ...(election.mentions ? { mentions: [...election.mentions] } : {}),
    ...(election.ungradedAsLowest ? { ungradedAsLowest: true } : {}),
  };
}

/** The number of ballots in the box of the desk's vote (0 without one). */
export function ballotsCast(): number {
  return desk().vote?.cast ?? 0;
}

/** A vote that leaving would interrupt: ballots in an open box, or a ballot being filled in. */
export function voteInProgress(): boolean {
  const vote = desk().vote;
  return vote !== undefined && vote.phase !== 'closed' && (vote.cast > 0 || vote.phase === 'voting');
}

function showCount(): void {
  probe.set('ballotsCast', ballotsCast());
}

function save(store: GameStore, what: DeskChange): void {
  const s = store.getState();
  const { election, vote, lesson } = s.desk;
  if (what === 'election') s.saveClassElection(election ? saved(election) : null);
  if (what === 'election' || what === 'vote') {
    // Only pass-and-play ballots are kept: the other ways keep their own drafts (typed counts) or their files.
    if (vote) s.saveClassVote({ groups: vote.contents(), closed: vote.phase === 'closed', source: 'pass' });
    else if (what === 'vote') s.saveClassVote(null);
    showCount();
  }
  if (what === 'lesson') s.saveClassLesson(lesson ? { chapter: lesson.chapter, step: lesson.step } : null);
}

let restored = false;
/** Ballots found in an open box at the page's start, said once on the desk (or the vote's screen). */
let resumedBallots: number | undefined;

/** The notice of a resumed vote, once: the number of ballots found in the box, if any. */
export function takeResumedNotice(): number | undefined {
  const n = resumedBallots;
  resumedBallots = undefined;
  return n;
}

/**
 * Once per page: the desk as the save left it. Returns the screen to go back to and the number
 * of ballots in the box, or undefined when nothing was there to resume (or it was done already).
 */
export function restoreDesk(): { screen: ClassroomSave['screen']; ballots: number } | undefined {
  const store = storeNow();
  if (!store || restored) return undefined;
  restored = true;
  store.subscribe((state, before) => {
    if (state.deskChange && state.deskChange !== before.deskChange) save(store, state.deskChange.what);
  });
  window.addEventListener('beforeunload', (event) => {
    if (!voteInProgress()) return;
    // Everything is saved already; the question only spares the teacher a surprise.
    event.preventDefault();
    event.returnValue = '';
  });
  const room = store.getState().classroom;
  if (desk().election || desk().lesson) return undefined;
  if (room.lesson) updateDesk({ lesson: { ...room.lesson } });
  const vote = room.election ? restoreElection(room.election, room.vote) : undefined;
  restoreCountedHands();
  showCount();
  const box = desk().vote;
  if (box && box.phase !== 'closed' && box.cast > 0) resumedBallots = box.cast;
  return { screen: room.screen, ballots: ballotsIn(vote && !vote.closed ? vote : null) };
}

/** A show of hands (or piles) counted before the reload: its results, counted again from what was kept. */
let resumedCount = false;

function restoreCountedHands(): void {
  const { election, counted } = desk();
  if (!election || counted) return;
  const kept = countedFromDraft(election, draftFor('hands'));
  if (!kept) return;
  updateDesk({ groups: kept.groups, source: 'hands', counted: kept.counted });
  resumedCount = true;
}

/** True once after a reload that brought a counted show of hands or counted piles back: the board shows it again. */
export function takeResumedCount(): boolean {
  const was = resumedCount;
  resumedCount = false;
  return was;
}

/** The saved election and its box on the desk; the box read back (undefined when it could not be). */
function restoreElection(saved: SavedElection, vote: ClassroomSave['vote']): ClassroomSave['vote'] | undefined {
  // Methods this engine no longer offers for the election are left out (a save from another version).
  const available = availableMethods(saved.kind, saved.options.length, saved.scale, saved.seats ?? 1);
  const methods = saved.methods.filter((m) => available.includes(m));
  if (methods.length === 0) return undefined;
  const election: ClassElection = { ...saved, methods };
  updateDesk({ election });
  if (!vote || vote.groups.length === 0) return vote ?? undefined;
  if (vote.source === 'piles') return restoreCountedPiles(election, vote);
  try {
    const box = PassAndPlay.resume(election, vote.groups);
    if (vote.closed) {
      const groups = box.close();
      updateDesk({ groups, source: 'pass', counted: countClass(election, groups) });
    }
    updateDesk({ vote: box });
    return vote;
  } catch {
    // A ballot the model refuses (the save was checked, so this is a newer rule): the box starts empty, the save stays.
    return undefined;
  }
}

/**
 * Piles of paper ballots counted before the reload, kept as a closed box (keepCountedPiles):
 * the board shows their results again, counted from the same groups.
 */
function restoreCountedPiles(election: ClassElection, vote: NonNullable<ClassroomSave['vote']>) {
  if (!vote.closed) return undefined;
  try {
    const groups = vote.groups.map((g) => ({ ballot: g.ballot, count: g.count }));
    updateDesk({ groups, counted: countClass(election, groups), source: 'piles' });
    resumedCount = true;
    return vote;
  } catch {
    return undefined; // piles this engine cannot count any more: the save stays, the typed form is there
  }
}

/**
 * The room's piles are counted: their ballots are kept as a closed box of source `piles` (not
 * only as typed fields, which a draft bounds: state/classroom.ts's MAX_TALLY_FIELDS), so that a reload on the board loses none.
 */
export function keepCountedPiles(groups: readonly BallotGroup[]): void {
  storeNow()
    ?.getState()
    .saveClassVote({
      groups: groups.map((g) => ({ ballot: g.ballot, count: g.count })),
      closed: true,
      source: 'piles',
    });
}

/** Said on the results board brought back by a reload: what was counted is all there (gone with the scene). */
export function countResumedNotice(): HTMLElement {
  const { groups, source } = desk();
  const ballots = (groups ?? []).reduce((n, g) => n + g.count, 0);
  const notice = h('p', {
    className: 'cr-toast',
    role: 'status',
    'data-notice': 'count-resumed',
    text:
      source === 'piles'
        ? t('classroom.countResumed.piles', { piles: groups?.length ?? 0, n: ballots })
        : t('classroom.countResumed.hands'),
  });
  ensureStyles();
  ensureBoxStyles();
  document.body.append(notice);
  return notice;
}

/** Where the teacher is, saved; the vote and the lesson keep `#classroom` in the address for a reload. */
export function keepScreen(screen: ClassroomSave['screen']): void {
  storeNow()?.getState().saveClassScreen(screen);
  // The desk keeps it only while a vote is open (else a reload there opens the title, as before).
  if (typeof history !== 'undefined' && (screen !== 'desk' || voteInProgress()) && location.hash !== CLASSROOM_HASH)
    history.replaceState(null, '', location.pathname + location.search + CLASSROOM_HASH);
}

/**
 * The results of a kept show of hands or of counted piles are on the board: the address says `#classroom`, so that
 * a reload comes back to them (keep.ts counts them again from the typed shows).
 */
export function keepBoardAddress(): void {
  const { source } = desk();
  const kept =
    source === 'hands'
      ? draftFor('hands')?.done === '1'
      : source === 'piles' && storeNow()?.getState().classroom?.vote?.source === 'piles';
  if (typeof history === 'undefined' || !kept) return;
  if (location.hash !== CLASSROOM_HASH)
    history.replaceState(null, '', location.pathname + location.search + CLASSROOM_HASH);
}

/** Leaving the classroom's screens: the address forgets `#classroom`. */
export function leaveScreen(): void {
  if (typeof history !== 'undefined' && location.hash === CLASSROOM_HASH)
    history.replaceState(null, '', location.pathname + location.search);
}

/** Forgets the election, its ballots and the typed counts on this device. */
export function forgetElection(): void {
  updateDesk({ election: undefined, vote: undefined, groups: undefined, counted: undefined, source: undefined });
  storeNow()?.getState().saveClassElection(null);
  showCount();
}

/** Said on the lesson's screen after a reload: where it starts again (gone with the scene). */
export function lessonResumedNotice(lesson: { chapter: number; step: number }): HTMLElement {
  const notice = h('p', {
    className: 'cr-toast',
    role: 'status',
    'data-notice': 'lesson-resumed',
    text: t('box.lessonResumed', { n: lesson.chapter, step: lesson.step + 1 }),
  });
  ensureStyles();
  ensureBoxStyles();
  document.body.append(notice);
  return notice;
}

/** The same question, options and ballot (a lesson's vote opened again is the one in progress). */
export function sameElection(a: ClassElection, b: ClassElection): boolean {
  return JSON.stringify(saved(a)) === JSON.stringify(saved(b));
}
