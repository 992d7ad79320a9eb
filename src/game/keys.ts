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
} as const;
export type SceneKey = (typeof SceneKey)[keyof typeof SceneKey];
