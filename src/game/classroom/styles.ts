/**
 * The classroom's look. On screen: large type for a projector at the back of a room, dark
 * ink on cream (contrast above 12:1), a thick focus ring, nothing that moves. On paper: the
 * print pages only, black on white, A4 with margins, one page break per sheet.
 */
export const CLASSROOM_CSS = `
.cr-layer { position: fixed; inset: 0; z-index: 10; display: flex; align-items: center; justify-content: center;
  font-family: "Atkinson Hyperlegible", "Segoe UI", sans-serif; font-size: calc(clamp(17px, 1.9vw, 34px) * var(--cr-scale, 1));
  color: #1d2530; pointer-events: none; }
/* A layer set aside (a ballot card while the pause menu is open): its display: flex must not keep it on screen. */
.cr-layer[hidden] { display: none; }
.cr-card { pointer-events: auto; background: #fff6e6; border: 0.18em solid #8a5a2b; border-radius: 0.6em;
  box-shadow: 0 0.4em 1.6em rgba(0,0,0,0.45); width: min(94vw, 62em); max-height: 92vh; overflow: auto; padding: 0.8em 1.2em; box-sizing: border-box; }
.cr-card.cr-narrow { width: min(94vw, 34em); }
.cr-card.cr-side { position: absolute; right: 1.5vw; top: 3vh; width: min(38vw, 30em); max-height: 94vh; font-size: 0.72em; }
.cr-card li.now { font-weight: 700; background: #ffe9a8; }
.cr-card h1, .cr-card h2, .cr-card h3 { font-family: "Fredoka", "Atkinson Hyperlegible", sans-serif; font-weight: 600; margin: 0.2em 0 0.4em; line-height: 1.15; }
.cr-card h1 { font-size: 1.7em; } .cr-card h2 { font-size: 1.3em; } .cr-card h3 { font-size: 1.05em; }
.cr-card p { margin: 0.35em 0; line-height: 1.35; }
.cr-card label { display: block; margin: 0.5em 0 0.2em; font-weight: 700; }
.cr-card input[type=text], .cr-card input[type=number], .cr-card textarea, .cr-card select {
  font: inherit; color: #1d2530; background: #fff; border: 0.12em solid #5b4a5e; border-radius: 0.3em; padding: 0.2em 0.4em; box-sizing: border-box; }
.cr-card input[type=text], .cr-card textarea { width: 100%; }
.cr-card textarea { min-height: 5.5em; }
.cr-card input[type=number] { width: 4.2em; }
.cr-card fieldset { border: 0.1em solid #c9a874; border-radius: 0.4em; margin: 0.5em 0; padding: 0.2em 0.6em 0.5em; }
.cr-card legend { font-weight: 700; padding: 0 0.3em; }
.cr-check { display: inline-flex !important; align-items: center; gap: 0.3em; margin: 0.15em 1em 0.15em 0 !important; font-weight: 400 !important; }
.cr-check input { width: 1.1em; height: 1.1em; }
.cr-row { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: center; margin: 0.5em 0; }
.cr-btn { font: inherit; font-weight: 700; color: #1d2530; background: #f3dfb3; border: 0.12em solid #8a5a2b; border-radius: 0.4em;
  padding: 0.35em 0.9em; cursor: pointer; min-height: 2.2em; }
.cr-btn.cr-primary { background: #1d5e7a; color: #fff; border-color: #0b2233; }
.cr-btn[aria-pressed=true] { background: #1d2530; color: #fff6e6; }
.cr-btn:disabled { opacity: 0.45; cursor: default; }
.cr-layer :focus-visible { outline: 0.2em solid #1d2530; outline-offset: 0.12em; box-shadow: 0 0 0 0.32em #ffd23f; }
.cr-problem { color: #8f1d16; font-weight: 700; border-left: 0.3em solid #b3261e; padding-left: 0.5em; }
.cr-problem::before { content: "⚠ "; }
.cr-muted { color: #4a3d4d; }
.cr-big { font-size: 2.2em; font-weight: 700; font-family: "Fredoka", sans-serif; }
.cr-grid { border-collapse: collapse; margin: 0.4em 0; }
.cr-grid th, .cr-grid td { border: 0.06em solid #c9a874; padding: 0.2em 0.4em; text-align: center; }
.cr-grid th:first-child, .cr-grid td:first-child { text-align: left; }
/* A table too wide for its card (fit-tables.ts): a block per row, each cell under its column's heading. */
.cr-grid.cr-stacked, .cr-grid.cr-stacked tbody { display: block; }
.cr-grid.cr-stacked thead { display: none; }
.cr-grid.cr-stacked tr { display: flex; flex-wrap: wrap; gap: 0.3em 0.8em; align-items: flex-end; padding: 0.4em 0; border-bottom: 0.1em solid #c9a874; }
.cr-grid.cr-stacked th, .cr-grid.cr-stacked td { display: block; border: none; padding: 0; text-align: left; }
.cr-grid.cr-stacked tr > th:first-child { flex-basis: 100%; }
.cr-grid.cr-stacked td::before { content: attr(data-label); display: block; max-width: 12em; font-size: 0.8em; font-weight: 700; overflow-wrap: anywhere; }
.cr-grid th { overflow-wrap: anywhere; }
.cr-options { display: grid; grid-template-columns: repeat(auto-fill, minmax(12em, 1fr)); gap: 0.4em; margin: 0.4em 0; }
.cr-option { font: inherit; text-align: left; background: #fff; color: #1d2530; border: 0.12em solid #5b4a5e; border-radius: 0.4em; padding: 0.4em 0.6em; cursor: pointer; }
.cr-option[aria-pressed=true] { background: #1d2530; color: #fff6e6; }
.cr-place { display: inline-block; min-width: 1.6em; font-weight: 700; }
.cr-grade { display: flex; flex-wrap: wrap; gap: 0.2em; }
.cr-grade button { min-width: 2.2em; }
.cr-card.cr-live { width: 96vw; max-width: none; max-height: 96vh; padding: 0.5em 1em 0.4em; }
.lv-top { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: 0 1em; }
.cr-card .lv-question { font-size: 1.45em; margin: 0 0 0.1em; }
.cr-card .lv-state { font-weight: 700; margin: 0; }
.lv-main { display: grid; grid-template-columns: minmax(0, 1fr) auto; gap: 0.3em 1.2em; align-items: center; margin: 0.2em 0; }
.lv-main[hidden], .lv-count[hidden] { display: none; }
.cr-card .lv-join-label, .cr-card .lv-code-label { margin: 0.2em 0 0; font-weight: 700; }
.cr-card .lv-address { display: inline-block; margin: 0.1em 0 0.2em; padding: 0.05em 0.4em; font-size: 1.3em; font-weight: 700; background: #fff; border: 0.1em solid #c9a874; border-radius: 0.3em; overflow-wrap: anywhere; }
.cr-card .lv-code { margin: 0; font-family: "Atkinson Hyperlegible", "Segoe UI", sans-serif; font-weight: 700; font-size: min(12.5vw, 23vh); line-height: 1.05;
  letter-spacing: 0.08em; white-space: pre; color: #0b2233; }
.lv-qr { margin: 0; padding: 0.3em; background: #fff; border: 0.12em solid #1d2530; border-radius: 0.4em; line-height: 0; }
.lv-qr img { display: block; width: min(40vh, 30vw); height: min(40vh, 30vw); image-rendering: pixelated; }
.lv-qr:empty { width: min(40vh, 30vw); height: min(40vh, 30vw); }
.lv-count { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 1em; }
.cr-card .lv-received { margin: 0; font-family: "Fredoka", sans-serif; font-size: 2.1em; font-weight: 600; }
.cr-card .lv-secret { margin: 0; }
.cr-card .lv-message { background: #fff; border-left: 0.3em solid #1d5e7a; padding: 0.4em 0.6em; font-size: 1.05em; }
.cr-card .lv-fine { font-size: 0.78em; margin: 0.15em 0; }
.lv-buttons { margin: 0.35em 0; }
@media (orientation: portrait) {
  .cr-card.cr-live { max-height: 98vh; }
  .lv-main { grid-template-columns: 1fr; justify-items: center; text-align: center; }
  .cr-card .lv-code { font-size: 16vw; }
  .cr-card .lv-address { font-size: 1em; }
  .lv-qr img, .lv-qr:empty { width: min(62vw, 34vh); height: min(62vw, 34vh); }
}
/* The page says color-scheme: dark (the game's canvas); the cream cards are light, so their
   native checkboxes and radios must be drawn light: an unchecked box stays an empty box. */
.cr-layer, .cr-toast, #cr-print, .cr-footer { color-scheme: light; }
.cr-card input[type=checkbox], .cr-card input[type=radio] { accent-color: #1d5e7a; background: #fff; }
.cr-footer { position: fixed; left: 0; bottom: 0; max-width: 78vw; box-sizing: border-box; border-top-right-radius: 0.5em; z-index: 15; margin: 0; padding: 0.3em 1em; background: #0b2233; color: #fff6e6;
  font-family: "Atkinson Hyperlegible", "Segoe UI", sans-serif; font-size: calc(clamp(14px, 1.25vw, 26px) * var(--cr-scale, 1)); line-height: 1.3; pointer-events: none; }
/* Projector mode (settings: high contrast): black on white, heavier borders, larger type. */
.cr-layer.cr-contrast { font-size: calc(clamp(19px, 2.1vw, 40px) * var(--cr-scale, 1)); color: #000; }
.cr-contrast .cr-card { background: #fff; border-color: #000; color: #000; }
.cr-contrast .cr-muted, .cr-contrast .cr-card .lv-fine { color: #000; }
.cr-contrast .cr-btn { background: #fff; color: #000; border-color: #000; border-width: 0.16em; }
.cr-contrast .cr-btn.cr-primary, .cr-contrast .cr-btn[aria-pressed=true], .cr-contrast .cr-option[aria-pressed=true] { background: #000; color: #fff; }
.cr-contrast .cr-grid th, .cr-contrast .cr-grid td, .cr-contrast .cr-card fieldset { border-color: #000; }
.cr-contrast .cr-card input[type=checkbox], .cr-contrast .cr-card input[type=radio] { accent-color: #000; }
.cr-footer.cr-contrast { background: #000; color: #fff; }
.cr-blank { position: fixed; inset: 0; z-index: 30; background: #000; }
.cr-toast { pointer-events: auto; position: fixed; left: 50%; bottom: 2vh; transform: translateX(-50%); z-index: 20; background: #fff6e6; color: #1d2530;
  border: 0.15em solid #8a5a2b; border-radius: 0.5em; padding: 0.5em 1em; font-family: "Atkinson Hyperlegible", sans-serif; font-size: 18px; display: flex; gap: 0.8em; align-items: center; }
#cr-print { position: fixed; inset: 0; z-index: 40; overflow: auto; background: #5b5b5b; font-family: "Atkinson Hyperlegible", "Segoe UI", sans-serif; color: #000; }
#cr-print .cr-print-bar { position: sticky; top: 0; display: flex; gap: 0.6em; padding: 0.6em; background: #1d2530; color: #fff; font-size: 18px; align-items: center; flex-wrap: wrap; }
#cr-print .cr-print-bar .cr-btn { font-size: 18px; }
#cr-print .cr-print-field { display: inline-flex; gap: 0.3em; align-items: center; }
#cr-print .cr-print-field input { width: 4em; font: inherit; } #cr-print .cr-print-field select { font: inherit; }
.cr-sheet { background: #fff; width: 210mm; min-height: 297mm; margin: 1em auto; padding: 14mm; box-sizing: border-box; font-size: 12pt; line-height: 1.35; }
.cr-sheet h1 { font-family: "Fredoka", sans-serif; font-size: 20pt; margin: 0 0 4mm; }
.cr-sheet h2 { font-family: "Fredoka", sans-serif; font-size: 15pt; margin: 5mm 0 2mm; }
.cr-sheet table { border-collapse: collapse; width: 100%; margin: 2mm 0; }
.cr-sheet th, .cr-sheet td { border: 0.3mm solid #000; padding: 1.5mm 2mm; text-align: left; vertical-align: top; }
.cr-sheet .cr-box { display: inline-block; width: 9mm; height: 9mm; border: 0.4mm solid #000; vertical-align: middle; }
.cr-sheet .cr-circle { display: inline-block; width: 7mm; height: 7mm; border: 0.4mm solid #000; border-radius: 50%; text-align: center; line-height: 7mm; font-size: 9pt; }
.cr-slips { display: grid; grid-template-columns: 1fr 1fr; gap: 0; }
.cr-slip { border: 0.3mm dashed #000; padding: 4mm; min-height: 64mm; box-sizing: border-box; break-inside: avoid; }
.cr-slip h3 { font-size: 12pt; margin: 0 0 2mm; }
.cr-slip p { margin: 0 0 2mm; font-size: 10pt; }
.cr-note { font-size: 10pt; color: #333; }
.cr-slip td.cr-scale-name { border-bottom: none; padding-bottom: 0.5mm; }
.cr-slip td.cr-scale { white-space: nowrap; border-top: none; padding-top: 0.5mm; }
.cr-slip td.cr-scale .cr-circle { width: var(--cr-circle, 7mm); height: var(--cr-circle, 7mm); line-height: var(--cr-circle, 7mm); margin-right: 1mm; }
@media print {
  /* The margin belongs to every page, continuation pages too (a sheet's padding would pad its first page only). */
  @page { size: A4; margin: 14mm; }
  /* The page's color-scheme is dark (the game): paper is light, margins included. */
  html, body { height: auto !important; overflow: visible !important; background: #fff !important; color-scheme: light !important; }
  body > *:not(#cr-print) { display: none !important; }
  #cr-print { position: static; overflow: visible; background: #fff; }
  #cr-print .cr-print-bar { display: none; }
  .cr-sheet { margin: 0; padding: 0; width: auto; min-height: auto; box-shadow: none; break-after: page; }
  .cr-slip, .cr-sheet tr, .cr-sheet h2 { break-inside: avoid; }
  .cr-sheet h2 { break-after: avoid; }
  .cr-sheet:last-child { break-after: auto; }
}
`;
