/**
 * The arithmetic of a bar chart's row when the names go above their bars (a phone held upright,
 * a larger text setting, long names): which type size, where the figure goes, how thick the bar
 * is — and where the quota's or the majority's dashes stop so as not to cross a text (a figure, or
 * a name written above its bar). Pure (no
 * Phaser): the drawer measures the texts, these functions decide, and the unit tests check them.
 */

/** The texts of a row measured at one type size (frame px). */
export interface RowProbe {
  readonly size: number;
  /** The tallest name wrapped across the chart's whole width. */
  readonly nameH: number;
  /** The tallest name wrapped in the width the figure leaves it on its line. */
  readonly narrowH: number;
  /** One line of the figure. */
  readonly figureH: number;
}

export interface StackedRow {
  readonly size: number;
  /** From the row's top to its bar's top, less the 2 px between. */
  readonly nameH: number;
  /** The figure on the name's first line, at the row's right end, rather than beside the bar. */
  readonly figureOnName: boolean;
  /** False when even the smallest size cannot keep the row's texts apart (then the least bad). */
  readonly fits: boolean;
  /**
   * The last resort: the name on one line at the smallest size, cut with « … » to leave the
   * figure its place (the drawer shortens it; the step's words still say names in full).
   */
  readonly oneLine: boolean;
}

/** The thinnest bar a figure written on the name's line leaves: still a bar, still growing. */
export const THIN_BAR = 6;

/**
 * The first size (probes in decreasing size) at which name, bar and the figure centred on the
 * bar keep to the row; failing that, the first at which the figure fits on the name's line and a
 * thin bar under both; failing that, the name on one line at the smallest size, shortened, with
 * the figure on that line (two lines of names would overlap the next row's name). `minBar` is the least bar beside its figure (the figure's line, at least).
 */
export function fitStackedRow(probes: readonly RowProbe[], rowH: number, minBar: number): StackedRow {
  for (const p of probes)
    if (p.nameH + 2 + Math.max(minBar, p.figureH) + 4 <= rowH)
      return { size: p.size, nameH: p.nameH, figureOnName: false, fits: true, oneLine: false };
  for (const p of probes) {
    const line = Math.max(p.narrowH, p.figureH);
    if (line + 2 + THIN_BAR + 2 <= rowH)
      return { size: p.size, nameH: line, figureOnName: true, fits: true, oneLine: false };
  }
  // One line of a name is as tall as one line of its figure: both are written at the same size.
  const last = probes[probes.length - 1];
  const line = last.figureH;
  return { size: last.size, nameH: line, figureOnName: true, fits: line + 2 + THIN_BAR + 2 <= rowH, oneLine: true };
}

/** A closed interval [from, to]. */
type Span = readonly [number, number];

/**
 * The dashes of a vertical line from `from` to `to` (`dash` drawn, `gap` left, in turn), with
 * no part inside any of `holes` (the figures it would cross, each with its margin): a dash is
 * cut short at a hole and resumes after it.
 */
export function dashesAround(from: number, to: number, holes: readonly Span[], dash = 8, gap = 6): Span[] {
  const out: Span[] = [];
  for (let y = from; y < to; y += dash + gap) {
    let pieces: Span[] = [[y, Math.min(y + dash, to)]];
    for (const [a, b] of holes)
      pieces = pieces.flatMap(([s, e]): Span[] => {
        if (e <= a || s >= b) return [[s, e]];
        const kept: Span[] = [];
        if (s < a) kept.push([s, a]);
        if (e > b) kept.push([b, e]);
        return kept;
      });
    out.push(...pieces.filter(([s, e]) => e - s >= 1));
  }
  return out;
}

/** A text's box (frame px, top-left corner). */
interface TextRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/**
 * The holes a vertical line at `x` leaves for the texts it would cross (figures, and names above
 * their bars, which span the chart): each text it passes within `side` of, from `above` over it
 * to `above` under it. A text is read, the line is only seen: it gives way.
 */
export function holesAt(x: number, texts: readonly TextRect[], side = 4, above = 2): Span[] {
  return texts
    .filter((t) => t.w > 0 && t.h > 0 && x > t.x - side && x < t.x + t.w + side)
    .map((t): Span => [t.y - above, t.y + t.h + above]);
}
