/**
 * Where a live vote's ballots are kept durably: the interface every store implements (the
 * journal on local disk by default, Redis when REDIS_URL is set), and the records they keep.
 * Device tokens never reach a store: only their hash, salted per room (server/secrets.ts).
 */
import type { LiveSetup, RoomPhase } from '../../src/live/protocol.ts';
import type { Ballot } from '../../src/scenario/preferences.ts';

/** What a room is, apart from its ballots and phase; written once, when it is created. */
export interface RoomRecord {
  readonly code: string;
  readonly setup: LiveSetup;
  /** SHA-256 of the host key (base64url): the key itself stays on the host's device. */
  readonly hostKeyHash: string;
  /** This room's salt for device hashes, so that a phone cannot be followed from room to room. */
  readonly salt: string;
  readonly createdAt: number;
}

export interface RoomStatus {
  readonly phase: RoomPhase;
  readonly allowChanges: boolean;
  /** When the room was last closed (ms since epoch): its retention time runs from there. */
  readonly closedAt?: number;
}

export interface StoredRoom {
  readonly record: RoomRecord;
  readonly status: RoomStatus;
  /** Device hash → that device's ballot (its last one when changes are allowed). */
  readonly ballots: Map<string, Ballot>;
  /** The last write (ms since epoch): an open room without activity expires from there. */
  readonly lastActivity: number;
}

export interface BallotStore {
  /** Writes a new room durably; false when its code is already taken (the caller draws another). */
  createRoom(record: RoomRecord, status: RoomStatus): Promise<boolean>;
  load(code: string): Promise<StoredRoom | undefined>;
  has(code: string): Promise<boolean>;
  /**
   * Stores a device's ballot and resolves only once it is durable (the phone is acknowledged
   * after that). With `replace` false, a store that can tell (Redis) keeps an existing ballot
   * and answers false; the room also checks, since it owns the room's only writer.
   */
  putBallot(code: string, device: string, ballot: Ballot, replace: boolean): Promise<boolean>;
  setStatus(code: string, status: RoomStatus): Promise<void>;
  delete(code: string): Promise<void>;
  /** The codes of every stored room, for recovery on boot. */
  codes(): Promise<string[]>;
  /** Deletes the rooms whose time is over, except those `isLive` (they delete themselves); their codes. */
  sweep(now: number, isLive: (code: string) => boolean): Promise<string[]>;
  /** The room is no longer run by this process: files may be closed. */
  release(code: string): Promise<void>;
  close(): Promise<void>;
}

/** When a room's ballots are deleted: its retention time after closing, or after its last activity while open. */
export function deleteAt(status: RoomStatus, lastActivity: number, retentionMs: number): number {
  return status.phase === 'closed' && status.closedAt !== undefined
    ? status.closedAt + retentionMs
    : lastActivity + retentionMs;
}

/** The failure a store reports when a write could not be made durable (the phone is told `storage-failed`). */
export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StorageError';
  }
}
