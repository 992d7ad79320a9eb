/**
 * No folder escapes the layers (eslint.layers.js): every folder of src is a listed layer, every
 * file at src's root has a listed place, and the lint really refuses an import that climbs,
 * from a file in each folder there is (so a new folder, or one the rules name wrongly, fails here).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { SRC, SRC_ROOT_FILES } from '../../eslint.layers.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** What of a folder's listing the layers do not cover: folders not in `layers`, code files not in `files`. */
function uncovered(dir: string, layers: readonly string[], files: Readonly<Record<string, string>>): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => (e.isDirectory() ? !layers.includes(e.name) : /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name)))
    .filter((e) => e.isDirectory() || !(e.name in files))
    .map((e) => `${e.name}${e.isDirectory() ? '/' : ''}`);
}

const folders = (dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

/** The layer-rule errors ESLint gives for `code` written at `path` (the file need not exist). */
async function layerErrors(eslint: ESLint, path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return result.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message);
}

describe('the layers cover the whole code', () => {
  it('every folder of src is a layer, and every file at its root has a place', () => {
    expect(uncovered(join(root, 'src'), SRC, SRC_ROOT_FILES)).toEqual([]);
  });

  it('names what is not covered (a folder or a root file nobody listed)', () => {
    expect(uncovered(join(root, 'src'), SRC.slice(1), {})).toEqual(
      expect.arrayContaining([`${SRC[0]}/`, 'main.ts', 'probe.ts']),
    );
  });

  it('refuses, in each folder of src, an import from the layer above all (the game), and in the game one from the server', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const folder of folders('src')) {
      const [path, code] =
        folder === 'game'
          ? ['src/game/layer-check.ts', "import { log } from '../../server/log.ts';\nvoid log;\n"]
          : [`src/${folder}/layer-check.ts`, "import { SceneKey } from '../game/keys.ts';\nvoid SceneKey;\n"];
      expect(await layerErrors(eslint, path, code), `src/${folder} lets an import climb`).not.toEqual([]);
    }
    expect(
      await layerErrors(eslint, 'src/probe.ts', "import { SRC } from './voting/method.ts';\nvoid SRC;\n"),
    ).not.toEqual([]);
  }, 60_000);

  it('refuses, in each folder of the server, an import of the game', async () => {
    const eslint = new ESLint({ cwd: root });
    for (const folder of ['.', ...folders('server')]) {
      const path = join('server', folder, 'layer-check.ts');
      const up = folder === '.' ? '..' : '../..';
      const code = `import { SceneKey } from '${up}/src/game/keys.ts';\nvoid SceneKey;\n`;
      expect(await layerErrors(eslint, path, code), `server/${folder} may import the game`).not.toEqual([]);
    }
  }, 60_000);
});
