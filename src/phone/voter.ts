/**
 * What the voter's taps do to the phone's state (src/phone/voter-state.ts): fill the ballot, send
 * it — or be asked first, when it is blank or leaves options without a grade —, change it once in
 * the box when the vote allows it, type a code, try again, pick a language. The views call these,
 * and only read the rest.
 */
import { buildBallot, draftOf, isBlank, reviveDraft, tapRank, ungraded, type Draft } from './ballot.ts';
import { writeJson } from './store.ts';
import { VoterState } from './voter-state.ts';
import { say, type Lang, type WordKey } from './words.ts';

export class Voter extends VoterState {
  /** The ballot being filled changed: kept in the tab, so that a reload keeps it. */
  change(draft: Draft): void {
    if (!this.sendable) return;
    this.draft = draft;
    this.confirm = undefined;
    if (this.refused) {
      this.refused = undefined;
      this.status = undefined;
    }
    writeJson(this.deps.session, `draft.${this.code}`, draft);
    this.changed();
  }

  /** An option taken out of the ranking: the focus goes back to its button in the list. */
  unrank(id: string): void {
    this.focusNext = `opt-${id}`;
    this.change(tapRank(this.draft, id));
  }

  /** Sends at once, or asks first when the ballot is blank or leaves options without a grade. */
  askToSend(): void {
    const setup = this.setup;
    if (!setup || !this.sendable) return;
    const missing = ungraded(setup, this.draft).length;
    const question: WordKey | undefined = isBlank(setup, this.draft)
      ? setup.kind === 'ranked'
        ? 'blankRanked'
        : 'blankApproval'
      : setup.kind === 'grades' && missing > 0
        ? missing === 1
          ? 'ungradedOne'
          : 'ungradedMany'
        : undefined;
    if (question) {
      this.confirm = question;
      this.focusNext = 'confirm-yes';
      this.changed();
      return;
    }
    this.send();
  }

  /** Sends now: the ballot is kept (src/phone/outbox.ts) until the room acknowledges it. */
  send(): void {
    const setup = this.setup;
    if (!setup || !this.sendable) return;
    this.confirm = undefined;
    this.refused = undefined;
    this.outbox.keep(this.code, buildBallot(setup, this.draft), this.inBox);
    this.transmit();
    this.focusNext = 'status';
    this.changed();
  }

  /** Back from the question asked before sending, to the send button. */
  cancelConfirm(): void {
    this.confirm = undefined;
    this.focusNext = 'send';
    this.changed();
  }

  /** The ballot in the box, filled again from what this phone sent, to be changed. */
  changeBallot(): void {
    const sent = this.sent();
    if (this.setup && sent && typeof sent === 'object') this.draft = reviveDraft(this.setup, draftOf(sent));
    this.editing = true;
    writeJson(this.deps.session, `draft.${this.code}`, this.draft);
    this.refused = undefined;
    this.status = undefined;
    this.view = 'ballot';
    this.focusNext = 'question';
    this.changed();
  }

  submitCode(typed: string): void {
    const code = this.deps.normalise(typed);
    if (!code) {
      this.say((l) => say(l, 'codeBad'), 'bad');
      this.focusNext = 'code-input';
      this.changed();
      return;
    }
    this.status = undefined;
    this.refused = undefined;
    this.deps.showCode(code);
    this.connect(code);
    this.changed();
  }

  /** No vote with this code: back to the code form. */
  otherCode(): void {
    this.view = 'code';
    this.code = undefined;
    this.refused = undefined;
    this.status = undefined;
    this.link = undefined;
    this.focusNext = 'code-input';
    this.changed();
  }

  /** Stopped for another reason: the voter tries again. */
  retry(): void {
    this.refused = undefined;
    this.status = undefined;
    this.view = this.setup ? 'ballot' : 'wait';
    this.link?.restart();
    this.changed();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.deps.local.set('lang', lang);
    this.changed();
  }
}
