/**
 * Honest reading (docs/ballot-files.md, "What the readers refuse and say"): each reader says
 * how it read an ambiguous file, and refuses, at the file and line, what it cannot read
 * without guessing: names that would not print safely or apart, ranks counted from 0,
 * duplicate JSON keys, PrefLib orders that break the file's own type, BLT files whose header
 * disagrees with their names, every candidate withdrawn, more seats than candidates.
 */
import { describe, expect, it } from 'vitest';
import { describeError, t } from '../../i18n/index.ts';
import { readBallotFile } from './index.ts';
import { fileError } from './test-helpers.ts';

const say = (file: ReturnType<typeof readBallotFile>, lang: 'fr' | 'en') => (file.notes ?? []).map((n) => t(n, lang));

describe('a CSV says whether it read ranks or grades', () => {
  it('ranks', () => {
    const file = readBallotFile('class.csv', 'A,B,C\n1,2,3\n3,1,2\n');
    expect(file.profile.kind).toBe('ranked');
    expect(say(file, 'fr')).toEqual(['class.csv\u00a0: lu comme des rangs\u00a0: 1 est le premier.']);
    expect(say(file, 'en')).toEqual(['class.csv: read as ranks: 1 is first.']);
  });

  it('grades', () => {
    const file = readBallotFile('class.csv', 'A,B,C\n5,0,2\n4,4,1\n');
    expect(file.profile.kind).toBe('graded');
    expect(say(file, 'fr')).toEqual(['class.csv\u00a0: lu comme des notes\u00a0: la plus haute est la meilleure.']);
    expect(say(file, 'en')).toEqual(['class.csv: read as grades: higher is better.']);
  });

  it('says nothing when told which it is', () => {
    expect(readBallotFile('class.csv', 'A,B,C\n5,0,2\n', { kind: 'graded' }).notes).toEqual([]);
  });

  it('refuses ranks counted from 0 rather than read them as grades, which would put the first last', () => {
    const error = fileError(() => readBallotFile('class.csv', 'A,B,C\n0,1,2\n2,0,1\n1,2,0\n'));
    expect([error.code, error.line, error.params.max]).toEqual(['io.csv.ranksFromZero', 2, 2]);
    expect(describeError(error, 'fr')).toBe(
      'class.csv, ligne 2\u00a0: chaque ligne numérote les candidats de 0 à 2, or les rangs commencent à 1 (ajoutez 1 à chaque case)\u00a0; s’il s’agit de notes, dites-le (tally --kind graded).',
    );
    expect(describeError(error, 'en')).toContain('ranks start at 1 (add 1 to every cell)');
    // Told that they are grades, the same file is read as grades: 0 is the lowest.
    const graded = readBallotFile('class.csv', 'A,B,C\n0,1,2\n2,0,1\n1,2,0\n', { kind: 'graded' });
    expect(graded.profile.kind === 'graded' && graded.profile.scale).toEqual({ min: 0, max: 2 });
    // Two candidates with 0 and 1 are approvals far more often than ranks: read as grades, and said.
    expect(say(readBallotFile('yes-no.csv', 'A,B\n0,1\n1,0\n'), 'en')).toEqual([
      'yes-no.csv: read as grades: higher is better.',
    ]);
  });
});

describe('a header with no ballots is read with a visible warning', () => {
  it.each([
    ['class.csv', 'A,B,C\n\n', 1],
    ['class.json', '{\n  "candidates": ["A", "B", "C"],\n  "ballots": []\n}\n', 3],
    [
      'votes.soi',
      '# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n',
      1,
    ],
    ['votes.blt', '3 1\n0\n"A"\n"B"\n"C"\n', 2],
  ])('%s', (name, text, line) => {
    const file = readBallotFile(name, text);
    expect(file.profile.voters).toBe(0);
    const note = file.notes?.find((n) => n.key === 'io.note.noBallots');
    expect(note?.params).toEqual({ file: name, line, candidates: 3 });
    expect(t(note!, 'fr')).toBe(
      `${name}, ligne ${line}\u00a0: attention, le fichier nomme 3 candidats mais ne contient aucun bulletin.`,
    );
    expect(t(note!, 'en')).toBe(`${name}, line ${line}: warning, the file names 3 candidates but holds no ballot.`);
  });
});

