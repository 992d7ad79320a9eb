/**
 * Reading the JSON text safely: a nesting scan that needs no recursion (so a file of ten
 * thousand brackets cannot overflow the stack), strict JSON syntax with the position of every
 * error, duplicate keys (JSON.parse would silently keep the last one), and the map from a
 * JSON path to its line and column.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node } from 'jsonc-parser';
import { issue, type JsonPath, type ScenarioIssue } from './issues.ts';

const MAX_DEPTH = 32;

/** 1-based line and column of an offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** The deepest nesting of arrays and objects, found without parsing (strings skipped). */
function nestingDepth(text: string, limit: number): { depth: number; offset: number } {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 92)
        i++; // backslash: skip the escaped character
      else if (ch === 34) inString = false;
    } else if (ch === 34) inString = true;
    else if (ch === 123 || ch === 91) {
      depth++;
      if (depth > limit) return { depth, offset: i };
    } else if (ch === 125 || ch === 93) depth--;
  }
  return { depth, offset: -1 };
}

interface ParsedJson {
  readonly value: unknown;
  readonly issues: readonly ScenarioIssue[];
  readonly locate: (path: JsonPath) => { line: number; column: number } | undefined;
}

/** Parses strict JSON; on a syntax error, `value` is undefined and every error is listed. */
export function parseJson(text: string): ParsedJson {
  const found: ScenarioIssue[] = [];
  const at = (key: string, offset: number, params = {}): ScenarioIssue => ({
    ...issue(key, [], params),
    ...lineColumn(text, offset),
  });

  const deep = nestingDepth(text, MAX_DEPTH);
  if (deep.offset >= 0) {
    return {
      value: undefined,
      issues: [at('scenario.limit.depth', deep.offset, { limit: MAX_DEPTH })],
      locate: () => undefined,
    };
  }

  const keysStack: Set<string>[] = [];
  visit(
    text,
    {
      onObjectBegin: () => void keysStack.push(new Set()),
      onObjectEnd: () => void keysStack.pop(),
      onObjectProperty: (property, offset, _length, line, character, pathSupplier) => {
        const keys = keysStack[keysStack.length - 1];
        if (keys?.has(property)) {
          found.push({
            ...issue('scenario.json.duplicateKey', [...pathSupplier(), property], { key: property }),
            line: line + 1,
            column: character + 1,
          });
        }
        keys?.add(property);
        void offset;
      },
      onError: (code, offset) => {
        found.push(at(`scenario.json.${printParseErrorCode(code)}`, offset));
      },
    },
    { disallowComments: true, allowTrailingComma: false },
  );
  if (found.some((i) => i.key !== 'scenario.json.duplicateKey'))
    return { value: undefined, issues: found, locate: () => undefined };

  let value: unknown;
  try {
    // JSON.parse keeps "__proto__" as a plain own key, unlike building objects by assignment.
    value = JSON.parse(text);
  } catch {
    return { value: undefined, issues: [at('scenario.json.InvalidSymbol', 0)], locate: () => undefined };
  }
  let root: Node | undefined;
  const locate = (path: JsonPath): { line: number; column: number } | undefined => {
    root ??= parseTree(text, [], { disallowComments: true });
    if (!root) return undefined;
    // The deepest existing node on the path (a missing key is reported at its parent).
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(root, path.slice(0, n) as (string | number)[]);
      if (node) {
        // For a property, point at its key rather than its value.
        const offset =
          node.parent?.type === 'property' && n === path.length && n > 0 ? node.parent.offset : node.offset;
        return lineColumn(text, offset);
      }
    }
    return undefined;
  };
  return { value, issues: found, locate };
}
