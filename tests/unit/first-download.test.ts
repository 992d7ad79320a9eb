/**
 * The title screen's download stays small: what `src/main.ts` imports statically (the title,
 * the router, the error card) must not reach every message table, the engine's 31 methods, the
 * classroom or the live links; those load with the screens that need them. `npm run bench`
 * prints the bytes against the budget; this test names the import that broke it, when one does
 * (a `#live` route once pulled 98 KB gzip into the title's download through src/live/link.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Static imports and re-exports that bring code (a statement importing types only is skipped). */
const STATIC_IMPORT = /^\s*(import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"](\.[^'"]+)['"]/gm;

function staticImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of source.matchAll(STATIC_IMPORT)) if (!m[2]) out.push(resolve(dirname(file), m[3]));
  return out;
}

/** Every module reached from `entry`, with the module that first imported it. */
function reach(entry: string): Map<string, string | undefined> {
  const from = new Map<string, string | undefined>([[entry, undefined]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const dep of staticImports(file)) {
      if (from.has(dep) || !dep.endsWith('.ts')) continue;
      from.set(dep, file);
      queue.push(dep);
    }
  }
  return from;
}

function chain(from: Map<string, string | undefined>, file: string): string {
  const links: string[] = [];
  for (let at: string | undefined = file; at; at = from.get(at)) links.push(relative(root, at));
  return links.reverse().join(' → ');
}

describe("the title screen's download", () => {
  const reached = reach(join(root, 'src/main.ts'));

  it('walks the real graph (the title scene, the router and the first-screen messages are in it)', () => {
    for (const file of ['src/game/scenes/TitleScene.ts', 'src/game/flow/router.ts', 'src/i18n/first-screen.ts'])
      expect(reached.has(join(root, file)), file).toBe(true);
  });

  it.each([
    ['every message table', 'src/i18n/messages/index.ts'],
    ["the engine's methods", 'src/voting/methods/index.ts'],
    ['the classroom', 'src/classroom/election.ts'],
    ['the live links', 'src/live/link.ts'],
  ])('does not carry %s', (_what, file) => {
    const target = join(root, file);
    expect(reached.has(target) ? chain(reached, target) : 'not reached').toBe('not reached');
  });
});
