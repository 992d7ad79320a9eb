/**
 * Which errors mean "a part of the game could not be downloaded": a lazily loaded module
 * (`import()` of a scene or a tool) whose file did not arrive, because the network is gone or
 * because a new deployment replaced the files the page knows about. Reloading is then the fix,
 * so the error card says "reload" rather than "something broke". No DOM here.
 */

/** What the browsers say when a dynamic import's file cannot be fetched or evaluated. */
const CHUNK_MESSAGES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's preload of a chunk's styles
];

export function isChunkLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CHUNK_MESSAGES.some((pattern) => pattern.test(message));
}
