/**
 * read(write(profile)) gives the same profile (candidates, groups in order, ranks or grades,
 * counts) for every format, on random profiles with ties, truncation and empty ballots
 * wherever the format holds them (all four do).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankedProfile } from '../ballots.ts';
import { nameProblem } from '../names.ts';
import { gradedProfiles, rankedBallot, rankedProfiles, strictProfiles } from './arbitraries.ts';
import {
  readBallotFile,
  readBlt,
  readCsv,
  readJson,
  readPrefLib,
  writeBlt,
  writeCsv,
  writeJson,
  writePrefLib,
  prefLibFormatOf,
} from './index.ts';
import { parseInteger } from './text.ts';
import { shape } from './test-helpers.ts';

const RUNS = { numRuns: Number(process.env.IO_RUNS ?? 200) };

describe('round trips on random profiles', () => {
  it('JSON, ranked, with any names the engine accepts', () => {
    const anyNames = fc
      .uniqueArray(fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 })
      .filter((names) => nameProblem(names) === undefined);
    const profiles = anyNames.chain((names) =>
      fc.array(rankedBallot(names), { maxLength: 8 }).map((b) => rankedProfile(names, b)),
    );
    fc.assert(
      fc.property(profiles, fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), (profile, seats) => {
        const file = readJson('r.json', writeJson(profile, { title: 'T', seats, extra: { id: 'x' } }));
        expect(shape(file.profile)).toEqual(shape(profile));
        expect([file.title, file.seats, file.extra]).toEqual(['T', seats, { id: 'x' }]);
      }),
      RUNS,
    );
  });

  it('JSON, graded', () => {
    fc.assert(
      fc.property(gradedProfiles, (profile) => {
        expect(shape(readJson('g.json', writeJson(profile)).profile)).toEqual(shape(profile));
      }),
      RUNS,
    );
  });

  it('CSV, ranked: read back as ranks without being told', () => {
    fc.assert(
      fc.property(
        rankedProfiles(),
        fc.constantFrom(',', ';', '\t') as fc.Arbitrary<',' | ';' | '\t'>,
        fc.boolean(),
        (profile, delimiter, bom) => {
          fc.pre(!profile.candidates.every((name) => parseInteger(name) !== undefined));
          const file = readCsv('r.csv', writeCsv(profile, { delimiter, bom }));
          expect(shape(file.profile)).toEqual(shape(profile));
        },
      ),
      RUNS,
    );
  });

  it('CSV, graded, with the scale and threshold given', () => {
    fc.assert(
      fc.property(gradedProfiles, (profile) => {
        fc.pre(!profile.candidates.every((name) => parseInteger(name) !== undefined));
        const options = { kind: 'graded' as const, scale: profile.scale, approvalThreshold: profile.approvalThreshold };
        expect(shape(readCsv('g.csv', writeCsv(profile), options).profile)).toEqual(shape(profile));
      }),
      RUNS,
    );
  });

  it('PrefLib, with the type the ballots need', () => {
    fc.assert(
      fc.property(rankedProfiles(), (profile) => {
        const type = prefLibFormatOf(profile);
        const file = readBallotFile(`r.${type}`, writePrefLib(profile, { title: 'Lagoon' }));
        expect(shape(file.profile)).toEqual(shape(profile));
        expect([file.format, file.title]).toEqual([type, 'Lagoon']);
        // The type is also what DATA TYPE says, so a sniffed file gets it too.
        expect(readPrefLib('r', writePrefLib(profile)).format).toBe(type);
      }),
      RUNS,
    );
  });

  it('PrefLib, complete strict ballots make a .soc file', () => {
    fc.assert(
      fc.property(strictProfiles, (profile) => {
        expect(prefLibFormatOf(profile)).toBe('soc');
      }),
      { numRuns: 50 },
    );
  });

  it('BLT, with seats and title', () => {
    fc.assert(
      // At most one seat per candidate: the reader refuses more (io.blt.seatsAboveCandidates).
      fc.property(
        rankedProfiles().chain((p) => fc.tuple(fc.constant(p), fc.integer({ min: 1, max: p.candidates.length }))),
        ([profile, seats]) => {
          const file = readBlt('r.blt', writeBlt(profile, seats, 'Council'));
          expect(shape(file.profile)).toEqual(shape(profile));
          expect([file.seats, file.title]).toEqual([seats, 'Council']);
        },
      ),
      RUNS,
    );
  });

  it('every format through readBallotFile and the file extension', () => {
    fc.assert(
      fc.property(rankedProfiles(4), (profile) => {
        fc.pre(!profile.candidates.every((name) => parseInteger(name) !== undefined));
        const texts: [string, string][] = [
          ['a.json', writeJson(profile)],
          ['a.csv', writeCsv(profile)],
          [`a.${prefLibFormatOf(profile)}`, writePrefLib(profile)],
          ['a.blt', writeBlt(profile, 1)],
        ];
        for (const [name, text] of texts) expect(shape(readBallotFile(name, text).profile)).toEqual(shape(profile));
      }),
      { numRuns: 100 },
    );
  });
});
