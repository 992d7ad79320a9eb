/**
 * Our Phaser build (phaser-custom.cjs) has only the game objects, factories and loader file types
 * it lists; one the game calls but the build lacks would fail only at run time ("this.add.x is not
 * a function"). Here, in Node: every `add.x(`, `make.x(` and `load.x(` in the game's code, and
 * every `Phaser.A.B` it reads, must be in the build.
 *
 * The build's file runs with a `require` that records what it asks for; the factories, creators
 * and file types are those that the required modules (and every module they require in turn)
 * register with `GameObjectFactory.register('x', …)` and the like.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const phaserSrc = join(root, 'node_modules/phaser/src');
const phaserRequire = createRequire(join(phaserSrc, 'phaser.js'));

/** A module of Phaser's sources that the build requires, as its file runs here: not loaded. */
const MODULE = Symbol('phaser module');
type Namespace = { [key: string]: unknown; [MODULE]?: string };

interface CustomBuild {
  /** The build's `Phaser` object: nested namespaces, and required modules as markers. */
  readonly phaser: Namespace;
  /** The paths under node_modules/phaser/src the build requires (`phaser-src/…`). */
  readonly required: readonly string[];
}

/** Runs a custom build's source with a recording `require` (only `const` and `Extend` are real: they are plain data and a plain function). */
function loadCustomBuild(source: string): CustomBuild {
  const required: string[] = [];
  const module = { exports: {} as Namespace };
  const record = (id: string): unknown => {
    if (!id.startsWith('phaser-src/')) throw new Error(`the custom build requires ${id}, outside Phaser's sources`);
    const path = id.slice('phaser-src/'.length);
    required.push(path);
    if (path === 'const' || path === 'utils/object/Extend') return phaserRequire(`./${path}`);
    return { [MODULE]: path };
  };
  runInNewContext(source, { require: record, module, exports: module.exports });
  return { phaser: module.exports, required };
}

