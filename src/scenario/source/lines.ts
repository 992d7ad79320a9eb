/**
 * The chapter source, line by line: comments, line tags (`#line:key`, Yarn's model), the text
 * after a directive's colon, and argument tokens (`name=value`, bare words, `{…}`/`[…]` JSON).
 * Positions are 1-based lines and columns, as editors show them.
 */
import type { StepParams } from '../../voting/result.ts';
import { issue, type ScenarioIssue } from '../issues.ts';

export interface SourceLine {
  readonly line: number;
  /** Spaces (or tabs) before the first character. */
  readonly indent: number;
  /** The line without its indentation, comment-free, without its tag. */
  readonly body: string;
  /** Column of `body`'s first character. */
  readonly column: number;
  /** The stable line id written after `#line:`, when there is one. */
  readonly tag?: string;
  readonly tagColumn?: number;
}

/** A problem placed on the source: the loader's issue shape, so that formatIssue prints it. */
export function problemAt(
  key: string,
  line: number,
  column: number,
  params: StepParams = {},
  severity: 'error' | 'warning' = 'error',
): ScenarioIssue {
  return { ...issue(key, [], params, severity), line, column };
}

const TAG = /\s#line:([A-Za-z0-9][A-Za-z0-9_.-]{0,99})\s*$/;
const BAD_TAG = /\s#line:(\S*)\s*$/;

/** Splits the text into meaningful lines (blank lines and `//` comment lines are left out). */
export function sourceLines(text: string, problems: ScenarioIssue[]): SourceLine[] {
  const out: SourceLine[] = [];
  const rows = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  rows.forEach((raw, i) => {
    const row = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const trimmed = row.trimStart();
    if (trimmed === '' || trimmed.startsWith('//')) return;
    const indent = row.length - trimmed.length;
    let body = trimmed.trimEnd();
    let tag: string | undefined;
    let tagColumn: number | undefined;
    const match = TAG.exec(body);
    if (match) {
      tag = match[1];
      tagColumn = indent + match.index + match[0].indexOf('#') + 1;
      body = body.slice(0, match.index).trimEnd();
    } else {
      const bad = BAD_TAG.exec(body);
      if (bad)
        problems.push(problemAt('chapterSource.tag.invalid', i + 1, indent + bad.index + 2, { tag: bad[1] ?? '' }));
    }
    out.push({ line: i + 1, indent, body, column: indent + 1, ...(tag !== undefined ? { tag, tagColumn } : {}) });
  });
  return out;
}

export interface Token {
  readonly text: string;
  /** Column in the line (1-based). */
  readonly column: number;
}

/** Whitespace-separated tokens; `{…}`, `[…]` and `"…"` stay whole (JSON values). */
export function tokens(body: string, column: number): Token[] | { error: number } {
  const out: Token[] = [];
  let i = 0;
  while (i < body.length) {
    while (i < body.length && /\s/.test(body[i] ?? '')) i++;
    if (i >= body.length) break;
    const start = i;
    let depth = 0;
    let inString = false;
    for (; i < body.length; i++) {
      const ch = body[i];
      if (inString) {
        if (ch === '\\') i++;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') depth--;
      else if (depth === 0 && /\s/.test(ch ?? '')) break;
      if (depth < 0) return { error: column + i };
    }
    if (depth !== 0 || inString) return { error: column + start };
    out.push({ text: body.slice(start, i), column: column + start });
  }
  return out;
}

/**
 * Where a directive's text begins: the first `:` glued to the word before it and followed by a
 * space or the end of the line, outside brackets and quotes (`option dune at=20,20: la dune`).
 * French text keeps its space before `:`, so a colon inside the text never matches first.
 */
function textColon(body: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '{' || ch === '[' || ch === '(') depth++;
    else if (ch === '}' || ch === ']' || ch === ')') depth--;
    else if (
      ch === ':' &&
      depth === 0 &&
      i > 0 &&
      !/\s/.test(body[i - 1] ?? '') &&
      (i + 1 === body.length || /\s/.test(body[i + 1] ?? ''))
    )
      return i;
  }
  return -1;
}

/** A directive: its words before the colon and its text after it (undefined without colon). */
export interface Directive {
  readonly args: Token[];
  readonly text?: string;
  readonly textColumn: number;
}

export function directive(body: string, column: number): Directive | { error: number } {
  const colon = textColon(body);
  const head = colon < 0 ? body : body.slice(0, colon);
  const args = tokens(head, column);
  if ('error' in args) return args;
  if (colon < 0) return { args, textColumn: column + body.length };
  const rest = body.slice(colon + 1);
  const text = rest.trimStart();
  return { args, text, textColumn: column + colon + 1 + (rest.length - text.length) };
}

/** FNV-1a, 32 bits: a short stable id for a line that has no tag yet. */
export function lineHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}
