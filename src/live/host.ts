/**
 * The host's side of a live vote, headless: what the host screen knows (a state changed only by
 * events, in `hostReducer`) and what it must do next (`hostEffects`); what it shows of that state
 * is src/live/host-screen.ts. Pure: no DOM, no network, no timers (src/live/host-session.ts
 * drives it).
 */
import type { SetupProblem } from '../classroom/election.ts';
import {
  type Hosted,
  type LiveSetup,
  type PhaseChange,
  type Refusal,
  type RefusalReason,
  type RoomPhase,
  type ServerInfo,
} from './protocol.ts';

export type HostStatus =
  /** Asking the server whether it runs rooms (`GET /live/info`). */
  | 'checking'
  /** Nobody answered: the game is served without the room server. */
  | 'no-server'
  /** Creating the room, or joining it again. */
  | 'connecting'
  | 'connected'
  /** The connection dropped: looking the room up again, with a growing wait. */
  | 'reconnecting'
  /** Closed: the ballots are on their way for the count. */
  | 'counting'
  /** The room no longer exists here, or this browser is no longer its host. */
  | 'gone'
  /** The server would not open the room. */
  | 'refused';

interface HostRoom {
  readonly code: string;
  readonly setup: LiveSetup;
  readonly phase: RoomPhase;
  readonly allowChanges: boolean;
  /** Ballots in the box: the only figure shown while the vote is open. */
  readonly received: number;
  /** When closed: the time (ms since epoch) after which the server deletes the ballots. */
  readonly deleteAt?: number;
}

export interface HostState {
  readonly status: HostStatus;
  readonly info?: ServerInfo;
  readonly room?: HostRoom;
  /** Failed attempts to reach the room since the connection dropped. */
  readonly attempts: number;
  /** The host asked to close: the ballots are counted as soon as the room says it is closed. */
  readonly countWhenClosed: boolean;
  /** The host pressed "delete" once: the screen asks to confirm. */
  readonly confirmDelete: boolean;
  /** The last refusal, said on the screen until the next change. */
  readonly refusal?: Refusal;
  /** Something to say about the last action (no ballot to count yet, a file saved…). */
  readonly notice?: SetupProblem;
  /** Why the room is gone (`gone`) or was refused (`refused`). */
  readonly reason?: RefusalReason | 'deleted';
}

export const initialHostState: HostState = {
  status: 'checking',
  attempts: 0,
  countWhenClosed: false,
  confirmDelete: false,
};

export type HostEvent =
  | { readonly type: 'info'; readonly info: ServerInfo | undefined }
  | { readonly type: 'connecting' }
  | { readonly type: 'hosted'; readonly hosted: Hosted }
  | { readonly type: 'phase'; readonly change: PhaseChange }
  | { readonly type: 'received'; readonly received: number }
  | { readonly type: 'refused'; readonly refusal: Refusal }
  /** The room could not be created: refused, or no answer (no refusal). */
  | { readonly type: 'not-opened'; readonly refusal?: Refusal }
  /** The connection was lost (the server restarted, the network went away). */
  | { readonly type: 'dropped' }
  /** One more attempt to reach the room failed (no answer, too many look-ups). */
  | { readonly type: 'retry-failed' }
  /** The room is not on the server any more (`GET /live/rooms/CODE` said 404). */
  | { readonly type: 'gone' }
  /** The host's buttons. */
  | { readonly type: 'ask-close' }
  | { readonly type: 'ask-results' }
  | { readonly type: 'ask-delete' }
  | { readonly type: 'cancel-delete' }
  | { readonly type: 'deleted' }
  /** The ballots came back for the count (empty: nothing to count). */
  | { readonly type: 'counted'; readonly ballots: number }
  | { readonly type: 'notice'; readonly notice: SetupProblem | undefined };

/** Refusals after which this browser cannot host the room any more. */
const FATAL: readonly RefusalReason[] = ['unknown-room', 'not-host'];

function withRoom(state: HostState, change: (room: HostRoom) => HostRoom): HostState {
  return state.room ? { ...state, room: change(state.room) } : state;
}

