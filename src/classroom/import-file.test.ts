/** What teachers really have, read by readClassFile: every form shape, bad rows, refusals. */
import { describe, expect, it } from 'vitest';
import { t } from '../i18n/index.ts';
import { resultsCsv } from './files.ts';
import { countClass, type BallotGroup, type ClassElection } from './election.ts';
import { BadRowsError, MAX_BAD_ROWS, readClassFile, type ClassFileReading } from './import-file.ts';
import { ordinalOf } from './ordinals.ts';
import { ClassFileError } from './files.ts';
import { decodeFileBytes } from '../voting/io/index.ts';

/** The ballots as names, so that a test reads like the file: "A>B>C" ×2, or "A+B" for approval. */
function ballots(r: ClassFileReading): Record<string, number> {
  const name = (id: string) => r.election.options[Number(id.slice(1)) - 1];
  const out: Record<string, number> = {};
  for (const g of r.groups) {
    const b = g.ballot;
    const key =
      b.kind === 'ranked'
        ? b.ranking.map((tier) => tier.map(name).join('=')).join('>')
        : b.kind === 'approval'
          ? b.approves.map(name).join('+')
          : JSON.stringify(b.grades);
    out[key] = (out[key] ?? 0) + g.count;
  }
  return out;
}

function refused(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('the file was read');
}

describe('ordinals in words', () => {
  it('reads French and English ranks, and leaves plain numbers and names alone', () => {
    const cases: [string, number | undefined][] = [
      ['Premier choix', 1],
      ['Première', 1],
      ['1er choix', 1],
      ['1re', 1],
      ['Deuxième choix', 2],
      ['2e choix', 2],
      ['2ème', 2],
      ['Second', 2],
      ['Troisième choix', 3],
      ['1st choice', 1],
      ['2nd choice', 2],
      ['3rd choice', 3],
      ['4th', 4],
      ['first', 1],
      ['Third choice', 3],
      ['Choix n°5', 5],
      ['Rank 2', 2],
      ['2', undefined],
      ['La mer', undefined],
      ['Noël', undefined],
      ['', undefined],
    ];
    for (const [text, rank] of cases) expect([text, ordinalOf(text)]).toEqual([text, rank]);
  });
});

describe('Google Forms, grid of ranks per option ("Question [Option]")', () => {
  it('reads cells written "1st choice", "Premier choix" or "1", the other columns set aside', () => {
    const text = [
      'Horodateur,Adresse e-mail,Classez [La mer],Classez [La montagne],Classez [La ville]',
      '2026/11/14 10:02:31,a@example.org,Premier choix,Deuxième choix,Troisième choix',
      '2026/11/14 10:03:02,b@example.org,3rd choice,1st choice,2nd choice',
      '2026/11/14 10:04:40,c@example.org,1,3,2',
    ].join('\n');
    const r = readClassFile('form.csv', text);
    expect(r.shape).toBe('options');
    expect(r.election.options).toEqual(['La mer', 'La montagne', 'La ville']);
    expect(ballots(r)).toEqual({
      'La mer>La montagne>La ville': 1,
      'La montagne>La ville>La mer': 1,
      'La mer>La ville>La montagne': 1,
    });
  });
});

describe('Google Forms, one column per rank whose cells are option names', () => {
  it('gives each option the rank of its column, options in order of appearance', () => {
    const text = [
      'Horodatage,Classez les sorties [Premier choix],Classez les sorties [Deuxième choix],Classez les sorties [Troisième choix]',
      '14/11/2026 10:02:31,Noël,Élodie,Cédric',
      '14/11/2026 10:03:02,Élodie,Noël,Cédric',
      '14/11/2026 10:04:40,Noël,Cédric,',
    ].join('\n');
    const r = readClassFile('rangs.csv', text);
    expect(r.shape).toBe('ranks');
    expect(r.election.kind).toBe('ranked');
    expect(r.election.options).toEqual(['Noël', 'Élodie', 'Cédric']);
    expect(ballots(r)).toEqual({ 'Noël>Élodie>Cédric': 1, 'Élodie>Noël>Cédric': 1, 'Noël>Cédric': 1 });
  });

  it('reports a row ranking one option twice, at its line', () => {
    const text = ['1st choice,2nd choice', 'A,B', 'A,A', 'B,A'].join('\n');
    const error = refused(() => readClassFile('f.csv', text));
    expect(error).toBeInstanceOf(BadRowsError);
    expect((error as BadRowsError).rows).toEqual([
      { line: 3, key: 'files.row.rankedTwice', params: { file: 'f.csv', line: 3, option: 'A' } },
    ]);
    const kept = readClassFile('f.csv', text, { leaveOut: true });
    expect(kept.ballots).toBe(2);
    expect(kept.leftOut.map((p) => p.line)).toEqual([3]);
  });
});

