/**
 * What each tool and key does to the state, with the sentence the live region says about it
 * and the item selected afterwards. New flags and crowds are named in both languages at once,
 * so that a shared link shows them in either.
 */
import {
  addCrowd,
  addFlag,
  canAddCrowd,
  canAddFlag,
  canRemove,
  nudgeItem,
  positionOf,
  removeItem,
  reshapeCrowd,
  setStrategy,
  type ItemRef,
  type SandboxState,
  type Species,
  type StrategyKind,
} from '../../sandbox/model.ts';
import { STRATEGIES } from '../../scenario/schema.ts';
import type { ItemAction } from './items.ts';
import { itemKey } from './items.ts';
import { bothNames, nameOf, positionText } from './words.ts';
import { t } from '../../i18n/index.ts';

export const NEW_SPECIES: readonly Species[] = [
  'shrimp',
  'crab',
  'krill',
  'lobster',
  'prawn',
  'barnacle',
  'crayfish',
  'hermit-crab',
];

export interface Edited {
  readonly state: SandboxState;
  readonly selected?: string;
  readonly message: string;
}

function nameOfRef(state: SandboxState, ref: ItemRef): string {
  const item =
    ref.kind === 'flag' ? state.flags.find((f) => f.id === ref.id) : state.crowds.find((c) => c.id === ref.id);
  return item ? nameOf(item.name) : ref.id;
}

/** Beside the given place, towards the middle of the plane, so that the new item is easy to see. */
function beside(state: SandboxState, from: readonly number[] | undefined): number[] {
  const at = from ?? state.flags[0]?.position ?? [50, 50];
  return at.map((v) => (v > 50 ? v - 12 : v + 12)).slice(0, state.dimensions);
}

export function addNear(state: SandboxState, kind: 'flag' | 'crowd', from?: readonly number[]): Edited {
  if (kind === 'flag') {
    if (!canAddFlag(state)) return { state, message: t('sandbox.cannotAdd') };
    const next = addFlag(state, bothNames('sandbox.newFlag', { n: state.flags.length + 1 }), beside(state, from));
    const flag = next.flags[next.flags.length - 1];
    return {
      state: next,
      selected: itemKey({ kind: 'flag', id: flag.id }),
      message: t('sandbox.added', { name: nameOf(flag.name) }),
    };
  }
  if (!canAddCrowd(state, 20)) return { state, message: t('sandbox.cannotAdd') };
  const species = NEW_SPECIES[state.crowds.length % NEW_SPECIES.length];
  const next = addCrowd(state, {
    name: bothNames('sandbox.newCrowd', { n: state.crowds.length + 1 }),
    species,
    centre: beside(state, from),
    spread: 8,
    size: 20,
  });
  const crowd = next.crowds[next.crowds.length - 1];
  return {
    state: next,
    selected: itemKey({ kind: 'crowd', id: crowd.id }),
    message: t('sandbox.added', { name: nameOf(crowd.name) }),
  };
}

export function removeRef(state: SandboxState, ref: ItemRef): Edited {
  if (!canRemove(state, ref)) return { state, selected: itemKey(ref), message: t('sandbox.cannotRemove') };
  const name = nameOfRef(state, ref);
  const next = removeItem(state, ref);
  const neighbour =
    ref.kind === 'flag'
      ? next.flags[0] && { kind: 'flag' as const, id: next.flags[0].id }
      : next.crowds[0] && { kind: 'crowd' as const, id: next.crowds[0].id };
  return {
    state: next,
    ...(neighbour ? { selected: itemKey(neighbour) } : {}),
    message: t('sandbox.removed', { name }),
  };
}

export function reshape(state: SandboxState, id: string, change: { size?: number; spread?: number }): Edited {
  const crowd = state.crowds.find((c) => c.id === id);
  if (!crowd) return { state, message: '' };
  const next = reshapeCrowd(state, id, {
    size: crowd.size + (change.size ?? 0),
    spread: crowd.spread + (change.spread ?? 0),
  });
  const after = next.crowds.find((c) => c.id === id) ?? crowd;
  return {
    state: next,
    selected: itemKey({ kind: 'crowd', id }),
    message: t('sandbox.reshaped', { name: nameOf(after.name), size: after.size, spread: after.spread }),
  };
}

/** The next declared strategy of a crowd: none, then each kind in turn. */
export function nextStrategy(state: SandboxState, id: string): Edited {
  const crowd = state.crowds.find((c) => c.id === id);
  if (!crowd) return { state, message: '' };
  const order: (StrategyKind | undefined)[] = [undefined, ...STRATEGIES];
  const strategy = order[(order.indexOf(crowd.strategy) + 1) % order.length];
  const next = setStrategy(state, id, strategy);
  return { state: next, selected: itemKey({ kind: 'crowd', id }), message: strategyText(nameOf(crowd.name), strategy) };
}

export function strategyText(name: string, strategy: StrategyKind | undefined): string {
  return t('sandbox.strategy', { name, strategy: t(`sandbox.strategy.${strategy ?? 'sincere'}`) });
}

export function applyAction(state: SandboxState, ref: ItemRef, action: ItemAction): Edited {
  switch (action.kind) {
    case 'nudge': {
      const next = nudgeItem(state, ref, action.delta);
      return {
        state: next,
        selected: itemKey(ref),
        message: t('sandbox.moved', {
          name: nameOfRef(next, ref),
          position: positionText(positionOf(next, ref) ?? []),
        }),
      };
    }
    case 'add':
      return addNear(state, ref.kind, positionOf(state, ref));
    case 'remove':
      return removeRef(state, ref);
    case 'spread':
      return ref.kind === 'crowd'
        ? reshape(state, ref.id, { spread: action.by })
        : { state, selected: itemKey(ref), message: '' };
    case 'size':
      return ref.kind === 'crowd'
        ? reshape(state, ref.id, { size: action.by })
        : { state, selected: itemKey(ref), message: '' };
  }
}
