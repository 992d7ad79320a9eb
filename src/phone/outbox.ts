/**
 * The ballot on its way to the room. It is kept in the tab (sessionStorage) until the room
 * acknowledges it, so that neither a reload nor a lost connection loses it, and sent again once
 * on each new connection, each time with a new number: an ack or a refusal of any of those
 * numbers is about it. Once acknowledged it is kept as sent, for the voter's own summary.
 */
import type { Ballot } from './ballot.ts';
import { readJson, writeJson, type Keeper } from './store.ts';

interface Pending {
  readonly ballot: Ballot;
  /** True when a ballot of this device was already in the box: the ack then says `replaced`. */
  readonly replacing: boolean;
  /** The numbers it was sent with (once per connection): an ack of any of them is its ack. */
  readonly seqs: number[];
  /** The connection it was last sent on. */
  sentOn?: number;
}

/** What the outbox needs of the connection (src/phone/link.ts). */
interface Carrier {
  readonly connection: number;
  send(message: { seq: number; ballot: Ballot }): boolean;
}

export class Outbox {
  private kept: Pending | undefined;
  private seq = 0;

  constructor(private readonly session: Keeper) {}

  /** The ballot sent and not yet acknowledged, if any. */
  get pending(): Readonly<Pending> | undefined {
    return this.kept;
  }

  /** On joining a room: the ballot this tab had not seen acknowledged there, if any. */
  restore(code: string): void {
    this.kept = undefined;
    const kept = readJson(this.session, `pending.${code}`) as Pending | undefined;
    if (kept && typeof kept === 'object' && kept.ballot)
      this.kept = { ballot: kept.ballot, replacing: Boolean(kept.replacing), seqs: [] };
  }

  keep(code: string | undefined, ballot: Ballot, replacing: boolean): void {
    this.kept = { ballot, replacing, seqs: [] };
    writeJson(this.session, `pending.${code}`, { ballot, replacing });
  }

  /** Whether the kept ballot has yet to go on this connection. */
  unsentOn(carrier: Carrier | undefined): boolean {
    return this.kept !== undefined && this.kept.sentOn !== carrier?.connection;
  }

  /** Sends the kept ballot with a new number; false when offline (it stays kept). */
  transmit(carrier: Carrier): boolean {
    const pending = this.kept;
    if (!pending) return false;
    const seq = ++this.seq;
    const sent = carrier.send({ seq, ballot: pending.ballot });
    if (sent) {
      pending.seqs.push(seq);
      pending.sentOn = carrier.connection;
    }
    return sent;
  }

  /** Acknowledged: it is in the box, kept as sent. */
  delivered(code: string | undefined): void {
    const pending = this.kept;
    if (!pending) return;
    this.session.remove(`pending.${code}`);
    writeJson(this.session, `sent.${code}`, pending.ballot);
    this.kept = undefined;
  }

  /** The ballot last acknowledged in this room. */
  sent(code: string | undefined): Ballot | undefined {
    return readJson(this.session, `sent.${code}`) as Ballot | undefined;
  }

  /** Refused, or the vote closed: nothing is on its way any more. */
  drop(code: string | undefined): void {
    this.kept = undefined;
    if (code) this.session.remove(`pending.${code}`);
  }
}
