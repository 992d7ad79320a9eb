/**
 * Every export of the tidied folders is imported by some other file: an export used only where
 * it is written loses its `export`, and code nobody uses goes (scripts/unused-exports.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHECKED_FOLDERS, describeUnused, unusedExports } from './unused-exports.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

describe('unused exports', () => {
  // Parses every file of the project (a few seconds at rest): room for a loaded machine.
  it('no export of the checked folders is left unused by every other file', { timeout: 180_000 }, () => {
    const found = unusedExports(root, CHECKED_FOLDERS).map(describeUnused);
    expect(found, `exports no other file imports (list them with: npx tsx scripts/unused-exports.ts)`).toEqual([]);
  });

  it('checks every folder of code under src, and the server and scripts', () => {
    expect(CHECKED_FOLDERS).toEqual(expect.arrayContaining(['src', 'server', 'scripts']));
  });

  describe('on a small tree', () => {
    const tree = mkdtempSync(join(tmpdir(), 'unused-exports-'));
    afterAll(() => rmSync(tree, { recursive: true, force: true }));
    const write = (path: string, text: string): void => {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), text);
    };
    write(
      'src/lib/a.ts',
      [
        'export const used = 1;',
        'export const ownFileOnly = 2;',
        'export function dead(): number { return 3; }',
        'export type Shape = { n: number };',
        'export const viaStar = 4;',
        'const total: number = used + ownFileOnly;',
        'void total;',
      ].join('\n'),
    );
    write('src/lib/b.ts', 'export const everything = 5;\nexport const alsoEverything = 6;\n');
    write('src/lib/index.ts', "export * from './b.ts';\nexport { used as renamed } from './a.ts';\n");
    write(
      'src/app/main.ts',
      "import { used } from '../lib/a.ts';\nimport type { Shape } from '../lib/a';\nimport { renamed } from '../lib/index.ts';\nexport const x: Shape = { n: used + renamed };\n",
    );
    write('tests/uses.test.ts', "import { x } from '../src/app/main.ts';\nvoid x;\nvoid import('../src/lib/c.ts');\n");
    write('src/lib/c.ts', 'export const loadedLater = 7;\n');

    it('lists what only its own file uses, and what nothing uses', () => {
      const found = unusedExports(tree, ['src/lib']);
      expect(found.map((u) => [u.file, u.name, u.usedInFile])).toEqual([
        ['src/lib/a.ts', 'ownFileOnly', true],
        ['src/lib/a.ts', 'dead', false],
        ['src/lib/a.ts', 'viaStar', false],
      ]);
    });

    it('counts `export *` and `import()` as using every export of the file they name', () => {
      const files = unusedExports(tree, ['src/lib']).map((u) => u.file);
      expect(files).not.toContain('src/lib/b.ts');
      expect(files).not.toContain('src/lib/c.ts');
    });

    it('says which export is unused, where, and what to do', () => {
      const [own, dead] = unusedExports(tree, ['src/lib']).map(describeUnused);
      expect(own).toBe(
        'src/lib/a.ts:2 exports `ownFileOnly`, which no other file imports; only its own file uses it: drop the `export` keyword',
      );
      expect(dead).toMatch(
        /^src\/lib\/a\.ts:3 exports `dead`, which no other file imports; nothing uses it: delete it/,
      );
    });

    it('checks only the folders it is given', () => {
      expect(unusedExports(tree, ['src/app'])).toEqual([]);
    });
  });
});
