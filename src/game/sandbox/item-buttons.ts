/**
 * The keyboard's way onto the plane: every flag and crowd has a real button in the a11y layer
 * (Tab reaches it, a screen reader reads where it stands). Focusing one selects it; the keys
 * (present/sandbox/items.ts) are read only while an item's button has the focus, so the arrows
 * keep their usual meaning everywhere else.
 */
import { a11y, type A11yControl } from '../a11y/layer.ts';
import type { ItemRef, SandboxState } from '../../sandbox/model.ts';
import { itemKey, itemLabel } from '../../present/sandbox/items.ts';

export class ItemControls {
  private readonly controls = new Map<string, A11yControl>();
  private focused: string | undefined;

  constructor(
    private readonly scope: string,
    private readonly onSelect: (ref: ItemRef) => void,
  ) {}

  /** Adds, relabels and removes buttons to match the state (in plane order: flags, then crowds). */
  sync(state: SandboxState): void {
    const refs: ItemRef[] = [
      ...state.flags.map((f) => ({ kind: 'flag' as const, id: f.id })),
      ...state.crowds.map((c) => ({ kind: 'crowd' as const, id: c.id })),
    ];
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
    return this.focused !== undefined && this.controls.get(this.focused)?.element === document.activeElement
      ? this.focused
      : undefined;
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
