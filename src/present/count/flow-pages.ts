/**
 * Newspaper flow for the comparison screen: items of measured height go down a column, then
 * into the next column, then onto the next page — nothing is cut, nothing is shrunk below a
 * readable size. A heading stays with the item after it. Pure (numbers in, indexes out), so
 * that it is tested in Node and can move to a presentation layer.
 */

export interface FlowItem {
  /** Its height once laid out at the column's width, gap below included. */
  readonly height: number;
  /** A heading: it starts a column only if the next item fits under it too. */
  readonly keepWithNext?: boolean;
  /**
   * A heading whose section may run on into another column or page: the height of its
   * "(continued)" line, which then heads that column (room is kept for it there).
   */
  readonly continuedHeight?: number;
}

/** Pages → columns → item indexes, in reading order. Every item is on exactly one page. */
export type FlowPages = number[][][];

export function flowPages(items: readonly FlowItem[], columnHeight: number, columnsPerPage: number): FlowPages {
  const perPage = Math.max(1, Math.floor(columnsPerPage));
  const columns: number[][] = [[]];
  let used = 0;
  let heading: FlowItem | undefined;
  items.forEach((item, i) => {
    if (item.keepWithNext) heading = item;
    const next = items[i + 1];
    const needed = item.height + (item.keepWithNext && next ? next.height : 0);
    const column = columns[columns.length - 1];
    // An item taller than a whole column still goes alone into a fresh one (the caller sees it
    // through tallerThanColumn and gives it a smaller type); it never pushes a column forever.
    if (column.length > 0 && used + needed > columnHeight) {
      columns.push([]);
      // A section running on: its "(continued)" heading tops the new column.
      used = !item.keepWithNext && heading?.continuedHeight !== undefined ? heading.continuedHeight : 0;
    }
    columns[columns.length - 1].push(i);
    used += item.height;
  });
  const pages: FlowPages = [];
  for (let k = 0; k < columns.length; k += perPage) pages.push(columns.slice(k, k + perPage));
  return pages;
}

/** The items that cannot fit any column at all (the caller must make them smaller). */
export function tallerThanColumn(items: readonly FlowItem[], columnHeight: number): number[] {
  return items.flatMap((item, i) => (item.height > columnHeight ? [i] : []));
}

/** The page that holds item `index` (0 when it is on none). */
export function pageOf(pages: FlowPages, index: number): number {
  const found = pages.findIndex((page) => page.some((column) => column.includes(index)));
  return Math.max(0, found);
}

/**
 * The heading a column continues: the index of the section heading above its first item when
 * that heading is in an earlier column and asks for a "(continued)" line (undefined otherwise).
 */
export function continuedHeading(items: readonly FlowItem[], column: readonly number[]): number | undefined {
  const first = column[0];
  if (first === undefined || items[first]?.keepWithNext) return undefined;
  for (let j = first - 1; j >= 0; j--)
    if (items[j].keepWithNext) return items[j].continuedHeight !== undefined ? j : undefined;
  return undefined;
}