describe('names are checked where the file writes them', () => {
  it.each([
    ['class.csv', 'Reef,"Crab\u202Eefil"\n1,2\n', 'io.name.unsafe', 1, { char: 'U+202E', name: 'Crab[U+202E]efil' }],
    ['class.csv', 'Reef,Crab\u001b[2J\n1,2\n', 'io.name.unsafe', 1, { char: 'U+001B' }],
    [
      'class.csv',
      'Crab,Cr\u0430b\n1,2\n',
      'io.name.lookAlike',
      1,
      { name: 'Cr\u0430b', other: 'Crab', char: 'U+0430 / U+0061' },
    ],
    ['class.csv', 'Crab,\u200B\n1,2\n', 'io.name.blank', 1, { index: 2 }],
    [
      'votes.soi',
      '# ALTERNATIVE NAME 1: Crab\n\n# ALTERNATIVE NAME 2: Cr\u200Bab\n1: 1,2\n',
      'io.name.lookAlike',
      3,
      { name: 'Cr[U+200B]ab', other: 'Crab' },
    ],
    [
      'votes.soi',
      '# ALTERNATIVE NAME 1: Crab\n# ALTERNATIVE NAME 2: Re\u0000ef\n',
      'io.name.unsafe',
      2,
      { char: 'U+0000' },
    ],
    ['votes.blt', '2 1\n1 1 2 0\n0\n"Crab"\n"\u2067Reef"\n', 'io.name.unsafe', 5, { char: 'U+2067' }],
    ['votes.blt', '2 1\n1 1 2 0\n0\n"Crab"\n"   "\n', 'io.name.blank', 5, { index: 2 }],
    ['votes.blt', '2 1\n1 1 2 0\n0\n"Oscar"\n"\u039Fscar"\n', 'io.name.lookAlike', 5, { char: 'U+039F / U+004F' }],
  ])('%s: %s', (name, text, key, line, params) => {
    const error = fileError(() => readBallotFile(name, text));
    expect([error.code, error.line]).toEqual([key, line]);
    expect(error.params).toMatchObject(params);
    expect(describeError(error, 'fr')).toMatch(new RegExp(`^${name.replace('.', '\\.')}, ligne ${line}\u00a0: `));
    expect(describeError(error, 'en')).toMatch(new RegExp(`^${name.replace('.', '\\.')}, line ${line}: `));
  });

  it('JSON: at the line and column of the name', () => {
    const error = fileError(() =>
      readBallotFile('class.json', '{\n  "candidates": ["Crab",\n    "Re\\u202Eef"],\n  "ballots": []\n}\n'),
    );
    expect([error.code, error.line, error.column, error.params.char]).toEqual([
      'io.json.candidateUnsafe',
      3,
      5,
      'U+202E',
    ]);
    expect(describeError(error, 'fr')).toBe(
      'class.json, ligne 3, colonne 5\u00a0: le nom «\u00a0Re[U+202E]ef\u00a0» contient U+202E, un caractère de contrôle ou de sens d’écriture\u00a0: il s’afficherait autrement qu’il n’est écrit.',
    );
    expect(describeError(error, 'en')).toBe(
      'class.json, line 3, column 5: the name “Re[U+202E]ef” holds U+202E, a control or text-direction character: it would display differently from how it is written.',
    );
    const look = fileError(() => readBallotFile('class.json', '{"candidates": ["Crab", "Cr\u0430b"], "ballots": []}'));
    expect([look.code, look.params.name, look.params.other]).toEqual([
      'io.json.candidatesLookAlike',
      'Cr\u0430b',
      'Crab',
    ]);
    const blank = fileError(() => readBallotFile('class.json', '{"candidates": ["Crab", "  "], "ballots": []}'));
    expect([blank.code, blank.params.index]).toEqual(['io.json.candidateBlank', 2]);
  });
});

describe('duplicate JSON keys', () => {
  it('refuses a key twice in one object, at its second place (JSON.parse would keep the last)', () => {
    const text =
      '{\n  "candidates": ["A", "B"],\n  "ballots": [\n    {"grades": {"A": 5, "B": 1, "A": 0}, "count": 1}\n  ],\n  "grade_scale": {"min": 0, "max": 5}\n}\n';
    const error = fileError(() => readBallotFile('class.json', text));
    expect([error.code, error.line, error.column, error.params.key]).toEqual(['io.json.duplicateKey', 4, 33, 'A']);
    expect(describeError(error, 'fr')).toContain('la clé «\u00a0A\u00a0» figure deux fois dans le même objet');
    expect(describeError(error, 'en')).toContain('key “A” appears twice in the same object');
    expect(
      fileError(() => readBallotFile('x.json', '{"candidates": ["A"], "ballots": [], "candidates": ["B"]}')).params.key,
    ).toBe('candidates');
  });

  it('allows the same key in different objects', () => {
    expect(
      readBallotFile(
        'x.json',
        '{"candidates": ["A"], "ballots": [{"ranking": ["A"], "count": 1}, {"ranking": ["A"], "count": 2}]}',
      ).profile.voters,
    ).toBe(3);
  });
});

