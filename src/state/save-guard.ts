/**
 * How the store reads and writes its save, guarded: persist does not check what it reads back, so
 * this does. Corrupt or foreign data is set aside under another key with a notice; a newer game's
 * save is left exactly as it is (its settings this version understands are used in memory); a
 * save from before version 3 gets the count's place from its old key; a full or missing storage
 * is told once and the game goes on. store.ts reads what this gathered once the store exists.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { StoreApi } from 'zustand/vanilla';
import type { Notice } from './salvage.ts';
import { STATE_VERSION, type Persisted } from './schema.ts';
import { readOldKey, setAside, type SyncStorage } from './storage.ts';

export class GuardedSave {
  /** Notices gathered while the save was read (the store shows them once it exists). */
  readonly notices: Notice[] = [];
  /** The save's text as read, to set aside if its contents turn out partly unusable. */
  readBack: string | null = null;
  /** The stored save must stay exactly as it is: nothing is written over it. */
  readOnly = false;
  /** A newer game's settings, as stored (salvaged by the store). */
  newerSettings: unknown;
  /** The count's place under its pre-version-3 key, moved into the run by the migration. */
  legacyPlace: unknown;
  /** The store, once created: a failed write after that adds its notice to it. */
  store: StoreApi<{ notices: Notice[] }> | undefined;
  // persist writes after every change, the unsaved parts' too (the sandbox's session moves
  // with every drag): a save that did not change is not written again.
  private written: string | undefined;
  private toldNotSaved = false;

  constructor(
    private readonly raw: SyncStorage,
    private readonly key: string,
  ) {}

  keep(text: string, reason: string): void {
    const result = setAside(this.raw, this.key, text);
    if ('kept' in result) {
      this.notices.push({ key: `state.setAside.${reason}`, params: { key: result.kept } });
      return;
    }
    // No room for a copy: the original stays where it is, and nothing is written over it.
    this.readOnly = true;
    this.notices.push({ key: 'state.setAside.full', params: { prefix: `${this.key}.set-aside` } });
  }

  readonly storage: PersistStorage<Persisted> = {
    getItem: (name) => {
      let text: string | null;
      try {
        text = this.raw.getItem(name);
      } catch {
        this.notices.push({ key: 'state.unreadable', params: {} });
        return null;
      }
      if (text === null) return null;
      this.readBack = text;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        this.keep(text, 'corrupt');
        return null;
      }
      const v = (value as { version?: unknown } | null)?.version;
      if (
        typeof value !== 'object' ||
        value === null ||
        !('state' in value) ||
        typeof v !== 'number' ||
        !Number.isInteger(v) ||
        v < 0
      ) {
        this.keep(text, 'foreign');
        return null;
      }
      if (v > STATE_VERSION) {
        // A newer game's save: left exactly as it is (no copy, no write) until that game reads it again.
        // Its settings that this version understands are used (in memory): the player's language, text size, motion.
        this.readOnly = true;
        this.newerSettings = (value as { state?: { settings?: unknown } }).state?.settings;
        this.notices.push({ key: 'state.newer.kept', params: {} });
        return null;
      }
      if (v < 3) {
        // Before version 3 the count's place had a key of its own: the migration moves it into the run.
        this.legacyPlace = readOldKey(this.raw, `${this.key}.count`);
        if (this.legacyPlace !== undefined && typeof value.state === 'object' && value.state !== null)
          (value.state as Record<string, unknown>).legacyCountPlace = this.legacyPlace;
      }
      return value as StorageValue<Persisted>;
    },
    setItem: (name, value) => {
      if (this.readOnly) return;
      const text = JSON.stringify(value);
      if (text === this.written) return;
      try {
        this.raw.setItem(name, text);
        this.written = text;
      } catch {
        // Quota or privacy mode: the game goes on; the player is told once.
        // Once per page, not once per notice list: a dismissed notice does not come back.
        const store = this.store;
        if (store && !this.toldNotSaved) {
          this.toldNotSaved = true;
          store.setState((s) => ({ notices: [...s.notices, { key: 'state.notSaved', params: {} }] }));
        }
      }
    },
    removeItem: (name) => {
      if (this.readOnly) return;
      try {
        this.raw.removeItem(name);
      } catch {
        // nothing to keep
      }
    },
  };
}
