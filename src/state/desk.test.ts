import { describe, it, expect } from 'vitest';
import { createGameStore, STORAGE_KEY } from './store.ts';
import { memoryStorage } from './storage.ts';
import { countClass, type ClassElection } from '../classroom/election.ts';
import { PassAndPlay } from '../classroom/pass-and-play.ts';

const election: ClassElection = {
  question: 'Goûter ?',
  options: ['Crêpes', 'Gaufres', 'Fruits'],
  kind: 'approval',
  methods: ['approval'],
};

describe('the classroom desk in the store', () => {
  it('starts empty and names each change worth saving, numbered', () => {
    const store = createGameStore({ storage: memoryStorage() });
    expect(store.getState().desk).toEqual({});
    expect(store.getState().deskChange).toBeNull();
    store.getState().newClassElection(election);
    expect(store.getState().desk.election).toBe(election);
    expect(store.getState().deskChange).toEqual({ what: 'election', n: 1 });
    store.getState().deskChanged('vote');
    store.getState().deskChanged('vote');
    expect(store.getState().deskChange).toEqual({ what: 'vote', n: 3 });
    // A count is not saved (it is counted again from the saved ballots): no change named.
    store.getState().updateDesk({ source: 'hands' });
    expect(store.getState().deskChange).toEqual({ what: 'vote', n: 3 });
    store.getState().updateDesk({ lesson: { chapter: 2, step: 4 } }, 'lesson');
    expect(store.getState().deskChange).toEqual({ what: 'lesson', n: 4 });
  });

  it('forgets the vote and the count with a new election, and keeps the lesson', () => {
    const store = createGameStore({ storage: memoryStorage() });
    const s = () => store.getState();
    s().newClassElection(election);
    const box = new PassAndPlay(election);
    box.begin();
    box.toggleApproval('o1');
    box.submit();
    s().updateDesk({ vote: box, lesson: { chapter: 3, step: 1 } }, 'vote');
    const groups = box.close();
    s().updateDesk({ groups, source: 'pass', counted: countClass(election, groups) });
    expect(Object.keys(s().desk).sort()).toEqual(['counted', 'election', 'groups', 'lesson', 'source', 'vote']);
    const other = { ...election, question: 'Récré ?' };
    s().newClassElection(other);
    expect(s().desk).toEqual({ election: other, lesson: { chapter: 3, step: 1 } });
  });

  it('removes a part given as undefined', () => {
    const store = createGameStore({ storage: memoryStorage() });
    store.getState().newClassElection(election);
    store.getState().updateDesk({ source: 'file' });
    store.getState().updateDesk({ election: undefined, source: undefined });
    expect(Object.keys(store.getState().desk)).toEqual([]);
  });

  it('is never written to the save (the ballot box is a live object)', () => {
    const storage = memoryStorage();
    const store = createGameStore({ storage });
    store.getState().updateSettings({ language: 'en' });
    store.getState().newClassElection(election);
    store.getState().updateDesk({ vote: new PassAndPlay(election) }, 'vote');
    const written = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(written.state.settings.language).toBe('en');
    expect(Object.keys(written.state)).not.toContain('desk');
    expect(Object.keys(written.state)).not.toContain('deskChange');
    // The saved classroom is keep.ts's to write, from the changes named here.
    expect(written.state.classroom.election).toBeNull();
  });
});