export function hostReducer(state: HostState, event: HostEvent): HostState {
  switch (event.type) {
    case 'info':
      return event.info ? { ...state, info: event.info, status: 'connecting' } : { ...state, status: 'no-server' };
    case 'connecting':
      return { ...state, status: 'connecting' };
    case 'hosted': {
      const h = event.hosted;
      const room: HostRoom = {
        code: h.code,
        setup: h.setup,
        phase: h.phase,
        allowChanges: h.allowChanges,
        received: h.received,
        ...(h.deleteAt !== undefined ? { deleteAt: h.deleteAt } : {}),
      };
      // Back after a drop while closing: the count goes on once the room says it is closed.
      const counting = state.countWhenClosed && h.phase === 'closed';
      return {
        ...state,
        status: counting ? 'counting' : 'connected',
        room,
        attempts: 0,
        refusal: undefined,
        reason: undefined,
        countWhenClosed: counting,
      };
    }
    case 'phase': {
      const c = event.change;
      const next = withRoom(state, (room) => {
        const { deleteAt: _old, ...rest } = room;
        return {
          ...rest,
          phase: c.phase,
          allowChanges: c.allowChanges,
          ...(c.phase === 'closed' && c.deleteAt !== undefined ? { deleteAt: c.deleteAt } : {}),
        };
      });
      if (c.phase === 'open')
        return { ...next, countWhenClosed: false, status: next.status === 'counting' ? 'connected' : next.status };
      return state.countWhenClosed && state.status === 'connected'
        ? { ...next, status: 'counting', refusal: undefined }
        : next;
    }
    case 'received':
      return withRoom(state, (room) => ({ ...room, received: event.received }));
    case 'refused': {
      const reason = event.refusal.reason;
      if (FATAL.includes(reason))
        return { ...state, status: 'gone', reason, countWhenClosed: false, confirmDelete: false };
      return {
        ...state,
        refusal: event.refusal,
        countWhenClosed: false,
        status: state.status === 'counting' ? 'connected' : state.status,
      };
    }
    case 'not-opened':
      return { ...state, status: 'refused', reason: event.refusal?.reason, refusal: event.refusal };
    case 'dropped':
      if (state.status === 'gone' || state.status === 'refused' || state.status === 'no-server') return state;
      return { ...state, status: state.room ? 'reconnecting' : 'connecting', attempts: 0 };
    case 'retry-failed':
      return { ...state, status: state.room ? 'reconnecting' : state.status, attempts: state.attempts + 1 };
    case 'gone':
      return { ...state, status: 'gone', reason: 'unknown-room', countWhenClosed: false, confirmDelete: false };
    case 'ask-close':
      if (!state.room || state.status !== 'connected' || state.room.phase !== 'open') return state;
      if (state.room.received === 0) return { ...state, notice: { key: 'live.host.noneYet', params: {} } };
      return { ...state, countWhenClosed: true, notice: undefined, refusal: undefined, confirmDelete: false };
    case 'ask-results':
      if (!state.room || state.status !== 'connected' || state.room.phase !== 'closed') return state;
      if (state.room.received === 0) return { ...state, notice: { key: 'live.host.noneYet', params: {} } };
      return {
        ...state,
        status: 'counting',
        countWhenClosed: true,
        notice: undefined,
        refusal: undefined,
        confirmDelete: false,
      };
    case 'ask-delete':
      return { ...state, confirmDelete: true, notice: undefined };
    case 'cancel-delete':
      return { ...state, confirmDelete: false };
    case 'deleted':
      return { ...state, status: 'gone', reason: 'deleted', confirmDelete: false, countWhenClosed: false };
    case 'counted':
      return {
        ...state,
        status: state.status === 'counting' ? 'connected' : state.status,
        countWhenClosed: false,
        notice: event.ballots === 0 ? { key: 'live.host.noneYet', params: {} } : state.notice,
      };
    case 'notice':
      return { ...state, notice: event.notice };
  }
}

/** What the host must send after a change: the ballots are asked for once counting begins. */
export function hostEffects(before: HostState, after: HostState): ('close' | 'export')[] {
  const effects: ('close' | 'export')[] = [];
  if (!before.countWhenClosed && after.countWhenClosed && after.room?.phase === 'open' && after.status === 'connected')
    effects.push('close');
  if (before.status !== 'counting' && after.status === 'counting') effects.push('export');
  return effects;
}

/** The wait before the next attempt to reach the room: 0.5 s, 1 s, 2 s… up to 15 s. */
export function reconnectDelay(attempts: number): number {
  return Math.min(15_000, 500 * 2 ** Math.max(0, Math.min(attempts, 10)));
}
