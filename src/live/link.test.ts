import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { DEFAULT_METHODS, defaultMethods } from '../classroom/election.ts';
import { defaultMentions, liveLink, liveSetupOf, readLiveLink } from './link.ts';
import { liveRoute } from './route.ts';
import { setupProblems } from './election.ts';

const keys = (query: string) => readLiveLink(query, 'fr').problems.map((p) => p.key);

describe('live links', () => {
  it('are routes of their own: #live, #live/new?…, and anything else named as unknown', () => {
    expect(liveRoute('#live')).toEqual({ kind: 'live' });
    expect(liveRoute('#/live/')).toEqual({ kind: 'live' });
    expect(liveRoute('#LIVE')).toEqual({ kind: 'live' });
    expect(liveRoute('#live/new?q=Où&options=A|B')).toEqual({ kind: 'live', query: 'q=Où&options=A|B' });
    expect(liveRoute('#live/new')).toEqual({ kind: 'live', query: '' });
    expect(liveRoute('#live/ABCDEF')).toEqual({ kind: 'live', unknown: 'live/ABCDEF' });
    expect(liveRoute('#classroom')).toBeUndefined();
    expect(liveRoute('#lively')).toBeUndefined();
  });

  it('set up a ranked room: question and options decoded, the methods asked for', () => {
    const read = readLiveLink(
      'q=O%C3%B9%20part%20la%20sortie%20%3F&options=La%20mer|La%20montagne|La%20ville&kind=ranked&methods=plurality,irv,borda',
      'fr',
    );
    expect(read.problems).toEqual([]);
    expect(read.setup).toEqual({
      question: 'Où part la sortie ?',
      options: ['La mer', 'La montagne', 'La ville'],
      kind: 'ranked',
      methods: ['plurality', 'irv', 'borda'],
    });
    expect(setupProblems(read.setup)).toEqual([]);
  });

  it('reads + as a space and keeps case, accents and spaces around names trimmed', () => {
    const read = readLiveLink('q=Le+menu&options= Soupe |Algues+grillées&kind=approval', 'en');
    expect(read.setup).toEqual({
      question: 'Le menu',
      options: ['Soupe', 'Algues grillées'],
      kind: 'approval',
      methods: ['approval'],
    });
  });

  it('keeps a stray % as typed, and reads only the first of a repeated name', () => {
    expect(readLiveLink('options=100%|Rien&options=X|Y', 'fr').setup?.options).toEqual(['100%', 'Rien']);
  });

  it('defaults: a ranked ballot and the classroom’s methods', () => {
    expect(readLiveLink('options=A|B|C', 'fr').setup).toEqual({
      question: '',
      options: ['A', 'B', 'C'],
      kind: 'ranked',
      methods: [...DEFAULT_METHODS.ranked],
    });
  });

  it('grades get the default mentions in the player’s language, or the ones named', () => {
    const fr = readLiveLink('q=Menu&options=Soupe|Algues&kind=grades', 'fr').setup;
    expect(fr?.mentions).toEqual(['À rejeter', 'Insuffisant', 'Passable', 'Assez bien', 'Bien', 'Très bien']);
    expect(fr?.methods).toEqual(defaultMethods('grades', 2, { min: 0, max: 5 }));
    const en = readLiveLink('q=Menu&options=Soup|Seaweed&kind=grades', 'en').setup;
    expect(en?.mentions).toEqual(['Reject', 'Poor', 'Fair', 'Good', 'Very good', 'Excellent']);
    const named = readLiveLink(
      'options=Soup|Seaweed&kind=grades&mentions=Bad|OK|Great&methods=majority-judgment,score',
      'en',
    );
    expect(named.setup).toEqual({
      question: '',
      options: ['Soup', 'Seaweed'],
      kind: 'grades',
      methods: ['majority-judgment', 'score'],
      mentions: ['Bad', 'OK', 'Great'],
    });
    // Three grades: STAR (0 to 5) is not offered by default.
    expect(readLiveLink('options=A|B&kind=grades&mentions=Bad|OK|Great', 'en').setup?.methods).not.toContain('star');
  });

  it('say what is wrong with a bad link', () => {
    expect(keys('q=Hello')).toEqual(['live.link.noOptions']);
    expect(keys('options=')).toEqual(['live.link.noOptions']);
    expect(keys('options=A|B&kind=secret')).toEqual(['live.link.kind']);
    expect(keys('options=A|B&method=irv')).toEqual(['live.link.unknownParam']);
    expect(keys('options=A')).toContain('classroom.setup.tooFew');
    expect(keys('options=A||B')).toContain('live.setup.blankOption');
    expect(keys('options=A|a')).toContain('classroom.setup.duplicate');
    expect(keys('options=A|B&methods=plurality,dictator')).toEqual(['live.setup.unknownMethod']);
    expect(keys('options=A|B&kind=approval&methods=borda')).toEqual(['live.setup.methodNotForKind']);
    expect(keys('options=A|B&mentions=Bad|Good')).toEqual(['live.setup.mentionsNotGrades']);
    expect(keys('options=A|B&kind=grades&mentions=Good')).toContain('live.setup.mentions');
    const problem = readLiveLink('options=A|B&kind=secret', 'en').problems[0];
    expect(t(problem, 'en')).toBe(
      'There is no “secret” ballot: “kind=” takes one of these values: ranked, approval, grades.',
    );
  });

  it('are written back from a setup and read the same', () => {
    // `|` separates the options: a name cannot hold one.
    const setup = {
      question: 'Où ? & quoi ? 100 % + 1',
      options: ['A/B', 'C, D', 'É#1'],
      kind: 'grades' as const,
      methods: ['score' as const],
      mentions: ['Non', 'Oui'],
    };
    const route = liveRoute(liveLink(setup));
    expect(readLiveLink(route?.query ?? '', 'fr').setup).toEqual(setup);
  });
});

describe('a class election as a live setup', () => {
  it('keeps everything, and names the grades', () => {
    expect(liveSetupOf({ question: 'Q', options: ['A', 'B'], kind: 'ranked', methods: ['irv'] }, 'fr')).toEqual({
      question: 'Q',
      options: ['A', 'B'],
      kind: 'ranked',
      methods: ['irv'],
    });
    expect(
      liveSetupOf({ question: 'Q', options: ['A', 'B'], kind: 'grades', methods: ['score'] }, 'en').mentions,
    ).toEqual(defaultMentions('en'));
    expect(
      liveSetupOf(
        { question: 'Q', options: ['A', 'B'], kind: 'grades', methods: ['score'], scale: { min: 1, max: 3 } },
        'en',
      ).mentions,
    ).toEqual(['1', '2', '3']);
    const named = liveSetupOf(
      {
        question: 'Q',
        options: ['A', 'B'],
        kind: 'grades',
        methods: ['score'],
        scale: { min: 0, max: 1 },
        mentions: ['Non', 'Oui'],
      },
      'en',
    );
    expect(named.mentions).toEqual(['Non', 'Oui']);
    expect(setupProblems(named)).toEqual([]);
  });
});
