import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import { readBallotFile, sniffFormat, writeBallotFile, writeBlt, writeCsv, writeJson, writePrefLib } from './index.ts';
import { shape } from './test-helpers.ts';
import { realElectionText } from '../../../tests/support/real-elections.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const NAMES = ['Kelp forest', 'Coral reef', 'Sea grass'];
// The lagoon election of docs/ballot-files.md, written in every format in fixtures/.
const LAGOON = rankedProfile(NAMES, [
  { ranking: ['Kelp forest', 'Coral reef', 'Sea grass'], count: 4 },
  { ranking: ['Coral reef', 'Kelp forest'], count: 3 },
  { ranking: [['Kelp forest', 'Coral reef'], 'Sea grass'], count: 2 },
  { ranking: ['Sea grass'], count: 1 },
]);

describe('the documented examples (fixtures/) all give the lagoon election', () => {
  it.each([
    ['lagoon.json', 'json', 1],
    ['lagoon.csv', 'csv', undefined],
    ['lagoon.toi', 'toi', undefined],
    ['lagoon.blt', 'blt', 1],
  ])('%s', (name, format, seats) => {
    const file = readBallotFile(name, fixture(name));
    expect(file.format).toBe(format);
    expect(shape(file.profile)).toEqual(shape(LAGOON));
    expect(file.seats).toBe(seats);
    if (format !== 'csv') expect(file.title).toBe('Lagoon council 2026');
  });

  it('reads a French spreadsheet export: BOM, ";" separators, CRLF, one row per voter', () => {
    const file = readBallotFile('lagoon-fr.csv', fixture('lagoon-fr.csv'));
    expect(file.profile.candidates).toEqual(['Forêt de varech', 'Récif', 'Herbier']);
    expect(shape(file.profile)).toEqual({ ...shape(LAGOON), candidates: ['Forêt de varech', 'Récif', 'Herbier'] });
  });

  it('reads grades and infers the 0–5 scale from the cells', () => {
    const { profile } = readBallotFile('grades.csv', fixture('grades.csv'));
    expect(profile.kind).toBe('graded');
    if (profile.kind !== 'graded') return;
    expect(profile.scale).toEqual({ min: 0, max: 5 });
    expect(profile.approvalThreshold).toBe(3);
    expect(Array.from(profile.grades)).toEqual([5, 3, 0, 2, 4, 1, 4, 4, 2, 0, 1, 5]);
    expect(Array.from(profile.counts)).toEqual([4, 3, 2, 1]);
  });

  it('writes the fixtures back byte for byte', () => {
    expect(writeCsv(LAGOON)).toBe(fixture('lagoon.csv'));
    expect(writeBlt(LAGOON, 1, 'Lagoon council 2026')).toBe(fixture('lagoon.blt'));
    const toi = writePrefLib(LAGOON, { title: 'Lagoon council 2026', fileName: 'lagoon.toi' });
    // Our header also has PrefLib's empty keys; the data lines and names are the fixture's.
    expect(toi.split('\n').filter((l) => !/^# [A-Z ]+:$/.test(l))).toEqual(fixture('lagoon.toi').split('\n'));
    expect(JSON.parse(writeJson(LAGOON, { title: 'Lagoon council 2026', seats: 1 }))).toEqual(
      JSON.parse(fixture('lagoon.json')),
    );
  });
});

describe('real elections (data/real-elections) load as they are', () => {
  const files = [
    'aspen-2009-mayor',
    'burlington-2006-mayor',
    'burlington-2009-mayor',
    'debian-2002-leader',
    'dublin-north-2002',
    'dublin-west-2002',
    'glasgow-2007-anderston-city',
    'meath-2002',
    'minneapolis-2009-estimate-taxation',
    'minneapolis-2009-park-board-at-large',
    'oakland-2010-mayor',
    'san-francisco-2011-mayor',
    'san-leandro-2010-mayor',
    'takoma-park-2007-ward5',
  ];
  it.each(files)('%s', (id) => {
    const text = realElectionText(id);
    const raw = JSON.parse(text);
    const file = readBallotFile(`${id}.json`, text);
    expect(file.format).toBe('json');
    expect(file.title).toBe(raw.title);
    expect(file.seats).toBe(raw.seats);
    expect(file.profile.candidates).toEqual(raw.candidates);
    expect(file.profile.voters).toBe(raw.total_ballots);
    expect(file.profile.counts.length).toBe(raw.ballots.length); // PrefLib lists each ranking once
    expect(file.extra?.id).toBe(id);
    expect(file.extra?.official).toEqual(raw.official);
    expect(Object.keys(file.extra ?? {})).toEqual(expect.arrayContaining(['id', 'source', 'licence', 'official']));
  });

  it('keeps Takoma Park ballots exactly, equal ranks included', () => {
    const text = realElectionText('takoma-park-2007-ward5');
    const raw = JSON.parse(text);
    const { profile } = readBallotFile('t.json', text);
    expect(shape(profile)).toEqual(shape(rankedProfile(raw.candidates, raw.ballots)));
    expect(profile.kind === 'ranked' && profile.tiers.some((tiers) => tiers.some((tier) => tier.length > 1))).toBe(
      true,
    );
  });
});

describe('format choice', () => {
  it('goes by the extension, in any case', () => {
    expect(readBallotFile('LAGOON.BLT', fixture('lagoon.blt')).format).toBe('blt');
    expect(readBallotFile('x.soi', fixture('lagoon.toi')).format).toBe('soi'); // the name wins over DATA TYPE
  });

  it('sniffs the content when the name says nothing', () => {
    expect(sniffFormat(fixture('lagoon.json'))).toBe('json');
    expect(sniffFormat(fixture('lagoon.toi'))).toBe('preflib');
    expect(sniffFormat(fixture('lagoon.blt'))).toBe('blt');
    expect(sniffFormat(fixture('lagoon.csv'))).toBe('csv');
    expect(sniffFormat('# counted by hand\n3 1 # three candidates\n0\n')).toBe('blt');
    expect(sniffFormat('# a comment\n3: 1,2\n')).toBe('preflib');
    expect(sniffFormat('\uFEFF\n  Kelp forest;Reef\n1;2')).toBe('csv');
    expect(readBallotFile('ballots.txt', fixture('lagoon.toi')).format).toBe('toi'); // from DATA TYPE
    expect(readBallotFile('ballots', fixture('lagoon.blt')).format).toBe('blt');
    expect(readBallotFile('ballots.dat', fixture('grades.csv')).profile.kind).toBe('graded');
  });

  it('can be forced', () => {
    expect(readBallotFile('ballots.txt', fixture('lagoon.csv'), { format: 'csv' }).format).toBe('csv');
  });

  it('writeBallotFile writes every format from an ElectionFile', () => {
    const election = readBallotFile('lagoon.json', fixture('lagoon.json'));
    for (const format of ['json', 'csv', 'soc', 'blt'] as const) {
      const text = writeBallotFile(format, election);
      const back = readBallotFile(`copy.${format === 'soc' ? 'toi' : format}`, text);
      expect(shape(back.profile)).toEqual(shape(LAGOON));
      if (format !== 'csv') expect(back.title).toBe('Lagoon council 2026');
    }
  });
});
