/**
 * The sandbox: an election built by hand on an opinion plane (one or two axes, 0 to 100).
 * Flags are the candidates; crowds are the voters — a crowd has a centre, a spread (the radius
 * of the disc its members stand in) and a size; a single crustacean is a crowd of one.
 * Positions are whole numbers, as in any scenario file, so that no rounding ever changes a
 * ballot and a state can always be written as a scenario.
 *
 * Everything here is a plain value; edits return a new state (the scene keeps the current one).
 */
import { SPECIES, STRATEGIES } from '../scenario/schema.ts';

export type Species = (typeof SPECIES)[number];
export type StrategyKind = (typeof STRATEGIES)[number];

/** A name in both languages of the game. */
export interface Names {
  readonly fr: string;
  readonly en: string;
}

export interface SandboxFlag {
  readonly id: string;
  readonly name: Names;
  /** One coordinate per dimension, whole numbers from 0 to 100. */
  readonly position: readonly number[];
}

export interface SandboxCrowd {
  readonly id: string;
  readonly name: Names;
  readonly species: Species;
  readonly centre: readonly number[];
  /** Radius of the disc (1-D: half-width of the segment) the members stand in; 0 = all at the centre. */
  readonly spread: number;
  readonly size: number;
  /** A declared strategy, used when the state's `strategies` switch is on. */
  readonly strategy?: StrategyKind;
}

export interface SandboxState {
  /** The preset it started from (`spoiler`...), if any. */
  readonly preset?: string;
  readonly title: Names;
  readonly dimensions: 1 | 2;
  /** One name per dimension. */
  readonly axes: readonly Names[];
  readonly flags: readonly SandboxFlag[];
  readonly crowds: readonly SandboxCrowd[];
  /** Voters approve every flag within this distance. */
  readonly approvalRadius: number;
  /** Grades 5 to 0 by distance: within the first band 5, beyond the last 0 (five ascending radii). */
  readonly gradeBands: readonly number[];
  /** Declared strategies are applied (and shown) when on; sincere ballots otherwise. */
  readonly strategies: boolean;
}

export const SANDBOX_LIMITS = {
  coordinate: 100,
  minFlags: 2,
  /** The palette has eight colour-and-shape pairs. */
  maxFlags: 8,
  minCrowds: 1,
  maxCrowds: 12,
  maxCrowdSize: 500,
  maxVoters: 2000,
  maxSpread: 40,
  maxRadius: 150,
  nameLength: 60,
} as const;

export const GRADE_SCALE = { min: 0, max: 5 } as const;
export const DEFAULT_BANDS: readonly number[] = [10, 20, 35, 50, 70];
export const DEFAULT_RADIUS = 30;

/** Any position clamped to the plane and rounded to a whole number. */
export function clampCoordinate(value: number): number {
  return Math.min(SANDBOX_LIMITS.coordinate, Math.max(0, Math.round(value)));
}

export function totalVoters(state: SandboxState): number {
  return state.crowds.reduce((n, c) => n + c.size, 0);
}

