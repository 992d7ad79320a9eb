import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realElectionText } from '../tests/support/real-elections.ts';

const root = join(import.meta.dirname, '..');
// The vendored real elections (data/real-elections), gunzipped into a file as a user would have it.
const realDir = mkdtempSync(join(tmpdir(), 'tally-real-'));
const real = (name: string) => {
  const path = join(realDir, `${name}.json`);
  writeFileSync(path, realElectionText(name));
  return path;
};

function tally(args: string[], input?: string) {
  const out = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'tally.ts'), ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('tally FILE', () => {
  it('prints a round-by-round count in English and the official winner', () => {
    const { code, stdout } = tally([real('takoma-park-2007-ward5'), '--method', 'irv', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/204 voters, 4 candidates, 1 seat/);
    expect(stdout).toMatch(/^Winner: Reuben Snipper$/m);
  });

  it('prints the same count in French', () => {
    const { code, stdout } = tally([real('takoma-park-2007-ward5'), '--method', 'irv', '--lang', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Vainqueur\u00a0: Reuben Snipper$/m);
  });

  it('compares every method and shows that they disagree (Burlington 2009)', () => {
    const { code, stdout } = tally([real('burlington-2009-mayor'), '--all', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/The methods disagree/);
    expect(stdout).toMatch(/Kurt Wright ← .*Plurality/i);
    expect(stdout).toMatch(/Condorcet winner \(beats everyone head to head\): Andy Montroll/);
  });

  it('counts several seats and shows a reproducible draw', () => {
    const stv = tally([real('minneapolis-2009-estimate-taxation'), '--method', 'stv', '--lang', 'en']);
    expect(stv.stdout).toMatch(/^Elected: Carol Becker and David Wheeler$/m);
    const a = tally([
      real('takoma-park-2007-ward5'),
      '--method',
      'random-ballot',
      '--seed',
      'class-4B',
      '--lang',
      'en',
    ]);
    const b = tally([
      real('takoma-park-2007-ward5'),
      '--method',
      'random-ballot',
      '--seed',
      'class-4B',
      '--lang',
      'en',
    ]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/class-4B/);
  });

  it('names the file and line of a bad ballot file, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tally-'));
    const file = join(dir, 'class.csv');
    writeFileSync(file, 'Dune,Kelp,Reef\n1,2,3\n2,1,x\n');
    const { code, stderr } = tally([file, '--method', 'irv', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/class\.csv/);
    expect(stderr).toMatch(/line 3/);
  });

  it('refuses an unknown method or option with a message', () => {
    expect(tally([real('takoma-park-2007-ward5'), '--method', 'dictator', '--lang', 'en']).code).toBe(2);
    expect(tally([real('takoma-park-2007-ward5'), '--method', 'stv', '--seats', 'two']).stderr).toMatch(/--seats/);
  });
});

describe('tally --batch', () => {
  it('answers tens of thousands of lines in one process, one answer each, bad lines included', () => {
    const methods = ['plurality', 'irv', 'schulze', 'borda', 'copeland', 'minimax', 'ranked-pairs', 'two-round'];
    const lines: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const method = methods[i % methods.length];
      if (i % 997 === 0) {
        lines.push(`{"id":"r${i}","method":"${method}",`); // broken on purpose
        continue;
      }
      const a = (i % 5) + 1;
      lines.push(
        JSON.stringify({
          id: `r${i}`,
          method,
          candidates: ['A', 'B', 'C'],
          ballots: [
            { ranking: ['A', 'B', 'C'], count: a },
            { ranking: ['B', 'C', 'A'], count: 3 },
            { ranking: ['C', 'A', 'B'], count: 2 },
          ],
        }),
      );
    }
    const { code, stdout } = tally(['--batch'], lines.join('\n') + '\n');
    expect(code).toBe(0);
    const answers = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(answers).toHaveLength(20_000);
    const byId = new Map(answers.map((a) => [a.id, a]));
    expect(byId.get('r0').error).toMatch(/malformed/);
    // r8: plurality with A 4, B 3, C 2 → A; r16: plurality with A 2, B 3, C 2 → B.
    expect(byId.get('r8')).toEqual({ id: 'r8', method: 'plurality', winners: ['A'] });
    expect(byId.get('r16')).toEqual({ id: 'r16', method: 'plurality', winners: ['B'] });
    // r9: IRV, A 5, B 3, C 2 of 10 (q = 6): C goes, its 2 ballots to A → A 7.
    expect(byId.get('r9')).toEqual({ id: 'r9', method: 'irv', winners: ['A'] });
    expect(answers.filter((a) => a.error)).toHaveLength(Math.ceil(20_000 / 997));
  });
});

describe('tally under hostile input (docs/voting-rules.md §10)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tally-limits-'));
  const stackLine = /^\s+at /m;

  it('refuses a file by its size before reading it, with the limit in the message', () => {
    // CSV, PrefLib and BLT stream up to 1 GB (scripts/tally/file.ts); JSON is read whole, up to 96 MB.
    const file = join(dir, 'huge.csv');
    writeFileSync(file, '');
    truncateSync(file, 1_000_000_001); // sparse: nothing is written, and nothing must be read
    const en = tally([file, '--method', 'irv', '--lang', 'en']);
    expect(en.code).toBe(1);
    expect(en.stderr.trim()).toBe(`${file}: the file is too large to read (1,000 MB; at most 1,000 MB).`);
    const fr = tally([file, '--all', '--lang', 'fr']);
    expect(fr.stderr).toMatch(/trop gros pour être lu \(1.000 Mo\u00a0; au plus 1.000 Mo\)/);
    const json = join(dir, 'huge.json');
    writeFileSync(json, '');
    truncateSync(json, 96_000_001);
    expect(tally([json, '--method', 'irv', '--lang', 'en']).stderr.trim()).toBe(
      `${json}: the file is too large to read (96 MB; at most 96 MB).`,
    );
  });

  it('refuses a 34-byte PrefLib header declaring 65,534 candidates with a message, never a stack trace', () => {
    // Before: `--all` read it, then died in the pairwise counts with a RangeError and its stack.
    const file = join(dir, 'big.soi');
    writeFileSync(file, '# NUMBER ALTERNATIVES: 65534\n1: 1\n');
    const { code, stdout, stderr } = tally([file, '--all', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(stackLine);
    expect(stderr).toMatch(
      /big\.soi, line 1: the file declares 65,534 candidates without naming them; .* at most 1,000\./,
    );
  });

  it('says which methods refuse an election too large for them, and counts with the others', () => {
    const file = join(dir, 'wide.soi');
    writeFileSync(file, '# NUMBER ALTERNATIVES: 600\n3: 1,2\n2: 2,1\n');
    const { code, stdout, stderr } = tally([file, '--all', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stderr).not.toMatch(stackLine);
    expect(stdout).toMatch(
      /Schulze\s+Refused: With the Schulze method, at most 500 candidates can be counted; this election has 600\./,
    );
    expect(stdout).toMatch(/^\s+Plurality \(first past the post\)\s+1$/m);
  });

  it('answers a batch whose first line starts with a byte-order mark', () => {
    const input = `\uFEFF${JSON.stringify({ id: 'b1', method: 'irv', candidates: ['A', 'B'], ballots: [{ ranking: ['B'], count: 1 }] })}\n`;
    const { code, stdout } = tally(['--batch'], input);
    expect(code).toBe(0);
    expect(stdout).toBe('{"id":"b1","method":"irv","winners":["B"]}\n');
  });
});