describe('PrefLib orders must keep the promise of the file type', () => {
  const head = (type: string) =>
    `# DATA TYPE: ${type}\n# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n`;
  it('soc: complete and strict', () => {
    const partial = fileError(() => readBallotFile('votes.soc', `${head('soc')}2: 1,2,3\n1: 2,1\n`));
    expect([partial.code, partial.line, partial.params]).toEqual([
      'io.preflib.notComplete',
      7,
      { type: 'soc', ranked: 2, candidates: 3, file: 'votes.soc', line: '7' },
    ]);
    expect(describeError(partial, 'fr')).toBe(
      'votes.soc, ligne 7\u00a0: le fichier se déclare «\u00a0soc\u00a0» (ordres complets) mais cet ordre ne classe que 2 candidats sur 3.',
    );
    const tied = fileError(() => readBallotFile('votes.soc', `${head('soc')}1: 1,{2,3}\n`));
    expect([tied.code, tied.line]).toEqual(['io.preflib.notStrict', 6]);
    expect(describeError(tied, 'en')).toBe(
      'votes.soc, line 6: the file says it is “soc” (strict orders) but this order ranks some candidates equal.',
    );
  });

  it('the extension speaks when the file has no DATA TYPE line, and soi, toc and toi allow what they say', () => {
    const body = '# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n1: 2\n';
    expect(fileError(() => readBallotFile('votes.soc', body)).code).toBe('io.preflib.notComplete');
    expect(fileError(() => readBallotFile('votes.toc', body)).code).toBe('io.preflib.notComplete');
    expect(readBallotFile('votes.soi', body).profile.voters).toBe(1);
    expect(readBallotFile('votes.toi', `${head('toi')}1: {1,2}\n`).profile.voters).toBe(1);
    expect(fileError(() => readBallotFile('votes.soi', `${head('soi')}1: {1,2}\n`)).code).toBe('io.preflib.notStrict');
    expect(readBallotFile('votes.toc', `${head('toc')}1: {1,2},3\n`).profile.voters).toBe(1);
  });
});

describe('BLT', () => {
  it('refuses more names than the header announces (each name would be read one place off)', () => {
    const error = fileError(() => readBallotFile('votes.blt', '2 1\n1 1 2 0\n0\n"A"\n"B"\n"C"\n"Title"\n'));
    expect([error.code, error.line, error.params.candidates]).toEqual(['io.blt.extraNames', 7, 2]);
    expect(describeError(error, 'fr')).toContain('l’en-tête annonce 2 candidats mais le fichier donne plus de noms');
    expect(describeError(error, 'en')).toContain('the header declares 2 candidates but the file gives more names');
  });

  it('refuses a file whose every candidate is withdrawn', () => {
    const error = fileError(() => readBallotFile('votes.blt', '2 1\n-1 -2\n1 1 2 0\n0\n"A"\n"B"\n'));
    expect([error.code, error.line]).toEqual(['io.blt.allWithdrawn', 2]);
    expect(describeError(error, 'fr')).toBe(
      'votes.blt, ligne 2\u00a0: tous les candidats sont retirés\u00a0: il ne reste personne à élire.',
    );
    expect(describeError(error, 'en')).toBe(
      'votes.blt, line 2: every candidate has withdrawn: there is no one left to elect.',
    );
  });

  it('refuses more seats than candidates left, withdrawn ones not counted', () => {
    const error = fileError(() => readBallotFile('votes.blt', '3 3\n-2\n1 1 2 3 0\n0\n"A"\n"B"\n"C"\n'));
    expect([error.code, error.line, error.params.seats, error.params.candidates]).toEqual([
      'io.blt.seatsAboveCandidates',
      1,
      3,
      2,
    ]);
    expect(describeError(error, 'fr')).toBe(
      'votes.blt, ligne 1\u00a0: 3 sièges pour 2 candidats restants\u00a0: il faut au moins autant de candidats que de sièges.',
    );
    expect(describeError(error, 'en')).toBe(
      'votes.blt, line 1: 3 seats for 2 candidates left: there must be at least as many candidates as seats.',
    );
    expect(readBallotFile('votes.blt', '3 2\n-2\n1 1 2 3 0\n0\n"A"\n"B"\n"C"\n').seats).toBe(2);
  });
});
