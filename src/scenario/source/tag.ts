/**
 * `tag`: gives every text line of a source its stable line id (`#line:…`), the id a compile
 * already uses for it, so that an English table written before tagging stays right. Only this
 * rewrites a source; a compile never does.
 */
import type { Cast } from './cast.ts';
import { compileChapter } from './compile.ts';

export function tagSource(text: string, cast: Cast): { text: string; tagged: number } {
  const { untagged } = compileChapter(text, { cast });
  if (untagged.length === 0) return { text, tagged: 0 };
  const byLine = new Map(untagged.map((u) => [u.line, u.key]));
  const rows = text.split('\n');
  const out = rows.map((row, i) => {
    const key = byLine.get(i + 1);
    if (key === undefined) return row;
    const cr = row.endsWith('\r') ? '\r' : '';
    return `${row.slice(0, row.length - cr.length).trimEnd()} #line:${key}${cr}`;
  });
  return { text: out.join('\n'), tagged: byLine.size };
}
