import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { messages } from '../i18n/messages/index.ts';
import { hostReducer, initialHostState, type HostEvent, type HostState } from './host.ts';
import {
  deletionTime,
  hostScreen,
  joinBase,
  refusalWords,
  spacedCode,
  typedAddress,
  voteUrl,
  type HostScreen,
  type Words,
} from './host-screen.ts';
import { REFUSALS, type Hosted, type LiveSetup } from './protocol.ts';

const setup: LiveSetup = {
  question: 'Où pique-nique-t-on ?',
  options: ['Plage', 'Forêt', 'Port'],
  kind: 'ranked',
  methods: ['plurality', 'irv'],
};
const hosted: Hosted = { code: 'AB3K7M', hostKey: 'secret', setup, phase: 'open', allowChanges: false, received: 0 };
const info = { addresses: ['http://192.168.1.20:8080', 'http://127.0.0.1:8080'], retentionHours: 24 };
const context = { lang: 'en' as const, origin: 'http://127.0.0.1:8080', timeZone: 'UTC' };

const run = (...events: HostEvent[]): HostState => events.reduce(hostReducer, initialHostState);
const say = (w: Words | undefined, lang: 'fr' | 'en' = 'en'): string =>
  w ? t(w, lang) + (w.then ? ` ${say(w.then, lang)}` : '') : '';
const actions = (s: HostScreen) => s.buttons.map((b) => b.action);
const open = run({ type: 'info', info }, { type: 'hosted', hosted });

describe('the host screen', () => {
  it('shows the code spaced, the address the QR code encodes, and how many ballots — nothing more', () => {
    const s = hostScreen(hostReducer(open, { type: 'received', received: 7 }), context);
    expect(s.code).toBe('AB3K7M');
    expect(s.spacedCode).toBe('AB3 K7M');
    expect(s.voteUrl).toBe('http://192.168.1.20:8080/vote/AB3K7M');
    expect(s.address).toBe('192.168.1.20:8080/vote/AB3K7M');
    expect(s.received).toBe(7);
    expect(say(s.receivedWords)).toBe('7 ballots received');
    expect(say(s.receivedWords, 'fr')).toBe('7 bulletins reçus');
    expect(say(s.heading)).toBe(setup.question);
    expect(say(s.retention)).toBe(
      'After the vote is closed, the ballots stay 24 hours on the computer serving the game and are then deleted.',
    );
    expect(actions(s)).toEqual(['close-vote', 'allow-changes', 'back']);
    expect(s.buttons.find((b) => b.action === 'allow-changes')?.pressed).toBe(false);
    // Never a tally: no option's name anywhere but in the question.
    const all = JSON.stringify(s);
    for (const name of setup.options) expect(all).not.toContain(name);
  });

  it('offers the count, the exports, reopening and deleting once closed, and says when the ballots go', () => {
    const closed = hostReducer(hostReducer(open, { type: 'received', received: 2 }), {
      type: 'phase',
      change: { phase: 'closed', allowChanges: false, deleteAt: Date.UTC(2026, 2, 12, 14, 5) },
    });
    const s = hostScreen(closed, context);
    expect(actions(s)).toEqual([
      'show-results',
      'reopen-vote',
      'allow-changes',
      'export-csv',
      'export-json',
      'delete-vote',
      'back',
    ]);
    expect(say(s.retention)).toBe(
      'The ballots will be deleted from the computer serving the game on Thursday 12 March at 14:05.',
    );
    expect(say(hostScreen(closed, { ...context, lang: 'fr' }).retention, 'fr')).toBe(
      'Les bulletins seront effacés de l’ordinateur qui sert le jeu le jeudi 12 mars à 14:05.',
    );
    const confirm = hostScreen(hostReducer(closed, { type: 'ask-delete' }), context);
    expect(actions(confirm)).toEqual(['confirm-delete', 'cancel-delete']);
    expect(say(confirm.problem)).toMatch(/Delete the 2 ballots/);
    expect(hostScreen(hostReducer(closed, { type: 'deleted' }), context).message?.key).toBe('live.host.deleted');
  });

  it('says that live votes need npm start when no server answers, and offers the other ways', () => {
    const s = hostScreen(run({ type: 'info', info: undefined }), context);
    expect(say(s.message)).toMatch(/npm start/);
    expect(say(s.message, 'fr')).toMatch(/npm start/);
    expect(actions(s)).toEqual(['other-ways', 'back']);
    expect(s.code).toBeUndefined();
  });

  it('keeps the code on screen while reconnecting, without the buttons that need the server', () => {
    const s = hostScreen(
      run({ type: 'info', info }, { type: 'hosted', hosted }, { type: 'dropped' }, { type: 'retry-failed' }),
      context,
    );
    expect(s.code).toBe('AB3K7M');
    expect(say(s.state)).toBe('Reconnecting to the vote server… (attempt 2)');
    expect(actions(s)).toEqual(['back']);
  });

  it('falls back to the page’s own address', () => {
    expect(joinBase(undefined, 'http://localhost:5173/')).toBe('http://localhost:5173');
    expect(
      joinBase({ addresses: ['not an address', 'https://vote.example.org/'], retentionHours: 1 }, 'http://x'),
    ).toBe('https://vote.example.org');
    expect(typedAddress(voteUrl('https://vote.example.org', 'AB3K7M'))).toBe('https://vote.example.org/vote/AB3K7M');
    expect(spacedCode('ABCDEF')).toBe('ABC DEF');
    expect(deletionTime(Date.UTC(2026, 0, 1, 9, 0), 'en', 'UTC')).toBe('Thursday 1 January at 09:00');
  });

  it('has words for every refusal, in both languages, with the problem a refusal names', () => {
    for (const reason of REFUSALS) {
      for (const lang of ['fr', 'en'] as const)
        expect(messages[lang][`live.refused.${reason}`], `${lang} ${reason}`).toBeDefined();
    }
    const words = refusalWords({
      reason: 'bad-setup',
      problem: { key: 'live.setup.unknownMethod', params: { method: 'dictator' } },
    });
    expect(say(words)).toBe('The server refuses this vote as it is described. Unknown method: “dictator”.');
  });

  it('has every text it names, in both languages', () => {
    const states = [
      initialHostState,
      run({ type: 'info', info: undefined }),
      run({ type: 'info', info }),
      open,
      hostReducer(open, { type: 'dropped' }),
      hostReducer(open, { type: 'gone' }),
      hostReducer(open, { type: 'refused', refusal: { reason: 'not-host' } }),
      run({ type: 'info', info }, { type: 'not-opened' }),
      hostReducer(open, { type: 'phase', change: { phase: 'closed', allowChanges: true, deleteAt: 0 } }),
      hostReducer(hostReducer(open, { type: 'phase', change: { phase: 'closed', allowChanges: true } }), {
        type: 'ask-delete',
      }),
      hostReducer(open, { type: 'deleted' }),
    ];
    for (const state of states) {
      const s = hostScreen(state, context);
      const all = [
        s.heading,
        s.state,
        s.secret,
        s.message,
        s.problem,
        s.rule,
        s.retention,
        s.receivedWords,
        ...s.buttons.map((b) => b.words),
      ].filter((w): w is Words => w !== undefined);
      for (const w of all)
        for (const lang of ['fr', 'en'] as const)
          expect(messages[lang][w.key], `${state.status}: ${w.key}`).toBeDefined();
    }
  });
});
