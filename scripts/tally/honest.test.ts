/**
 * The real tally process on files that must be read honestly: the reading of a CSV is said
 * on stderr, --kind settles what the reader will not guess, and nothing unsafe (control
 * characters, bidi overrides) reaches the terminal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsafeCharacter } from '../../src/voting/names.ts';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tally-honest-'));

function tally(name: string, text: string, args: string[]) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'tally.ts'), file, ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('tally on ambiguous and unsafe files', () => {
  it('says how it read a CSV, and refuses ranks from 0 until told they are grades', () => {
    const ranks = tally('ranks.csv', 'Crabe,Récif,Lagon\n1,2,3\n2,1,3\n1,3,2\n', ['--method', 'borda', '--lang', 'fr']);
    expect(ranks.code).toBe(0);
    expect(ranks.stderr).toContain('ranks.csv\u00a0: lu comme des rangs\u00a0: 1 est le premier.');
    expect(ranks.stdout).toMatch(/^Vainqueur.: Crabe$/m);

    const fromZero = tally('zero.csv', 'Crab,Reef,Lagoon\n0,1,2\n0,2,1\n1,0,2\n', [
      '--method',
      'score',
      '--lang',
      'en',
    ]);
    expect(fromZero.code).toBe(1);
    expect(fromZero.stderr).toContain(
      'zero.csv, line 2: every row numbers the candidates from 0 to 2: ranks start at 1',
    );
    const told = tally('zero.csv', 'Crab,Reef,Lagoon\n0,1,2\n0,2,1\n1,0,2\n', [
      '--method',
      'score',
      '--kind',
      'graded',
      '--lang',
      'en',
    ]);
    expect(told.code).toBe(0);
    expect(told.stderr).not.toContain('read as'); // told, so nothing to say
    expect(told.stdout).toMatch(/^Winner: Lagoon$/m);
    expect(tally('zero.csv', 'A,B\n1,0\n', ['--method', 'score', '--kind', 'maybe', '--lang', 'en']).code).toBe(2);
  });

  it('refuses a name with a bidi override or an ANSI escape, showing the code point, never the character', () => {
    const bidi = tally('bidi.csv', 'Crab,"Reef\u202Eevil"\n1,2\n', ['--method', 'plurality', '--lang', 'fr']);
    expect(bidi.code).toBe(1);
    expect(bidi.stderr).toContain('bidi.csv, ligne 1\u00a0: le nom «\u00a0Reef[U+202E]evil\u00a0» contient U+202E');
    const ansi = tally(
      'ansi.json',
      '{"title": "T\\u001b[2J", "candidates": ["Crab\\u001b[31m", "Reef"], "ballots": []}',
      ['--method', 'plurality', '--lang', 'en'],
    );
    expect(ansi.code).toBe(1);
    expect(ansi.stderr).toContain('the name “Crab[U+001B][31m” holds U+001B');
    for (const out of [bidi.stdout, bidi.stderr, ansi.stdout, ansi.stderr])
      expect(unsafeCharacter(out, true)).toBeUndefined();
  });
});