describe('one column of lists', () => {
  it('reads a Google Forms checkbox question ("A, B") as approval', () => {
    const text = [
      'Horodateur,Quelles sorties vous plaisent ?',
      '2026/11/14 10:02:31,"La mer, La ville"',
      '2026/11/14 10:03:02,La montagne',
      '2026/11/14 10:04:40,"La ville, La mer, La montagne"',
    ].join('\n');
    const r = readClassFile('cases.csv', text);
    expect(r.shape).toBe('list');
    expect(r.election.kind).toBe('approval');
    expect(r.election.options).toEqual(['La mer', 'La ville', 'La montagne']);
    expect(ballots(r)).toEqual({ 'La mer+La ville': 1, 'La montagne': 1, 'La mer+La ville+La montagne': 1 });
  });

  it('reads Microsoft Forms\' ranking question ("A;B;C;") as rankings, first to last', () => {
    const text = [
      'ID,Start time,Completion time,Email,Name,Classez les sorties',
      '1,11/14/26 10:02:31,11/14/26 10:03:00,anonymous,,Cédric;Noël;Élodie;',
      '2,11/14/26 10:04:31,11/14/26 10:05:00,anonymous,,Noël;Élodie;Cédric;',
    ].join('\n');
    const r = readClassFile('ms.csv', text);
    expect(r.shape).toBe('list');
    expect(r.election.kind).toBe('ranked');
    expect(ballots(r)).toEqual({ 'Cédric>Noël>Élodie': 1, 'Noël>Élodie>Cédric': 1 });
  });

  it('reads a French Microsoft Forms export, its own columns set aside', () => {
    const text = [
      'ID,Heure de début,Heure de fin,Adresse de messagerie,Nom,Classez les sorties',
      '1,14/11/2026 10:02:31,14/11/2026 10:03:00,anonymous,,La ville;La mer;',
      '2,14/11/2026 10:04:31,14/11/2026 10:05:00,anonymous,,La mer;La ville;',
    ].join('\n');
    const r = readClassFile('ms-fr.csv', text);
    expect(r.shape).toBe('list');
    expect(ballots(r)).toEqual({ 'La ville>La mer': 1, 'La mer>La ville': 1 });
  });

  it('reads a Microsoft Forms choice question ("A;B;", not every option) as approval, or as ranks when asked', () => {
    const text = ['Vos choix', 'A;B;', 'C;', 'A;C;'].join('\n');
    expect(ballots(readClassFile('ms.csv', text))).toEqual({ 'A+B': 1, C: 1, 'A+C': 1 });
    expect(ballots(readClassFile('ms.csv', text, { kind: 'ranked' }))).toEqual({ 'A>B': 1, C: 1, 'A>C': 1 });
  });
});

