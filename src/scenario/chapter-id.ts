/**
 * The chapter id rule's reserved form, apart so that the title screen can read it without the
 * loader: `chapter-N` (N on 1 or 2 digits, like `"chapter"`) names the game's chapter N only,
 * and the loader refuses a file whose `"chapter"` says otherwise (chapter-meta.ts). Any other
 * valid id names a chapter too.
 */
const NUMBERED_CHAPTER_ID = /^chapter-(\d{1,2})$/;

/** The number a `chapter-N` id reserves, or undefined for any other id. */
export function reservedNumber(id: string): number | undefined {
  const match = NUMBERED_CHAPTER_ID.exec(id);
  return match ? Number(match[1]) : undefined;
}
