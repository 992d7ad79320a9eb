/**
 * Names that are safe to print (docs/voting-rules.md §10, "Names"). A candidate's name reaches
 * a terminal (tally), a projector (the classroom) and a share link, so the engine refuses:
 *
 * - a blank name (only spaces or invisible characters);
 * - a control character: C0 (U+0000–U+001F, tab and line breaks included, so an ANSI escape
 *   or a NUL can never reach a terminal), DEL, C1 (U+0080–U+009F), and the line and paragraph
 *   separators U+2028/U+2029;
 * - a bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069), which makes a text
 *   print in another order than it is stored;
 * - two names that would print the same: equal after NFKC, once the invisible characters are
 *   removed and the Cyrillic and Greek letters that look like Latin ones are folded to them
 *   (LOOK_ALIKE below, a small table of our own rather than the whole of Unicode's
 *   confusables.txt, which also folds "rn" into "m" and "l" into "I" and would refuse ordinary
 *   pairs of names).
 *
 * Refusals show the offending code point as U+202E and the names with every such character
 * written the same way, so that a message never carries the character it complains about.
 */

/** Control characters and bidi overrides/isolates: refused in a name. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
/** The same, but tab and line feed allowed: for texts of several lines (scenario dialogue). */
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;
/**
 * Characters that print as nothing (zero-width space, joiners, direction marks, word joiner,
 * invisible operators, BOM, soft hyphen, combining grapheme joiner, fillers). Allowed in a name
 * (a joiner holds an emoji or a Persian word together) but ignored when names are compared.
 */
const INVISIBLE = /\u034F|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]/gu;

/**
 * Cyrillic and Greek letters that print like a Latin letter in common fonts, folded to it.
 * Upper and lower case are kept apart: "A" and "a" do not print the same.
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = {
  // Cyrillic capitals
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  Ү: 'Y',
  Ѕ: 'S',
  І: 'I',
  Ј: 'J',
  Ԛ: 'Q',
  Ԝ: 'W',
  Ӏ: 'I',
  // Cyrillic small letters
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  ѕ: 's',
  і: 'i',
  ј: 'j',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ү: 'y',
  ѵ: 'v',
  // Greek capitals
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  // Greek small letters
  ο: 'o',
  ν: 'v',
  ρ: 'p',
  α: 'a',
};
const LOOK_ALIKE_CHARS = new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}]`, 'gu');

/** A code point written as U+XXXX (at least four hex digits). */
function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first control character or bidi override of a name, as U+XXXX; undefined when none. */
export function unsafeCharacter(text: string, multiline = false): string | undefined {
  const match = (multiline ? UNSAFE_IN_TEXT : UNSAFE).exec(text);
  return match ? codePointLabel(match[0].codePointAt(0)!) : undefined;
}

/** A name for a message: control, bidi and invisible characters written as [U+XXXX], cut when long. */
export function shownName(name: string, max = 60): string {
  const shown = name.replace(
    // eslint-disable-next-line no-control-regex
    /\u034F|[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u2060-\u2064\u3164\uFEFF\uFFA0]/gu,
    (c) => `[${codePointLabel(c.codePointAt(0)!)}]`,
  );
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/** What a name prints as: NFKC, invisible characters removed, look-alike letters folded, spaces collapsed. */
export function printedForm(name: string): string {
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(LOOK_ALIKE_CHARS, (c) => LOOK_ALIKE[c])
    .replace(/\s+/gu, ' ')
    .trim();
}

type NameProblem =
  | { readonly kind: 'blank'; readonly index: number }
  | { readonly kind: 'unsafe'; readonly index: number; readonly name: string; readonly char: string }
  | {
      readonly kind: 'lookAlike';
      readonly index: number;
      readonly first: number;
      readonly name: string;
      readonly other: string;
      readonly char: string;
    };

/**
 * The first problem in a list of names (already known to be distinct strings), or undefined.
 * For two look-alike names, `char` is the first code point where they differ (as U+XXXX of
 * each: "U+0430 / U+0061"), which is what tells a reader the two apart.
 */
export function nameProblem(names: readonly string[]): NameProblem | undefined {
  const printed = new Map<string, number>();
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const char = unsafeCharacter(name);
    if (char !== undefined) return { kind: 'unsafe', index: i, name: shownName(name), char };
    const form = printedForm(name);
    if (form === '') return { kind: 'blank', index: i };
    const first = printed.get(form);
    if (first !== undefined) {
      return {
        kind: 'lookAlike',
        index: i,
        first,
        name: shownName(name),
        other: shownName(names[first]),
        char: firstDifference(name, names[first]),
      };
    }
    printed.set(form, i);
  }
  return undefined;
}

function firstDifference(a: string, b: string): string {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) {
      const label = (c: string | undefined) => (c === undefined ? '—' : codePointLabel(c.codePointAt(0)!));
      return `${label(x[i])} / ${label(y[i])}`;
    }
  }
  return '—';
}
