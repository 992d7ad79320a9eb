/**
 * What every room of this process shares: the store and the limits. Colyseus builds rooms
 * itself (and may do so for another process's request), so they find these here rather
 * than in their options, which come from clients.
 */
import type { BallotStore } from './store/store.ts';

/** LiveLimits' server-side caps, as numbers (tests lower them). */
export type ServerLimits = {
  readonly [
    K in
      | 'messageBytes'
      | 'messagesPerSecond'
      | 'messageBurst'
      | 'roomsPerProcess'
      | 'votersPerRoom'
      | 'lookupsPerMinute'
      | 'wrongCodesPerMinute'
  ]: number;
};

export interface LiveContext {
  readonly store: BallotStore;
  readonly limits: ServerLimits;
  readonly retentionMs: number;
  /** Seconds a dropped connection keeps its seat (Colyseus' reconnection). */
  readonly reconnectSeconds: number;
  /** Seconds a room brought back from the store waits for someone before it is put away again. */
  readonly restoreGraceSeconds: number;
  /** The host hears the count at most this often. */
  readonly receivedEveryMs: number;
  /** How often a room checks whether its retention time is over. */
  readonly expiryCheckMs: number;
}

let current: LiveContext | undefined;

export function setLiveContext(context: LiveContext | undefined): void {
  current = context;
}

export function liveContext(): LiveContext {
  if (!current) throw new Error('the room server is not started');
  return current;
}