describe('the French Excel CSV (";", decimal commas, an accented header)', () => {
  it('reads the bytes French Excel saves (Windows-1252) with their accents', () => {
    const bytes = Uint8Array.from([...'Élodie;Cédric;Noël\r\n1;2;3\r\n2;1;3\r\n'].map((c) => c.charCodeAt(0)));
    const decoded = decodeFileBytes('classe.csv', bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(readClassFile('classe.csv', decoded.text).election.options).toEqual(['Élodie', 'Cédric', 'Noël']);
  });

  it('reads ranks separated by semicolons', () => {
    const r = readClassFile('classe.csv', 'Élodie;Cédric;Noël\r\n1;2;3\r\n2;1;3\r\n1;3;2\r\n');
    expect(ballots(r)).toEqual({ 'Élodie>Cédric>Noël': 1, 'Cédric>Élodie>Noël': 1, 'Élodie>Noël>Cédric': 1 });
  });
});

describe('bad rows', () => {
  const text = 'La mer,La montagne,La ville\n1,2,3\n2,1,3\n1,deux,3\n3,2,1\n\n1,2,z\n';

  it('are all listed with their line numbers, and nothing is counted without the teacher', () => {
    const error = refused(() => readClassFile('classe.csv', text));
    expect(error).toBeInstanceOf(BadRowsError);
    const rows = (error as BadRowsError).rows;
    expect(rows.map((r) => r.line)).toEqual([4, 7]);
    expect(t(rows[0], 'fr')).toMatch(/^classe\.csv, ligne 4\u00a0?:/);
    expect((error as BadRowsError).more).toBe(false);
  });

  it('are left out when the teacher says so, and the reading says which', () => {
    const r = readClassFile('classe.csv', text, { leaveOut: true });
    expect(r.ballots).toBe(3);
    expect(r.leftOut.map((p) => p.line)).toEqual([4, 7]);
  });

  it('beyond the limit, are not offered to leave out', () => {
    const many = ['A,B', ...Array.from({ length: MAX_BAD_ROWS + 5 }, () => 'p,q'), '1,2'].join('\n');
    const error = refused(() => readClassFile('many.csv', many, { leaveOut: true })) as BadRowsError;
    expect(error).toBeInstanceOf(BadRowsError);
    expect(error.more).toBe(true);
    expect(error.rows).toHaveLength(MAX_BAD_ROWS);
  });
});

describe('files that are not ballots', () => {
  it('refuses our own results export, in French and English, saying what it is', () => {
    const election: ClassElection = {
      question: 'Sortie',
      options: ['La mer', 'La ville'],
      kind: 'ranked',
      methods: ['plurality', 'borda'],
    };
    const groups: BallotGroup[] = [{ ballot: { kind: 'ranked', ranking: [['o1'], ['o2']] }, count: 3 }];
    for (const lang of ['fr', 'en'] as const) {
      const error = refused(() =>
        readClassFile('resultats.csv', resultsCsv(election, countClass(election, groups), lang)),
      );
      expect(error).toBeInstanceOf(ClassFileError);
      expect((error as ClassFileError).key).toBe('files.import.resultsFile');
    }
    const other = refused(() => readClassFile('r.csv', 'Method,Winner,Votes\nPlurality,A,12\n')) as ClassFileError;
    expect(other.key).toBe('files.import.resultsFile');
  });

  it('says "empty" only for an empty file; a header alone has no ballots', () => {
    for (const text of ['', '\ufeff', ' \n\n', 'sep=;\n'])
      expect((refused(() => readClassFile('e.csv', text)) as ClassFileError).key).toBe('files.import.empty');
    const header = refused(() => readClassFile('h.csv', 'La mer,La ville\n')) as ClassFileError;
    expect(header.key).toBe('files.import.noBallots');
    expect(t(header, 'en')).toBe('h.csv: the file names the options (La mer, La ville) but holds no ballot.');
  });
});

describe('what the reader decided, for the teacher to see', () => {
  it("carries the reader's note of a CSV read as grades or as ranks, and none when the kind is chosen", async () => {
    const { mergeReadings } = await import('./merge.ts');
    const grades = readClassFile('notes.csv', 'La mer,La ville\n5,3\n4,8\n');
    expect(grades.notes).toEqual([{ key: 'io.note.readAsGrades', params: { file: 'notes.csv' } }]);
    expect(t(grades.notes[0], 'fr')).toBe('notes.csv\u00a0: lu comme des notes\u00a0: la plus haute est la meilleure.');
    expect(readClassFile('notes.csv', 'La mer,La ville\n5,3\n4,8\n', { kind: 'grades' }).notes).toEqual([]);
    const ranks = readClassFile('rangs.csv', 'La mer,La ville\n1,2\n2,1\n');
    expect(ranks.notes.map((n) => n.key)).toEqual(['io.note.readAsRanks']);
    // Several files: every file's note reaches the summary.
    const merged = mergeReadings([ranks, readClassFile('autres.csv', 'La ville,La mer\n1,2\n')]);
    expect(merged.reading.notes.map((n) => n.params.file)).toEqual(['rangs.csv', 'autres.csv']);
  });
});

describe("a file's title with a control character or a bidi override", () => {
  it('is shown escaped as the question, never as it would print', () => {
    const soc =
      '# TITLE: Sortie\u202E de classe\u0007\n# ALTERNATIVE NAME 1: La mer\n# ALTERNATIVE NAME 2: La ville\n2: 1,2\n1: 2,1\n';
    const read = readClassFile('sortie.soc', soc);
    expect(read.election.question).toBe('Sortie[U+202E] de classe[U+0007]');
    expect(
      readClassFile('propre.soc', soc.replace('Sortie\u202E de classe\u0007', 'Sortie de classe')).election.question,
    ).toBe('Sortie de classe');
  });
});

describe('seats asked for an imported file', () => {
  // Five pupils ranking four lists: A first three times, B twice.
  const text = 'A,B,C,D\n1,2,3,4\n1,3,2,4\n2,1,3,4\n1,2,4,3\n3,1,2,4\n';

  it('counts a file for several seats with the setup’s several-seat methods', () => {
    const r = readClassFile('conseil.csv', text, { seats: 3 });
    expect(r.election.seats).toBe(3);
    expect(r.election.methods).toEqual(['stv', 'dhondt', 'sainte-lague', 'largest-remainder', 'bloc-plurality']);
    const counted = countClass(r.election, r.groups);
    const dhondt = counted.entry.counted.counts.find((k) => k.method === 'dhondt')!.result!;
    // First choices A 3, B 2: quotients A 3, B 2, A 1.5 → A 2 seats, B 1.
    expect(dhondt.seatsByList).toEqual({ o1: 2, o2: 1, o3: 0, o4: 0 });
    expect(counted.entry.counted.counts.find((k) => k.method === 'stv')!.winners).toHaveLength(3);
  });

  it('keeps one winner by default, and reads the seats a BLT file states', () => {
    expect(readClassFile('conseil.csv', text).election.seats).toBeUndefined();
    // BLT: 3 candidates, 2 seats; four ballots; the names after the 0 line.
    const blt = '3 2\n2 1 2 3 0\n1 2 1 0\n1 3 0\n0\n"Nord"\n"Sud"\n"Est"\n"Conseil"\n';
    const r = readClassFile('conseil.blt', blt);
    expect(r.election.seats).toBe(2);
    expect(r.election.methods).not.toContain('irv');
    // The teacher's number wins over the file's.
    expect(readClassFile('conseil.blt', blt, { seats: 1 }).election.methods).toContain('irv');
  });

  it('refuses seats no method can fill, naming the number, as the setup does', () => {
    // Approval ballots fill seats by the bloc vote only, which needs fewer seats than options.
    const approvals = 'A,B\n1,0\n0,1\n1,1\n';
    const error = refused(() =>
      readClassFile('conseil.csv', approvals, { kind: 'approval', seats: 2 }),
    ) as ClassFileError;
    expect(error).toBeInstanceOf(ClassFileError);
    expect(t(error, 'fr')).toBe(
      'Aucune méthode de ce bulletin ne pourvoit 2 sièges entre 2 options\u00a0: ajoutez des options ou réduisez le nombre de sièges.',
    );
    const wrong = refused(() => readClassFile('conseil.csv', text, { seats: 101 })) as ClassFileError;
    expect(t(wrong, 'en')).toBe('Seats to fill: “101” is not a whole number from 1 to 100.');
  });
});
