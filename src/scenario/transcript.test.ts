/**
 * One small scenario per runner behaviour (tests/scenarios/*.json), played with the answers of
 * tests/scenarios/transcripts.json and compared with its expected transcript in French and
 * English (tests/scenarios/transcripts/NAME.LANG.txt). A normal run only reads them: a missing
 * one fails. After a deliberate change of the output (or for a new case), write them with
 * UPDATE_TRANSCRIPTS=1 npx vitest run --project unit src/scenario/transcript.test.ts
 * and read the diff.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { LANGS } from '../i18n/format.ts';
import { loadScenarioText } from './load.ts';
import { playThrough, type Answer } from './runner.ts';
import { capitalize, capitalizeSentences, renderTranscript } from './transcript.ts';
import { t } from '../i18n/index.ts';
import type { ScenarioData } from './schema.ts';

const dir = new URL('../../tests/scenarios/', import.meta.url);
/** Only this rewrites the expected transcripts; a normal run (and CI) never writes a file. */
const UPDATE = process.env.UPDATE_TRANSCRIPTS === '1';
const UPDATE_COMMAND = 'UPDATE_TRANSCRIPTS=1 npx vitest run --project unit src/scenario/transcript.test.ts';
const cases = JSON.parse(readFileSync(new URL('transcripts.json', dir), 'utf8')) as {
  name: string;
  file: string;
  answers: Answer[];
}[];

describe('expected transcripts', () => {
  for (const c of cases) {
    const loaded = loadScenarioText(readFileSync(new URL(c.file, dir), 'utf8'));
    for (const lang of LANGS) {
      it(`${c.name} (${lang})`, () => {
        expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
        const played = playThrough(loaded.scenario!, c.answers);
        let text = renderTranscript(loaded.scenario!, played.runner.transcript, lang);
        if (played.refused)
          text += `!! ${t({ key: played.refused.key ?? '', params: played.refused.params ?? {} }, lang)}\n`;
        const expected = new URL(`transcripts/${c.name}.${lang}.txt`, dir);
        if (UPDATE) writeFileSync(expected, text);
        expect(
          existsSync(expected),
          `tests/scenarios/transcripts/${c.name}.${lang}.txt is missing: write it with ${UPDATE_COMMAND} and read it`,
        ).toBe(true);
        expect(text).toBe(readFileSync(expected, 'utf8'));
      });
    }
  }

  it('has no expected transcript left over from a case that is gone', () => {
    const wanted = new Set(cases.flatMap((c) => LANGS.map((lang) => `${c.name}.${lang}.txt`)));
    expect(readdirSync(new URL('transcripts/', dir)).filter((f) => !wanted.has(f))).toEqual([]);
  });
});

/** A small scenario whose voters' names start with a vowel, an h, or « les ». */
function grammarScenario(): ScenarioData {
  const look = { colours: ['#d9572b'], accessory: 'none', expressions: ['neutral'] };
  const loaded = loadScenarioText(
    JSON.stringify({
      formatVersion: 1,
      id: 'grammar',
      kind: 'sandbox',
      title: 'title',
      cast: [
        { id: 'homere', name: 'c.homere', species: 'lobster', look, personality: 'c.p' },
        { id: 'anemone', name: 'c.anemone', species: 'shrimp', look, personality: 'c.p' },
      ],
      options: [
        { id: 'soup', name: 'o.soup' },
        { id: 'salad', name: 'o.salad' },
        { id: 'pie', name: 'o.pie' },
      ],
      electorates: [
        {
          id: 'e',
          voters: [
            { id: 'homere', character: 'homere', ranking: ['soup', 'salad', 'pie'] },
            { id: 'anemone', character: 'anemone', ranking: ['pie', 'salad', 'soup'] },
            { id: 'shrimps', label: 'g.shrimps', count: 4, ranking: ['salad', 'soup', 'pie'] },
            {
              id: 'krill',
              label: 'g.krill',
              count: 3,
              ranking: ['pie', 'soup', 'salad'],
              strategy: { kind: 'compromise', frontRunners: ['soup', 'salad'] },
            },
            { id: 'hermit', label: 'g.hermit', count: 2, ranking: ['soup', 'pie', 'salad'] },
          ],
        },
      ],
      steps: [
        { type: 'election', id: 'v', method: 'plurality' },
        { type: 'reveal', election: 'v' },
        { type: 'election', id: 'w', method: 'irv' },
        { type: 'end' },
      ],
      texts: {
        fr: {
          title: 'T',
          'c.homere': 'Homère',
          'c.anemone': 'Anémone',
          'c.p': 'P',
          'o.soup': 'la soupe',
          'o.salad': 'la salade',
          'o.pie': 'le pâté',
          'g.shrimps': 'les crevettes',
          'g.krill': 'les krills',
          'g.hermit': 'le bernard-l’ermite',
        },
        en: {
          title: 'T',
          'c.homere': 'Homer',
          'c.anemone': 'Anemone',
          'c.p': 'P',
          'o.soup': 'the soup',
          'o.salad': 'the salad',
          'o.pie': 'the pie',
          'g.shrimps': 'the shrimps',
          'g.krill': 'the krill',
          'g.hermit': 'the hermit crab',
        },
      },
    }),
  );
  expect(loaded.issues.filter((i) => i.severity === 'error')).toEqual([]);
  return loaded.scenario!;
}

