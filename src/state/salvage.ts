/**
 * Reading a save back: older versions are migrated, then every part is checked and what can
 * be read is kept. Each value dropped is named in a notice; the caller sets the original aside.
 *
 * Version 0 is the first save shape: `{ settings: { lang, bigText }, progress: { done } }`;
 * version 1 had no `sound` nor `music` setting; version 2 kept the count's place under a key of its
 * own (`<key>.count`), which the store reads for the migration as `legacyCountPlace`.
 */
import { salvageClassroom } from './classroom.ts';
import {
  DEFAULT_SETTINGS,
  emptyProgress,
  ProgressSchema,
  RunSchema,
  settingsFields,
  STATE_VERSION,
  type Persisted,
  type Progress,
  type Settings,
} from './schema.ts';

export interface Notice {
  readonly key: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/** Keys that Object.assign would turn into a prototype change. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Migration = (state: Record<string, unknown>) => Record<string, unknown>;

const stateMigrations: Readonly<Record<number, Migration>> = {
  0: (old) => {
    const settings = isRecord(old.settings) ? old.settings : {};
    const progress = isRecord(old.progress) ? old.progress : {};
    return {
      settings: { language: settings.lang, textSize: settings.bigText === true ? 'large' : 'normal' },
      progress: { chaptersDone: progress.done, endings: {} },
      run: null,
    };
  },
  // Version 2 adds sound: a volume of 0, the only way version 1 had to be silent, becomes "off".
  1: (old) => {
    const settings = isRecord(old.settings) ? old.settings : {};
    return { ...old, settings: { ...settings, sound: settings.volume === 0 ? 'off' : 'auto', music: true } };
  },
  // Version 3 keeps the count's place in the run it belongs to (it named its run's scenario).
  2: ({ legacyCountPlace: place, ...old }) => {
    const run = old.run;
    if (!isRecord(place) || !isRecord(run) || place.scenario !== run.scenario) return old;
    const { answers, election, method, step } = place;
    const countPlace = method === undefined ? { answers, election } : { answers, election, method, step };
    return { ...old, run: { ...run, countPlace } };
  },
};

export function migrateState(state: unknown, version: number): unknown {
  let current: unknown = state;
  for (let v = version; v < STATE_VERSION; v++) {
    const step = stateMigrations[v];
    if (!step) throw new Error(`no migration from save version ${v}`);
    current = step(isRecord(current) ? current : {});
  }
  return current;
}

/** Keeps every valid part of a (migrated) save; `notices` lists what was dropped. */
export function salvage(persisted: unknown): { state: Persisted; notices: Notice[] } {
  const notices: Notice[] = [];
  const drop = (what: string): void => void notices.push({ key: 'state.dropped', params: { what } });
  const root = isRecord(persisted) ? persisted : {};
  if (!isRecord(persisted)) drop('state');

  const settings: Settings = { ...DEFAULT_SETTINGS };
  const savedSettings = isRecord(root.settings) ? root.settings : {};
  for (const [field, schema] of Object.entries(settingsFields)) {
    if (savedSettings[field] === undefined) continue; // not saved yet: the default is right
    const parsed = schema.safeParse(savedSettings[field]);
    if (parsed.success) (settings as Record<string, unknown>)[field] = parsed.data;
    else drop(`settings.${field}`);
  }

  const progress: Progress = emptyProgress();
  const saved = isRecord(root.progress) ? root.progress : {};
  const whole = ProgressSchema.safeParse(saved);
  if (whole.success) Object.assign(progress, whole.data);
  else {
    // Entry by entry: one bad chapter id must not lose the others.
    const shape = ProgressSchema.shape;
    if (Array.isArray(saved.chaptersDone)) {
      for (const id of saved.chaptersDone) {
        if (shape.chaptersDone.element.safeParse(id).success && !progress.chaptersDone.includes(id as string))
          progress.chaptersDone.push(id as string);
        else drop('progress.chaptersDone');
      }
    } else if (saved.chaptersDone !== undefined) drop('progress.chaptersDone');
    if (typeof saved.finaleSeen === 'boolean') progress.finaleSeen = saved.finaleSeen;
    else if (saved.finaleSeen !== undefined) drop('progress.finaleSeen');
    for (const part of ['endings'] as const) {
      const table = saved[part];
      if (!isRecord(table)) {
        if (table !== undefined) drop(`progress.${part}`);
        continue;
      }
      const schema = shape[part];
      for (const [k, v] of Object.entries(table)) {
        const one = UNSAFE_KEYS.has(k) ? { success: false as const } : schema.safeParse({ [k]: v });
        if (one.success) Object.assign(progress[part], one.data);
        else drop(`progress.${part}.${k}`);
      }
    }
  }

  let run: Persisted['run'] = null;
  if (root.run !== undefined && root.run !== null) {
    // A bad bookmark or count place costs only the line or the count step the player was on, not the run.
    const tries = [[], ['countPlace'], ['bookmark'], ['bookmark', 'countPlace']] as const;
    for (const parts of tries) {
      const without = Object.fromEntries(parts.map((part) => [part, undefined]));
      const parsed = RunSchema.safeParse(isRecord(root.run) ? { ...root.run, ...without } : root.run);
      if (!parsed.success) continue;
      run = parsed.data;
      for (const part of parts) drop(`run.${part}`);
      break;
    }
    if (run === null) drop('run');
  }
  const classroom = salvageClassroom(root.classroom, drop);
  return { state: { settings, progress, run, classroom }, notices: dedupe(notices) };
}

function dedupe(notices: Notice[]): Notice[] {
  const seen = new Set<string>();
  return notices.filter((n) => {
    const id = JSON.stringify(n);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
