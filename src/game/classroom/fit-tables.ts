/**
 * Wide tables of typed-in counts (a pile's rank per option, ten options of forty characters)
 * do not fit beside one another on a phone or at a large text size. Such a table is then shown
 * stacked: each row a block, each cell labelled with its column's heading (styles.ts
 * .cr-stacked), so that nothing scrolls sideways and nothing is cut.
 */

/** Labels each cell with its column's heading, then stacks the tables wider than the card. */
function fitTables(card: HTMLElement): void {
  const style = getComputedStyle(card);
  const room = card.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
  for (const table of card.querySelectorAll<HTMLTableElement>('table.cr-grid')) {
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    for (const row of table.querySelectorAll('tbody tr')) {
      [...row.children].forEach((cell, i) => {
        if (heads[i] && cell.getAttribute('data-label') !== heads[i]) cell.setAttribute('data-label', heads[i]);
      });
    }
    table.classList.remove('cr-stacked');
    if (table.scrollWidth > room + 1) table.classList.add('cr-stacked');
  }
}

/** Keeps the card's tables fitted as rows are added and the window changes size; returns the stop. */
export function keepTablesFitted(card: HTMLElement): () => void {
  let queued = false;
  const fit = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      fitTables(card);
    });
  };
  const observer = new MutationObserver(fit);
  observer.observe(card, { childList: true, subtree: true });
  window.addEventListener('resize', fit);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', fit);
  };
}