/** A fresh id with this prefix that no flag or crowd uses yet. */
function freshId(state: SandboxState, prefix: 'flag' | 'crowd'): string {
  const used = new Set([...state.flags.map((f) => f.id), ...state.crowds.map((c) => c.id)]);
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

export type ItemRef = { readonly kind: 'flag'; readonly id: string } | { readonly kind: 'crowd'; readonly id: string };

export function positionOf(state: SandboxState, ref: ItemRef): readonly number[] | undefined {
  return ref.kind === 'flag'
    ? state.flags.find((f) => f.id === ref.id)?.position
    : state.crowds.find((c) => c.id === ref.id)?.centre;
}

/** Moves a flag or a crowd's centre (clamped to the plane, whole numbers). */
export function moveItem(state: SandboxState, ref: ItemRef, position: readonly number[]): SandboxState {
  const at = position.slice(0, state.dimensions).map(clampCoordinate);
  if (ref.kind === 'flag')
    return { ...state, flags: state.flags.map((f) => (f.id === ref.id ? { ...f, position: at } : f)) };
  return { ...state, crowds: state.crowds.map((c) => (c.id === ref.id ? { ...c, centre: at } : c)) };
}

/** Moves by whole steps along the axes (keyboard arrows). */
export function nudgeItem(state: SandboxState, ref: ItemRef, delta: readonly number[]): SandboxState {
  const from = positionOf(state, ref);
  if (!from) return state;
  return moveItem(
    state,
    ref,
    from.map((v, i) => v + (delta[i] ?? 0)),
  );
}

export function canAddFlag(state: SandboxState): boolean {
  return state.flags.length < SANDBOX_LIMITS.maxFlags;
}

export function canAddCrowd(state: SandboxState, size = 1): boolean {
  return state.crowds.length < SANDBOX_LIMITS.maxCrowds && totalVoters(state) + size <= SANDBOX_LIMITS.maxVoters;
}

export function canRemove(state: SandboxState, ref: ItemRef): boolean {
  return ref.kind === 'flag'
    ? state.flags.length > SANDBOX_LIMITS.minFlags
    : state.crowds.length > SANDBOX_LIMITS.minCrowds;
}

export function addFlag(state: SandboxState, name: Names, position: readonly number[]): SandboxState {
  if (!canAddFlag(state)) return state;
  const flag: SandboxFlag = {
    id: freshId(state, 'flag'),
    name,
    position: position.slice(0, state.dimensions).map(clampCoordinate),
  };
  return { ...state, flags: [...state.flags, flag] };
}

export function addCrowd(state: SandboxState, crowd: Omit<SandboxCrowd, 'id'>): SandboxState {
  if (!canAddCrowd(state, crowd.size)) return state;
  const added: SandboxCrowd = {
    ...crowd,
    id: freshId(state, 'crowd'),
    centre: crowd.centre.slice(0, state.dimensions).map(clampCoordinate),
  };
  return { ...state, crowds: [...state.crowds, added] };
}

export function removeItem(state: SandboxState, ref: ItemRef): SandboxState {
  if (!canRemove(state, ref)) return state;
  if (ref.kind === 'flag') return { ...state, flags: state.flags.filter((f) => f.id !== ref.id) };
  return { ...state, crowds: state.crowds.filter((c) => c.id !== ref.id) };
}

/** Changes a crowd's size or spread within the limits. */
export function reshapeCrowd(
  state: SandboxState,
  id: string,
  change: { size?: number; spread?: number },
): SandboxState {
  const others = state.crowds.filter((c) => c.id !== id).reduce((n, c) => n + c.size, 0);
  return {
    ...state,
    crowds: state.crowds.map((c) => {
      if (c.id !== id) return c;
      const maxSize = Math.min(SANDBOX_LIMITS.maxCrowdSize, SANDBOX_LIMITS.maxVoters - others);
      const size = Math.max(1, Math.min(maxSize, Math.round(change.size ?? c.size)));
      const spread = Math.max(0, Math.min(SANDBOX_LIMITS.maxSpread, Math.round(change.spread ?? c.spread)));
      return { ...c, size, spread };
    }),
  };
}

export function setStrategy(state: SandboxState, id: string, strategy: StrategyKind | undefined): SandboxState {
  return {
    ...state,
    crowds: state.crowds.map((c) => {
      if (c.id !== id) return c;
      const { strategy: _old, ...rest } = c;
      return strategy === undefined ? rest : { ...rest, strategy };
    }),
  };
}

/**
 * The same election on one axis or two: going to 1-D keeps the first coordinate; going back
 * to 2-D puts everything at the middle of the second axis (named after the first one's
 * opposite when no second name exists).
 */
export function withDimensions(state: SandboxState, dimensions: 1 | 2, secondAxis: Names): SandboxState {
  if (dimensions === state.dimensions) return state;
  const reshape = (p: readonly number[]): number[] => (dimensions === 1 ? [p[0]] : [p[0], 50]);
  return {
    ...state,
    dimensions,
    axes: dimensions === 1 ? state.axes.slice(0, 1) : [state.axes[0], state.axes[1] ?? secondAxis],
    flags: state.flags.map((f) => ({ ...f, position: reshape(f.position) })),
    crowds: state.crowds.map((c) => ({ ...c, centre: reshape(c.centre) })),
  };
}