function sourceFile(base: string): string | undefined {
  for (const candidate of [`${base}.js`, base, join(base, 'index.js')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

interface Registered {
  readonly factories: ReadonlySet<string>;
  readonly creators: ReadonlySet<string>;
  readonly fileTypes: ReadonlySet<string>;
}

/**
 * What the required modules register, following every `require` inside Phaser's sources. (This
 * over-counts slightly: a module the build replaces by a stub, see build/phaser-trim.ts, is
 * followed too; none of those registers anything.)
 */
function registeredBy(required: readonly string[]): Registered {
  const factories = new Set<string>();
  const creators = new Set<string>();
  const fileTypes = new Set<string>();
  const seen = new Set<string>();
  const queue = required.map((path) => {
    const file = sourceFile(join(phaserSrc, path));
    if (!file) throw new Error(`phaser-src/${path} does not exist`);
    return file;
  });
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [, kind, name] of text.matchAll(
      /\b(GameObjectFactory|GameObjectCreator|FileTypesManager)\.register\(\s*'(\w+)'/g,
    )) {
      (kind === 'GameObjectFactory' ? factories : kind === 'GameObjectCreator' ? creators : fileTypes).add(name);
    }
    for (const [, id] of text.matchAll(/\brequire\(\s*'([^']+)'\s*\)/g)) {
      if (!id.startsWith('.')) continue; // a package (eventemitter3): it registers nothing
      const next = sourceFile(resolve(dirname(file), id));
      if (next) queue.push(next);
    }
  }
  return { factories, creators, fileTypes };
}

/** The methods a class of Phaser's sources defines (`name: function`), e.g. the factory's own `existing`. */
function ownMethods(path: string): string[] {
  return [...readFileSync(join(phaserSrc, path), 'utf8').matchAll(/^ {4}(\w+): function/gm)].map((m) => m[1]);
}

interface Use {
  readonly what: string;
  readonly at: string;
}

function gameFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : gameFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The game's calls of `….add.x(`, `….make.x(`, `….load.x(` (or `load.x(`), and the `Phaser.A.B…` it reads as values. */
function phaserUses(files: readonly { path: string; text: string }[]): { calls: Use[]; namespaces: Use[] } {
  const calls: Use[] = [];
  const namespaces: Use[] = [];
  for (const { path, text } of files) {
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
    const at = (node: ts.Node): string =>
      `${path}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (ts.isHeritageClause(node) && node.token === ts.SyntaxKind.ImplementsKeyword) return; // types only
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        // `scene.add.image(…)`, and `load.svg(…)` after `const load = scene.load`.
        const holder = node.expression.expression;
        const name = ts.isPropertyAccessExpression(holder)
          ? holder.name.text
          : ts.isIdentifier(holder)
            ? holder.text
            : '';
        if (['add', 'make', 'load'].includes(name))
          calls.push({ what: `${name}.${node.expression.name.text}`, at: at(node) });
      }
      // Property accesses are values (a type's `Phaser.Types.X` is a qualified name): the longest chain from `Phaser`.
      if (
        ts.isPropertyAccessExpression(node) &&
        !(ts.isPropertyAccessExpression(node.parent) && node.parent.expression === node)
      ) {
        const names: string[] = [];
        let e: ts.Expression = node;
        while (ts.isPropertyAccessExpression(e)) {
          names.unshift(e.name.text);
          e = e.expression;
        }
        if (ts.isIdentifier(e) && e.text === 'Phaser') namespaces.push({ what: names.join('.'), at: at(node) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { calls, namespaces };
}

/** What the game uses that the build lacks, one line each (an empty list: nothing is missing). */
function missingFromBuild(build: CustomBuild, uses: { calls: readonly Use[]; namespaces: readonly Use[] }): string[] {
  const registered = registeredBy(build.required);
  const emitter = [
    ...Object.getOwnPropertyNames((phaserRequire('eventemitter3') as { prototype: object }).prototype),
    ...ownMethods('events/EventEmitter.js'),
  ];
  const known: Record<string, ReadonlySet<string>> = {
    add: new Set([...registered.factories, ...ownMethods('gameobjects/GameObjectFactory.js')]),
    make: new Set([...registered.creators, ...ownMethods('gameobjects/GameObjectCreator.js')]),
    load: new Set([...registered.fileTypes, ...ownMethods('loader/LoaderPlugin.js'), ...emitter]),
  };
  const missing: string[] = [];
  for (const { what, at } of uses.calls) {
    const [holder, name] = what.split('.');
    if (!known[holder].has(name)) missing.push(`${what}( at ${at}`);
  }
  for (const { what, at } of uses.namespaces) {
    let here: unknown = build.phaser;
    for (const key of what.split('.')) {
      // Inside a required module (Phaser.Math.Clamp, Phaser.Scale.FIT): that module is whole.
      if (typeof here !== 'object' || here === null || MODULE in here) break;
      if (!(key in here)) {
        missing.push(`Phaser.${what} at ${at}`);
        break;
      }
      here = (here as Record<string, unknown>)[key];
    }
  }
  return missing;
}

const buildSource = readFileSync(join(root, 'src/game/phaser/phaser-custom.cjs'), 'utf8');
const game = [...gameFiles(join(root, 'src/game')), join(root, 'src/main.ts')].map((file) => ({
  path: relative(root, file),
  text: readFileSync(file, 'utf8'),
}));

describe('the custom Phaser build', () => {
  const build = loadCustomBuild(buildSource);
  const uses = phaserUses(game);

  it('registers every factory, creator and loader file type the game calls, and has every Phaser.X it reads', () => {
    // The scan finds what the game does call (a broken scan would pass anything).
    expect(uses.calls.map((c) => c.what)).toEqual(
      expect.arrayContaining(['add.image', 'add.graphics', 'add.existing', 'make.graphics', 'load.svg']),
    );
    expect(uses.namespaces.map((n) => n.what)).toEqual(
      expect.arrayContaining(['Scene', 'Game', 'CANVAS', 'GameObjects.Container']),
    );
    expect(missingFromBuild(build, uses)).toEqual([]);
  });

  it('notices a factory, a game object or a file type left out of the build', () => {
    const without = (pattern: RegExp): CustomBuild => {
      expect(buildSource).toMatch(pattern);
      return loadCustomBuild(buildSource.replace(pattern, ''));
    };
    const zone = without(/^ *Zone: require\('phaser-src\/gameobjects\/zone\/ZoneFactory'\),\n/m);
    expect(missingFromBuild(zone, uses).filter((m) => m.startsWith('add.zone('))).not.toEqual([]);
    const svg = without(/^ *SVGFile: require\('phaser-src\/loader\/filetypes\/SVGFile'\),\n/m);
    expect(missingFromBuild(svg, uses).filter((m) => m.startsWith('load.svg('))).not.toEqual([]);
    const container = without(/^ *Container: require\('phaser-src\/gameobjects\/container\/Container'\),\n/m);
    expect(missingFromBuild(container, uses).filter((m) => m.startsWith('Phaser.GameObjects.Container'))).not.toEqual(
      [],
    );
    // A call on another object named `add` is read the same way: the scan errs on the side of asking.
    expect(
      missingFromBuild(
        build,
        phaserUses([{ path: 'x.ts', text: 'scene.add.bitmapText(0, 0, "f", "t"); new Phaser.Tilemaps.Tilemap();' }]),
      ),
    ).toEqual(['add.bitmapText( at x.ts:1', 'Phaser.Tilemaps.Tilemap at x.ts:1']);
  });
});
