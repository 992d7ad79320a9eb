/**
 * The keyboard's way onto the plane: every flag and crowd has a real button in the a11y layer
 * (Tab reaches it, a screen reader reads where it stands). Focusing one selects it; the arrows
 * then move it, + adds one of its kind, − removes it, [ and ] change a crowd's spread, Page Up
 * and Page Down its size. The keys are read only while an item's button has the focus, so the
 * arrows keep their usual meaning everywhere else.
 */
import { a11y, type A11yControl } from '../a11y/layer.ts';
import type { ItemRef, SandboxState } from '../../sandbox/model.ts';
import { itemKey } from './plane-view.ts';
import { nameOf, positionText } from './words.ts';
import { t } from '../../i18n/index.ts';

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
  const params = { name: nameOf(crowd.name), size: crowd.size, spread: crowd.spread, position: positionText(crowd.centre) };
  return t(crowd.size === 1 && crowd.spread === 0 ? 'sandbox.single.label' : 'sandbox.crowd.label', params);
}

/** The action a key stands for on a selected item (Shift moves by 10). */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>, dimensions: 1 | 2): ItemAction | undefined {
  const step = event.shiftKey ? 10 : 1;
  const arrows: Record<string, number[]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
  const delta = arrows[event.key];
  if (delta) return dimensions === 1 && delta[0] === 0 ? undefined : { kind: 'nudge', delta: delta.slice(0, dimensions) };
  switch (event.key) {
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

export class ItemControls {
  private readonly controls = new Map<string, A11yControl>();
  private focused: string | undefined;

  constructor(
    private readonly scope: string,
    private readonly onSelect: (ref: ItemRef) => void,
  ) {}

  /** Adds, relabels and removes buttons to match the state (in plane order: flags, then crowds). */
  sync(state: SandboxState): void {
    const refs: ItemRef[] = [...state.flags.map((f) => ({ kind: 'flag' as const, id: f.id })), ...state.crowds.map((c) => ({ kind: 'crowd' as const, id: c.id }))];
    const wanted = new Set(refs.map(itemKey));
    for (const [key, control] of this.controls) {
      if (!wanted.has(key)) {
        control.remove();
        this.controls.delete(key);
      }
    }
    let previous: A11yControl | undefined;
    for (const ref of refs) {
      const key = itemKey(ref);
      const label = itemLabel(state, ref);
      let control = this.controls.get(key);
      if (!control) {
        control = a11y().addControl({
          label,
          id: `sandbox.${key}`,
          scope: this.scope,
          onActivate: () => this.onSelect(ref),
          onFocus: () => {
            this.focused = key;
            this.onSelect(ref);
          },
          onBlur: () => {
            if (this.focused === key) this.focused = undefined;
          },
        });
        this.controls.set(key, control);
        // A new item joins the others in the Tab order, not the end of the screen.
        if (previous) previous.element.after(control.element);
      } else if (control.element.textContent !== label) control.setLabel(label);
      previous = control;
    }
  }

  /** The item whose button has the keyboard focus, if any. */
  focusedItem(): string | undefined {
    return this.focused !== undefined && this.controls.get(this.focused)?.element === document.activeElement ? this.focused : undefined;
  }

  focus(key: string): void {
    this.controls.get(key)?.focus();
  }

  /** Buttons come first in the layer: items go before the panel's controls in the Tab order. */
  first(): HTMLButtonElement | undefined {
    return this.controls.values().next().value?.element;
  }

  destroy(): void {
    for (const control of this.controls.values()) control.remove();
    this.controls.clear();
  }
}
