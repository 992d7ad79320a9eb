/** Scene keys: no bare strings for scene names. */
export const SceneKey = {
  Boot: 'boot',
  Preload: 'preload',
  Title: 'title',
  Coast: 'coast',
  Dialogue: 'dialogue',
  Settings: 'settings',
  Credits: 'credits',
  Chapters: 'chapters',
  Election: 'election',
  Count: 'count',
  Results: 'results',
  Classroom: 'classroom',
  ClassroomVote: 'classroom-vote',
  ClassroomResults: 'classroom-results',
  ClassroomLesson: 'classroom-lesson',
  ClassroomLive: 'classroom-live',
  Sandbox: 'sandbox',
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];

/** localStorage keys. `save` is the store's own key (src/state/store.ts STORAGE_KEY; a test checks). */
export const StorageKey = {
  save: 'democratie-et-crustaces',
  /** Where the player is inside the transcript between two answers (see flow/bookmark.ts). */
  bookmark: 'democratie-et-crustaces.bookmark',
  /** The live vote this browser hosts: its code and host key (src/live/stored.ts HOST_STORAGE_KEY; a test checks). */
  live: 'democratie-et-crustaces.live',
} as const;

/** The save's version this game writes (src/state/schema.ts STATE_VERSION; a test checks): a newer one is only looked at. */
export const SAVE_VERSION = 3;

/**
 * Textures the title screen needs before the art catalogue is loaded: the catalogue's own key
 * (ArtKey.background.title in src/game/art; a test checks they agree).
 */
export const TextureKey = {
  titleBackground: 'bg-title',
  /** The coast's map, drawn once by our code (ui/coast-map.ts) and kept as a picture. */
  coastMap: 'coast-map',
} as const;

/** Probe names (src/probe.ts) for tests and the bench: the scene on screen, and readiness. */
export const BodyData = {
  scene: 'scene',
  ready: 'ready',
  /** performance.now() when the title became interactive (read by scripts/bench-game.ts). */
  readyAt: 'readyAt',
} as const;

/** Events on `game.events` between the flow and main.ts. */
export const GameEvent = {
  /** The first screen is interactive (the title, or where a deep link led): later work may start. */
  firstScreen: 'first-screen',
} as const;

/** performance.mark names along the way to the first screen (the bench reads them). */
export const Mark = {
  /** main.ts starts: every module of the first download is evaluated. */
  main: 'crustaces:main',
  gameCreated: 'crustaces:game-created',
  boot: 'crustaces:boot',
  fontsReady: 'crustaces:fonts-ready',
  artReady: 'crustaces:art-ready',
  titleCreate: 'crustaces:title-create',
  titleDrawn: 'crustaces:title-drawn',
  titleReady: 'crustaces:title-ready',
} as const;
