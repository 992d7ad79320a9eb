/**
 * The keyboard's way onto the plane, headless part: what each item's button says and which
 * action a key stands for. The arrows move the selected item, + adds one of its kind, − removes
 * it, [ and ] change a crowd's spread, Page Up and Page Down its size. The buttons themselves
 * are game/sandbox/item-buttons.ts.
 */
import type { ItemRef, SandboxState } from '../../sandbox/model.ts';
import { nameOf, positionText } from './words.ts';
import { t } from '../../i18n/index.ts';
import { gameKey, type GameKey } from '../keys.ts';

/** An item's key among the plane's items (its button, its drawing). */
export function itemKey(ref: ItemRef): string {
  return `${ref.kind}:${ref.id}`;
}

export type ItemAction =
  | { readonly kind: 'nudge'; readonly delta: readonly number[] }
  | { readonly kind: 'add' }
  | { readonly kind: 'remove' }
  | { readonly kind: 'spread'; readonly by: number }
  | { readonly kind: 'size'; readonly by: number };

export function itemLabel(state: SandboxState, ref: ItemRef): string {
  if (ref.kind === 'flag') {
    const flag = state.flags.find((f) => f.id === ref.id);
    return flag ? t('sandbox.flag.label', { name: nameOf(flag.name), position: positionText(flag.position) }) : ref.id;
  }
  const crowd = state.crowds.find((c) => c.id === ref.id);
  if (!crowd) return ref.id;
  const params = {
    name: nameOf(crowd.name),
    size: crowd.size,
    spread: crowd.spread,
    position: positionText(crowd.centre),
  };
  return t(crowd.size === 1 && crowd.spread === 0 ? 'sandbox.single.label' : 'sandbox.crowd.label', params);
}

/** The action a key stands for on a selected item (Shift moves by 10). */
export function keyAction(
  event: { readonly key: string; readonly shiftKey: boolean },
  dimensions: 1 | 2,
): ItemAction | undefined {
  const step = event.shiftKey ? 10 : 1;
  const key = gameKey(event.key);
  const arrows: Partial<Record<GameKey, number[]>> = {
    ArrowLeft: [-step, 0],
    ArrowRight: [step, 0],
    ArrowUp: [0, step],
    ArrowDown: [0, -step],
  };
  const delta = key && arrows[key];
  if (delta)
    return dimensions === 1 && delta[0] === 0 ? undefined : { kind: 'nudge', delta: delta.slice(0, dimensions) };
  switch (key) {
    case '+':
    case '=':
    case 'Add':
      return { kind: 'add' };
    case '-':
    case '_':
    case 'Subtract':
    case 'Delete':
    case 'Backspace':
      return { kind: 'remove' };
    case '[':
      return { kind: 'spread', by: -1 };
    case ']':
      return { kind: 'spread', by: 1 };
    case 'PageUp':
      return { kind: 'size', by: 5 };
    case 'PageDown':
      return { kind: 'size', by: -5 };
    default:
      return undefined;
  }
}
