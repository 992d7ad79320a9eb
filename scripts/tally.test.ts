import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const real = (name: string) => join(root, '..', 'shared', 'data', 'real-elections', `${name}.json`);

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
    expect(stdout).toMatch(/^Vainqueur : Reuben Snipper$/m);
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
    const a = tally([real('takoma-park-2007-ward5'), '--method', 'random-ballot', '--seed', 'class-4B', '--lang', 'en']);
    const b = tally([real('takoma-park-2007-ward5'), '--method', 'random-ballot', '--seed', 'class-4B', '--lang', 'en']);
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
    const answers = stdout.trim().split('\n').map((l) => JSON.parse(l));
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
