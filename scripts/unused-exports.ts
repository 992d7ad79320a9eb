#!/usr/bin/env -S npx tsx
/**
 * npx tsx scripts/unused-exports.ts [folder…]
 * Lists the exports that no other file imports, in the folders given (by default the ones
 * scripts/unused-exports.test.ts keeps clean), each marked `own file` when its file still uses
 * the name (drop the `export`) or `dead` when nothing does (drop the code).
 *
 * How: every TypeScript file of the project is parsed on its own (no type checker: a few
 * seconds, not a minute), and each import, re-export and `import()` is resolved to a file the
 * way Vite and tsc do here (relative paths, with or without `.ts`, or a folder's index.ts).
 * Conservative where it cannot tell: `import * as x`, `export *` and `import('…')` count as
 * using every export of the file they name, so a listed export is surely unused elsewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

interface UnusedExport {
  /** Path from the project's root, with `/`. */
  readonly file: string;
  readonly line: number;
  readonly name: string;
  /** True when the file itself still uses the name (so only `export` goes). */
  readonly usedInFile: boolean;
}

/** The folders whose exports must all be used by another file (the test checks them): all the code but the tests. */
export const CHECKED_FOLDERS = ['src', 'server', 'scripts'];

/** Exports no file imports that stay exported, each with why (`file#name`). */
const KEPT: Readonly<Record<string, string>> = {
  'src/i18n/messages/index.ts#stepTemplates':
    'its `satisfies` makes a step key without both templates a compile error; unexported, it would be an unused variable',
};

/** Where the project's code lives: every importer is looked for here. */
const CODE_FOLDERS = ['src', 'server', 'scripts', 'tests', 'build', 'bench'];
const ROOT_FILES = ['vite.config.ts', 'vitest.config.ts', 'eslint.config.js', 'eslint.layers.js'];
const CODE = /\.(ts|tsx|mts|js|mjs)$/;

function listCode(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (CODE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const folder of CODE_FOLDERS) if (existsSync(join(root, folder))) walk(join(root, folder));
  for (const file of ROOT_FILES) if (existsSync(join(root, file))) out.push(join(root, file));
  return out;
}

function resolveModule(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier.split('?')[0]);
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

interface ParsedFile {
  readonly source: ts.SourceFile;
  /** Exported names declared here, with the node that declares them. */
  readonly exports: Map<string, ts.Node>;
  /** Names used from other files: file → names, or '*' for all of them. */
  readonly uses: Map<string, Set<string>>;
}

function exportedNames(statement: ts.Statement): [string, ts.Node][] {
  const modifiers = ts.canHaveModifiers(statement) ? ts.getModifiers(statement) : undefined;
  if (!modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) return [];
  if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return [['default', statement]];
  if (ts.isVariableStatement(statement))
    return statement.declarationList.declarations.flatMap((d) =>
      ts.isIdentifier(d.name) ? [[d.name.text, d] as [string, ts.Node]] : [],
    );
  const named = statement as ts.Statement & { name?: ts.Node };
  return named.name && ts.isIdentifier(named.name) ? [[named.name.text, statement]] : [];
}

function parse(path: string): ParsedFile {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const exports = new Map<string, ts.Node>();
  const uses = new Map<string, Set<string>>();
  const use = (specifier: string, names: string[]): void => {
    const target = resolveModule(path, specifier);
    if (!target) return;
    const set = uses.get(target) ?? new Set<string>();
    for (const n of names) set.add(n);
    uses.set(target, set);
  };
  for (const statement of source.statements) {
    for (const [name, node] of exportedNames(statement)) exports.set(name, node);
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const names: string[] = [];
      if (clause?.name) names.push('default');
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings)) names.push('*');
      else if (bindings) for (const e of bindings.elements) names.push((e.propertyName ?? e.name).text);
      use(statement.moduleSpecifier.text, names);
    }
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      const from = statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier);
      if (!clause) {
        if (from) use((statement.moduleSpecifier as ts.StringLiteral).text, ['*']);
      } else if (ts.isNamedExports(clause)) {
        for (const e of clause.elements) exports.set(e.name.text, e);
        if (from)
          use(
            (statement.moduleSpecifier as ts.StringLiteral).text,
            clause.elements.map((e) => (e.propertyName ?? e.name).text),
          );
      } else if (from) use((statement.moduleSpecifier as ts.StringLiteral).text, ['*']);
    }
  }
  // import('…') and vi.mock('…') anywhere in the file.
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      const dynamic = callee.kind === ts.SyntaxKind.ImportKeyword;
      const mocked = ts.isPropertyAccessExpression(callee) && /^(mock|doMock|importActual)$/.test(callee.name.text);
      if (dynamic || mocked) use(node.arguments[0].text, ['*']);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { source, exports, uses };
}

/** Whether `name` appears in the file as an identifier other than where it is declared. */
function usedLocally(file: ParsedFile, name: string, declaration: ts.Node): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && node.text === name) {
      const parent = node.parent as ts.Node & { name?: ts.Node };
      const isDeclaringName = parent === declaration && parent.name === node;
      const isExportSpecifier = ts.isExportSpecifier(parent);
      if (!isDeclaringName && !isExportSpecifier) found = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(file.source);
  return found;
}

/** One unused export in words: where it is, and what to do with it. */
export function describeUnused(u: UnusedExport): string {
  const fix = u.usedInFile
    ? 'only its own file uses it: drop the `export` keyword'
    : 'nothing uses it: delete it (or import it where it was meant to be used)';
  return `${u.file}:${u.line} exports \`${u.name}\`, which no other file imports; ${fix}`;
}

/** The exports of the files under `folders` (paths from `root`) that no other file uses. */
export function unusedExports(root: string, folders: readonly string[] = CHECKED_FOLDERS): UnusedExport[] {
  const files = new Map(listCode(root).map((path) => [path, parse(path)]));
  const used = new Map<string, Set<string>>();
  for (const [path, parsed] of files)
    for (const [target, names] of parsed.uses) {
      if (target === path) continue;
      const set = used.get(target) ?? new Set<string>();
      for (const n of names) set.add(n);
      used.set(target, set);
    }
  const inFolders = (path: string): boolean =>
    folders.some((f) => {
      const rel = relative(join(root, f), path);
      return !rel.startsWith('..') && !rel.startsWith('/');
    });
  const out: UnusedExport[] = [];
  for (const [path, parsed] of files) {
    if (!inFolders(path) || /\.test\.ts$/.test(path)) continue;
    const names = used.get(path);
    if (names?.has('*')) continue;
    for (const [name, node] of parsed.exports) {
      const file = relative(root, path).split('\\').join('/');
      if (names?.has(name) || `${file}#${name}` in KEPT) continue;
      const { line } = parsed.source.getLineAndCharacterOfPosition(node.getStart(parsed.source));
      out.push({
        file,
        line: line + 1,
        name,
        usedInFile: usedLocally(parsed, name, node),
      });
    }
  }
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const folders = process.argv.slice(2);
  const found = unusedExports(root, folders.length > 0 ? folders : CHECKED_FOLDERS);
  for (const u of found) console.log(describeUnused(u));
  console.log(`${found.length} exports used by no other file`);
}
