/**
 * Files in other encodings at the command line (`tally`, `scenario`): read as the decoder
 * decides (src/voting/io/decode.ts), with a note saying which, or refused with a message.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'tally-enc-'));

function run(script: string, args: string[]) {
  const out = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Latin-1 bytes of text whose characters are all below U+0100 (as Windows-1252 writes them). */
const latin = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('tally reads what spreadsheets save', () => {
  const csv = 'Élodie;Cédric;Noël\n1;2;3\n1;3;2\n2;1;3\n';

  it('counts a Windows-1252 file with its accents, and says which encoding was read', () => {
    const out = run('tally.ts', [file('excel.csv', latin(csv)), '--method', 'plurality', '--lang', 'en']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^Winner: Élodie$/m);
    expect(out.stdout).not.toContain('\ufffd');
    expect(out.stderr).toContain('excel.csv: read as Windows-1252, not UTF-8');
  });

  it('counts a UTF-16 file the same as its UTF-8 copy', () => {
    const utf16 = Uint8Array.from([0xff, 0xfe, ...new Uint8Array(Buffer.from(csv, 'utf16le'))]);
    const a = run('tally.ts', [file('u16.csv', utf16), '--method', 'borda', '--lang', 'fr']);
    const b = run('tally.ts', [file('u8.csv', new TextEncoder().encode(csv)), '--method', 'borda', '--lang', 'fr']);
    expect(a.code).toBe(0);
    expect(a.stdout.replace('u16.csv', 'u8.csv')).toBe(b.stdout);
    expect(a.stderr).toContain('lu en UTF-16 LE');
    // The UTF-8 copy gets no encoding note; both get the same note on how the CSV was read.
    expect(b.stderr).not.toContain('UTF');
    expect(a.stderr.replaceAll('u16.csv', 'u8.csv')).toContain(b.stderr.trim());
  });

  it('refuses bytes no encoding reads honestly, asking for CSV UTF-8, exit code 1', () => {
    const out = run('tally.ts', [
      file('odd.csv', Uint8Array.from([...latin('A;B\n'), 0x81, 0x3b, 0x32, 0x0a])),
      '--all',
      '--lang',
      'fr',
    ]);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('odd.csv');
    expect(out.stderr).toContain('«\u00a0CSV UTF-8\u00a0»');
    expect(out.stdout).toBe('');
  });
});

describe('scenario reads the same encodings', () => {
  it('validates a UTF-16 scenario with a note, and refuses a workbook', () => {
    const text = readFileSync(join(root, 'scenarios', 'sample-first-vote.json'), 'utf8');
    const utf16 = Uint8Array.from([0xfe, 0xff, ...new Uint8Array(Buffer.from(text, 'utf16le').swap16())]);
    const ok = run('scenario.ts', ['validate', file('sample.json', utf16), '--lang', 'en']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toContain('sample.json: read as UTF-16 BE');
    const zip = run('scenario.ts', [
      'validate',
      file('book.xlsx', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      '--lang',
      'en',
    ]);
    expect(zip.code).toBe(1);
    expect(zip.stderr).toContain('book.xlsx: this is a workbook');
  });
});
