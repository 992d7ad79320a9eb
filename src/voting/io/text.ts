/** Small text helpers shared by the readers (no Node API: they run in the browser too). */

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** 1-based line and column of a character offset (columns count UTF-16 code units). */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

const INTEGER = /^[+-]?\d+$/;

/** A whole number written in plain digits, or undefined (no "1e3", "0x10", "3.0" or "1 000"). */
export function parseInteger(token: string): number | undefined {
  if (!INTEGER.test(token)) return undefined;
  const value = Number(token);
  return Number.isSafeInteger(value) ? value : undefined;
}
