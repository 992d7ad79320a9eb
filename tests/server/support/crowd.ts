/**
 * A class of phones for the fault tests: each phone casts its own ballot (so that an export
 * shows whose ballots are in), acknowledgements are recorded, and after a crash every phone
 * comes back by its code and finishes voting.
 */
import type { Client } from 'colyseus.js';
import { expect } from 'vitest';
import { ToClient, ToServer, type Ack, type ExportedBallots, type Refusal } from '../../../src/live/protocol.ts';
import { joinPhone, type TestPhone } from './in-process.ts';
import { getJson } from './net.ts';
import { ballotText, gradedBallot } from './votes.ts';

export class Crowd {
  readonly acked = new Set<number>();
  phones: TestPhone[] = [];

  constructor(readonly size: number) {}

  /** Every phone joins, through the clients in turn (several processes: several clients). */
  async join(clients: readonly Client[], code: string): Promise<void> {
    this.phones = await Promise.all(
      Array.from({ length: this.size }, (_, i) => joinPhone(clients[i % clients.length], code)),
    );
  }

  /** Phone i sends its ballot; its acknowledgement, when it comes, is recorded. */
  cast(i: number): void {
    const phone = this.phones[i];
    phone.inbox
      .nextOf<Ack | Refusal>([ToClient.ack, ToClient.refused])
      .then(({ type }) => type === ToClient.ack && this.acked.add(i))
      .catch(() => undefined);
    phone.room.send(ToServer.ballot, { seq: 1, ballot: gradedBallot(i) });
  }

  /** Phones `from` … `to` − 1 cast, one every `gapMs`, until `stop` says so. */
  async castStaggered(from: number, to: number, gapMs: number, stop: () => boolean): Promise<void> {
    for (let i = from; i < to && !stop(); i++) {
      this.cast(i);
      await new Promise((r) => setTimeout(r, gapMs));
    }
  }

  /**
   * After a crash: every phone looks its room up and joins again with its device token. An
   * acknowledged ballot must be in the box; a phone whose ballot is not votes again.
   */
  async comeBack(client: Client, base: string, code: string): Promise<void> {
    expect((await getJson(`${base}/live/rooms/${code}`)).body).toEqual({ code });
    const tokens = this.phones.map((p) => p.token);
    this.phones = [];
    for (const [i, token] of tokens.entries()) {
      const phone = await joinPhone(client, code, token);
      this.phones.push(phone);
      expect(phone.welcome.code).toBe(code);
      if (this.acked.has(i)) expect(phone.welcome.inBox, `phone ${i}'s acknowledged ballot`).toBe(true);
      if (!phone.welcome.inBox) {
        phone.room.send(ToServer.ballot, { seq: 2, ballot: gradedBallot(i) });
        expect(await phone.inbox.next<Ack>(ToClient.ack)).toEqual({ seq: 2, status: 'received' });
        this.acked.add(i);
      }
    }
  }

  /** The export holds exactly one ballot per phone: each phone's own. */
  expectEveryBallot(exported: ExportedBallots): void {
    const texts = exported.groups.flatMap((g) => Array.from({ length: g.count }, () => ballotText(g.ballot)));
    expect(texts.sort()).toEqual(Array.from({ length: this.size }, (_, i) => ballotText(gradedBallot(i))).sort());
  }

  /** Every acknowledged ballot is in the export. */
  expectAcknowledged(exported: ExportedBallots): void {
    const texts = new Set(exported.groups.map((g) => ballotText(g.ballot)));
    const missing = [...this.acked].filter((i) => !texts.has(ballotText(gradedBallot(i))));
    expect(missing, 'acknowledged ballots missing from the export').toEqual([]);
  }

  leave(): Promise<unknown> {
    return Promise.all(this.phones.map((p) => p.room.leave(true).catch(() => undefined)));
  }
}