describe('French around names', () => {
  it('never writes « de » or « à » before a name or a group label (no « de Homère », « de les »)', () => {
    const s = grammarScenario();
    const text = renderTranscript(s, playThrough(s, []).runner.transcript, 'fr');
    expect(text).not.toMatch(/\b(de|à) (les|le|la|l’|[AEIOUHÉÈÊÂÎ])/u);
    expect(text).toContain('Bulletin — Homère (×1)\u00a0: la soupe > la salade > le pâté');
    expect(text).toContain('Bulletin — Anémone (×1)\u00a0: le pâté > la salade > la soupe');
    expect(text).toContain('Bulletin — les crevettes (×4)\u00a0: la salade > la soupe > le pâté');
    expect(text).toContain('Bulletin — le bernard-l’ermite (×2)\u00a0: la soupe > le pâté > la salade');
    expect(text).toMatch(
      /Stratégie — les krills \(×3\), vote utile\u00a0: le pâté > la soupe > la salade → la soupe > le pâté > la salade/,
    );
  });
});

describe('capital letters', () => {
  it('capitalize: the first letter, after spaces and opening quotes', () => {
    expect(capitalize('la soupe gagne.')).toBe('La soupe gagne.');
    expect(capitalize('« la soupe » gagne')).toBe('« La soupe » gagne');
    expect(capitalize('éclair')).toBe('Éclair');
    expect(capitalize('3 bulletins')).toBe('3 bulletins');
    expect(capitalize('… et 3 autres')).toBe('… et 3 autres');
    expect(capitalize('')).toBe('');
  });

  it('capitalizeSentences: also after a full stop, ! or ? (not after "...")', () => {
    expect(capitalizeSentences('Tour 3\u00a0: la soupe a 6 voix. la soupe gagne.')).toBe(
      'Tour 3\u00a0: la soupe a 6 voix. La soupe gagne.',
    );
    expect(capitalizeSentences('Égalité\u00a0! les krills gagnent ? oui.')).toBe(
      'Égalité\u00a0! Les krills gagnent ? Oui.',
    );
    expect(capitalizeSentences('Attends... la soupe')).toBe('Attends... la soupe');
    expect(capitalizeSentences('Vainqueur\u00a0: la soupe.')).toBe('Vainqueur\u00a0: la soupe.');
  });

  it('every explanation line and sentence that starts with a lower-case option name gets a capital', () => {
    const s = grammarScenario();
    for (const lang of ['fr', 'en'] as const) {
      const text = renderTranscript(s, playThrough(s, []).runner.transcript, lang, { explain: true });
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      for (const line of lines) expect(line, line).not.toMatch(/^[\s>·\d.]*\p{Ll}/u);
      expect(text, text).not.toMatch(/[^.][.!?][\s\u00a0]+\p{Ll}/u);
    }
    const fr = renderTranscript(s, playThrough(s, []).runner.transcript, 'fr', { explain: true });
    expect(fr).toContain('la soupe a 6 voix, au moins la majorité (6). La soupe gagne.');
    expect(fr).toContain('      La soupe 6, la salade 4, le pâté 1');
  });
});

