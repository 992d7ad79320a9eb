/**
 * Which sandbox the scene opens: the one in progress (coming back from the full count), a
 * shared link, a preset by name, or the default preset. A link or preset that cannot be opened
 * falls back to the default preset, with the reasons in the player's language.
 */
import { artCatalogue } from '../art/index.ts';
import type { SvgArt } from '../ui/art-loader.ts';
import { openLink, problemText, type Opened } from '../../sandbox/open.ts';
import type { SandboxState } from '../../sandbox/model.ts';
import { DEFAULT_PRESET, openPreset, presetNames } from './presets.ts';
import { loadStore } from '../flow/session.ts';
import { sandboxSession } from './session.ts';
import { crowdArt } from './plane-view.ts';
import { NEW_SPECIES } from '../../present/sandbox/edit.ts';
import { lang, nameOf } from '../../present/sandbox/words.ts';
import { t } from '../../i18n/index.ts';

export interface SandboxData {
  readonly preset?: string;
  /** A shared link's code (`#sandbox/share/CODE`). */
  readonly code?: string;
  /** Back from the full count, or redrawn: the state in progress. */
  readonly resume?: boolean;
  /** A file just opened with notes (its encoding, its warnings): shown on a card, under this title. */
  readonly notes?: { readonly title: string; readonly lines: readonly string[] };
}

interface Starting {
  readonly state: SandboxState;
  /** Why the asked-for sandbox did not open (empty when it did). */
  readonly problems: readonly string[];
}

async function defaultState(): Promise<SandboxState> {
  const opened = await openPreset(DEFAULT_PRESET);
  if (!opened || !('state' in opened)) throw new Error(`the ${DEFAULT_PRESET} preset does not open`);
  return opened.state;
}

async function fallback(problems: string[]): Promise<Starting> {
  const state = sandboxSession().state ?? (await defaultState());
  return { state, problems: [...problems, t('sandbox.problem.fallback', { title: nameOf(state.title) })] };
}

function problemsOf(opened: Opened): string[] {
  return 'problems' in opened ? opened.problems.map((p) => problemText(p, lang())) : [];
}

export async function startingState(data: SandboxData): Promise<Starting> {
  // The session lives in the store: the sandbox has it loaded from here on.
  await loadStore();
  const kept = sandboxSession().state;
  if (data.resume && kept) return { state: kept, problems: [] };
  if (data.code !== undefined) {
    const opened = openLink(data.code);
    return 'state' in opened ? { state: opened.state, problems: [] } : fallback(problemsOf(opened));
  }
  if (data.preset !== undefined) {
    const opened = await openPreset(data.preset);
    if (!opened) return fallback([t('sandbox.unknownPreset', { name: data.preset, names: presetNames() })]);
    return 'state' in opened ? { state: opened.state, problems: [] } : fallback(problemsOf(opened));
  }
  return { state: kept ?? (await defaultState()), problems: [] };
}

/** The portraits and crowd tokens the sandbox may show (its crowds' species and new crowds'). */
export function sandboxArt(state?: SandboxState): SvgArt[] {
  const wanted = new Set<string>();
  for (const species of NEW_SPECIES) wanted.add(crowdArt({ species, size: 2 })).add(crowdArt({ species, size: 1 }));
  for (const crowd of state?.crowds ?? [])
    wanted.add(crowdArt(crowd)).add(crowdArt({ ...crowd, size: crowd.size === 1 ? 2 : 1 }));
  return artCatalogue().filter((a) => wanted.has(a.key));
}
