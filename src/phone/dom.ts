/**
 * The one helper the phone's views are written with: no framework, because the page must stay
 * small on a cheap phone; every view is rebuilt from the voter's state on each change.
 */
export type Child = Node | string | false | undefined | null;
type Attrs = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

/** A DOM element: `on…` attributes are listeners, `false`/`undefined` are left out. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2), value);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== false && child !== undefined && child !== null) el.append(child);
  return el;
}