describe('groups without a label', () => {
  function doc(voters: unknown[]): string {
    return JSON.stringify({
      formatVersion: 1,
      id: 'anon',
      kind: 'sandbox',
      title: 't',
      options: [
        { id: 'kiss', name: 'o.kiss' },
        { id: 'montroll', name: 'o.montroll' },
        { id: 'wright', name: 'o.wright' },
      ],
      electorates: [{ id: 'b', voters }],
      steps: [
        { type: 'election', id: 'v', method: 'irv', candidates: ['kiss', 'montroll'] },
        { type: 'reveal', election: 'v' },
        { type: 'end' },
      ],
      texts: Object.fromEntries(
        (['fr', 'en'] as const).map((l) => [
          l,
          {
            t: 'T',
            'o.kiss': 'Kiss',
            'o.montroll': 'Montroll',
            'o.wright': 'Wright',
            'g.named': l === 'fr' ? 'les électeurs de Kiss' : 'Kiss voters',
          },
        ]),
      ),
    });
  }

  it('may leave out the label when the ranking is written, and are shown by their ballot', () => {
    const loaded = loadScenarioText(
      doc([
        { id: 'k-m', count: 355, ranking: ['kiss', 'montroll'] },
        {
          id: 'w-m-k',
          count: 2951,
          ranking: ['wright', 'montroll', 'kiss'],
          strategy: { kind: 'bury', target: 'montroll' },
        },
        { id: 'named', label: 'g.named', count: 3, ranking: ['kiss'] },
      ]),
    );
    expect(loaded.issues).toEqual([]);
    const played = playThrough(loaded.scenario!, []);
    const fr = renderTranscript(loaded.scenario!, played.runner.transcript, 'fr');
    expect(fr).toContain('   355 bulletins\u00a0: Kiss > Montroll\n');
    expect(fr).toContain('   2\u202f951 bulletins\u00a0: Kiss > Montroll\n');
    expect(fr).toContain('   Bulletin — les électeurs de Kiss (×3)\u00a0: Kiss\n');
    // Elsewhere the group is named by its written ranking.
    expect(fr).toContain(
      'Stratégie — «\u00a0Wright > Montroll > Kiss\u00a0» (×2\u202f951), enterre un rival\u00a0: Montroll > Kiss → Kiss > Montroll',
    );
    const en = renderTranscript(loaded.scenario!, played.runner.transcript, 'en');
    expect(en).toContain('   355 ballots: Kiss > Montroll\n');
    expect(en).toContain('Strategy of “Wright > Montroll > Kiss” (×2,951)');
  });

  it('still need a label without a ranking, and cannot have both a character and a label', () => {
    const issues = loadScenarioText(doc([{ id: 'g', count: 2, approves: ['kiss'] }])).issues;
    expect(issues.map((i) => `${i.key} ${i.path.join('.')}`)).toEqual(['scenario.voter.who electorates.0.voters.0']);
    const both = loadScenarioText(doc([{ id: 'g', character: 'kiss', label: 'g.named', ranking: ['kiss'] }])).issues;
    expect(both.map((i) => `${i.key} ${i.path.join('.')}`)).toEqual(['scenario.voter.who electorates.0.voters.0']);
  });
});

describe('a method that elects nobody', () => {
  it('says so, in both languages, instead of an empty winner line', () => {
    // A three-way cycle: no option beats every other, so condorcet-winner returns [].
    const ranking = (r: string[], id: string) => ({ id, label: 'label', count: 1, ranking: r });
    const scenario = loadScenarioText(
      JSON.stringify({
        formatVersion: 1,
        id: 'cycle',
        kind: 'sandbox',
        title: 'title',
        options: [
          { id: 'a', name: 'a' },
          { id: 'b', name: 'b' },
          { id: 'c', name: 'c' },
        ],
        electorates: [
          {
            id: 'e',
            voters: [ranking(['a', 'b', 'c'], 'v1'), ranking(['b', 'c', 'a'], 'v2'), ranking(['c', 'a', 'b'], 'v3')],
          },
        ],
        steps: [{ type: 'election', id: 'x', compare: ['condorcet-winner'] }, { type: 'end' }],
        texts: {
          fr: { title: 'T', a: 'A', b: 'B', c: 'C', label: 'L' },
          en: { title: 'T', a: 'A', b: 'B', c: 'C', label: 'L' },
        },
      }),
    ).scenario!;
    const played = playThrough(scenario, []);
    expect(renderTranscript(scenario, played.runner.transcript, 'fr')).toMatch(/Vainqueur de Condorcet\s?: personne/);
    expect(renderTranscript(scenario, played.runner.transcript, 'en')).toMatch(/Condorcet winner: nobody/);
  });
});
