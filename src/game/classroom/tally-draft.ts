/**
 * The typed-in counts being entered, saved as they are typed in the classroom's part of the
 * store (src/state/classroom.ts, `tally`): a reload, a closed tab or a crash gives the same
 * form back with its numbers. A form is named (`hands`, `piles`) and its fields are kept by
 * the id of their input, as typed. Forgotten once counted, and by a new election.
 */
import { storeNow } from '../flow/session.ts';
import { MAX_TALLY_FIELDS, TALLY_TEXT } from '../../state/classroom.ts';
import { t } from '../../i18n/index.ts';

type DraftView = 'hands' | 'piles';

const CLASSROOM_HASH = '#classroom';

/** The fields of the saved form `view`, if that form is the one being typed. */
export function draftFor(view: DraftView): Record<string, string> | undefined {
  const tally = storeNow()?.getState().classroom?.tally;
  return tally && tally.view === view ? { ...tally.fields } : undefined;
}

/** The form being typed, if any (a reload goes back to it); a show of hands counted to its end is not. */
export function draftView(): DraftView | undefined {
  const tally = storeNow()?.getState().classroom?.tally;
  if (tally?.fields.done === '1') return undefined;
  const view = tally?.view;
  return view === 'hands' || view === 'piles' ? view : undefined;
}

/**
 * Saves what is typed, whole, or says why it cannot (nothing is cut silently): a form past
 * MAX_TALLY_FIELDS fields, or a field longer than TALLY_TEXT characters, is refused, the last
 * whole save stays, and the words returned say which field (named by `label`, from its id) and
 * what to do. Undefined: saved.
 */
export function saveDraft(
  view: DraftView,
  fields: Record<string, string>,
  label: (id: string) => string = (id) => id,
): string | undefined {
  const entries = Object.entries(fields);
  if (entries.length > MAX_TALLY_FIELDS)
    return t('classroom.draft.tooMany', { n: entries.length, max: MAX_TALLY_FIELDS });
  const long = entries.find(([k, v]) => k.length > TALLY_TEXT || v.length > TALLY_TEXT);
  if (long) return t('classroom.draft.tooLong', { field: label(long[0]), max: TALLY_TEXT });
  storeNow()?.getState().saveClassTally({ view, fields });
  // While counts are being typed the address says `#classroom`, so that a reload comes back to them.
  if (typeof history !== 'undefined' && location.hash !== CLASSROOM_HASH)
    history.replaceState(null, '', location.pathname + location.search + CLASSROOM_HASH);
  return undefined;
}

const seen = new Set<DraftView>();

/**
 * True the first time this page shows the form `view` with saved numbers in it (after a
 * reload, or coming back to the desk): the form then says the numbers were kept.
 */
export function restoredOnce(view: DraftView): boolean {
  if (seen.has(view)) return false;
  seen.add(view);
  const fields = draftFor(view);
  return fields !== undefined && fields.done !== '1' && Object.keys(fields).some((id) => id.startsWith('cr-'));
}

function clearDraft(): void {
  storeNow()?.getState().saveClassTally(null);
}

/**
 * Forgets a show of hands counted to its end, or counted piles (a new vote, or another count,
 * replaces its results): the piles' closed box too (keep.ts keeps them there).
 */
export function forgetCountedDraft(): void {
  const state = storeNow()?.getState();
  if (state?.classroom?.tally?.fields.done === '1') clearDraft();
  if (state?.classroom?.vote?.source === 'piles') state.saveClassVote(null);
}
