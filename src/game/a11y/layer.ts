/**
 * The DOM layer that mirrors the canvas for keyboards and screen readers.
 *
 * Every interactive thing drawn on the canvas registers a real <button> here (visually
 * hidden, but focusable, labelled and in reading order). Tab and Shift+Tab move the DOM
 * focus; the canvas draws a focus ring on the matching control; Enter or Space activate it.
 * `announce()` speaks through an aria-live region (dialogue, choices, results).
 *
 * Controls live in one group per scene (a "scope"). A scene drawn over another (a dialogue
 * over the coast, a menu over the dialogue) enters its scope: the scopes below become inert,
 * so Tab never reaches a control hidden under an overlay, and Escape goes to the top scope.
 * bind.ts clears a scene's scope when the scene shuts down, so nothing lingers.
 */
import { gameKey, isPress, type GameKey } from '../../present/keys.ts';

export interface A11yControl {
  readonly element: HTMLButtonElement;
  setLabel(label: string): void;
  setDisabled(disabled: boolean): void;
  setPressed(pressed: boolean): void;
  focus(): void;
  remove(): void;
}

interface ControlOptions {
  readonly label: string;
  readonly onActivate: () => void;
  readonly onFocus?: () => void;
  readonly onBlur?: () => void;
  /** A stable id for tests and deep links, e.g. `title.newGame`. */
  readonly id?: string;
  readonly pressed?: boolean;
  /** The scene the control belongs to (its scope); the default scope otherwise. */
  readonly scope?: string;
}

export interface ScopeOptions {
  /** Arrow keys move the focus between the scope's controls (menus, choice lists). */
  readonly arrows?: boolean;
  /** Escape in this scope (when it is on top). */
  readonly onEscape?: () => void;
  /**
   * A question: only a key pressed while it is on screen answers it. A held key's repeats, and a
   * key pressed before the scope came up (still queued while the scene was being drawn), are
   * ignored, so the Enter that left the results never picks the first answer of what follows.
   */
  readonly deliberate?: boolean;
}

const DEFAULT_SCOPE = 'page';

/** Where the arrows move the focus in a scope that takes them: down and right to the next control. */
const ARROW_STEPS: Partial<Record<GameKey, 1 | -1>> = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };

interface Scope {
  readonly element: HTMLElement;
  options: ScopeOptions;
  /** performance.now() when the scope was last put on top (event.timeStamp uses the same clock). */
  enteredAt: number;
}

class A11yLayer {
  private readonly controls: HTMLElement;
  private readonly live: HTMLElement;
  private readonly status: HTMLElement;
  private readonly scopes = new Map<string, Scope>();
  /** Scopes in the order they were entered: the last one is on top. */
  private readonly stack: string[] = [];
  /** The scope on top when the live region and the status were last written (see forget()). */
  private liveOwner: string | undefined;
  private statusOwner: string | undefined;

  constructor(root: HTMLElement = document.body) {
    this.controls = A11yLayer.ensure(root, 'a11y-controls', 'nav');
    this.live = A11yLayer.ensure(root, 'a11y', 'div');
    this.live.setAttribute('aria-live', 'polite');
    this.status = A11yLayer.ensure(root, 'a11y-status', 'div');
    this.status.setAttribute('role', 'status');
    document.addEventListener('keydown', (event) => this.onKey(event));
  }

  private static ensure(root: HTMLElement, id: string, tag: string): HTMLElement {
    let element = document.getElementById(id);
    if (!element) {
      element = document.createElement(tag);
      element.id = id;
      element.className = 'sr-only';
      root.appendChild(element);
    }
    return element;
  }

  private scope(key: string): Scope {
    let scope = this.scopes.get(key);
    if (!scope) {
      const element = document.createElement('div');
      element.dataset.scope = key;
      element.setAttribute('role', 'group');
      this.controls.appendChild(element);
      scope = { element, options: {}, enteredAt: 0 };
      this.scopes.set(key, scope);
    }
    return scope;
  }

  /** Puts a scope on top: the others become inert until it leaves. */
  enter(key: string, options: ScopeOptions = {}): void {
    const scope = this.scope(key);
    scope.options = options;
    scope.enteredAt = performance.now();
    const at = this.stack.indexOf(key);
    if (at !== -1) this.stack.splice(at, 1);
    this.stack.push(key);
    this.refreshInert();
  }

  /** Takes a scope off the stack (its controls stay until cleared). */
  leave(key: string): void {
    const at = this.stack.indexOf(key);
    if (at !== -1) this.stack.splice(at, 1);
    this.refreshInert();
  }

  /** Changes what Escape and arrows do in a scope. */
  configure(key: string, options: ScopeOptions): void {
    this.scope(key).options = options;
  }

  get top(): string | undefined {
    return this.stack[this.stack.length - 1];
  }

  private refreshInert(): void {
    const top = this.top;
    for (const [key, scope] of this.scopes) {
      const inert = top !== undefined && key !== top;
      scope.element.inert = inert;
      if (inert) scope.element.setAttribute('aria-hidden', 'true');
      else scope.element.removeAttribute('aria-hidden');
    }
  }

  private onKey(event: KeyboardEvent): void {
    const top = this.top;
    const scope = top === undefined ? undefined : this.scopes.get(top);
    if (!scope) return;
    const key = gameKey(event.key);
    if (isPress(key) && this.heldOver(event)) {
      // Not a button's click: the key was meant for the screen before this one.
      event.preventDefault();
      return;
    }
    if (key === 'Escape' && scope.options.onEscape) {
      event.preventDefault();
      scope.options.onEscape();
      return;
    }
    if (!scope.options.arrows) return;
    const step = key === undefined ? undefined : ARROW_STEPS[key];
    if (step === undefined) return;
    const buttons = [...scope.element.querySelectorAll<HTMLButtonElement>('button:not([disabled])')];
    if (buttons.length === 0) return;
    event.preventDefault();
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at === -1 ? (step > 0 ? 0 : buttons.length - 1) : (at + step + buttons.length) % buttons.length;
    buttons[next].focus();
  }

  /** The top scope is a question and this key was not pressed for it (a repeat, or pressed before it came up). */
  heldOver(event: KeyboardEvent): boolean {
    const top = this.top;
    const scope = top === undefined ? undefined : this.scopes.get(top);
    if (!scope?.options.deliberate) return false;
    return event.repeat || event.timeStamp < scope.enteredAt;
  }

  addControl(options: ControlOptions): A11yControl {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = options.label; // text, never HTML
    if (options.id) element.dataset.control = options.id;
    if (options.pressed !== undefined) element.setAttribute('aria-pressed', String(options.pressed));
    element.addEventListener('click', () => options.onActivate());
    if (options.onFocus) element.addEventListener('focus', options.onFocus);
    if (options.onBlur) element.addEventListener('blur', options.onBlur);
    this.scope(options.scope ?? DEFAULT_SCOPE).element.appendChild(element);
    return {
      element,
      setLabel: (label) => {
        element.textContent = label;
      },
      setDisabled: (disabled) => {
        element.disabled = disabled;
      },
      setPressed: (pressed) => element.setAttribute('aria-pressed', String(pressed)),
      focus: () => element.focus({ preventScroll: true }),
      remove: () => element.remove(),
    };
  }

  /**
   * Puts a richer element than a button (a table) in a scope: it goes inert with the scope and is
   * removed with it. Returns how to remove it sooner.
   */
  addElement(element: HTMLElement, scope?: string): () => void {
    this.scope(scope ?? DEFAULT_SCOPE).element.appendChild(element);
    return () => element.remove();
  }

  /** Replaces what the live region says: each line becomes a paragraph (as text). */
  announce(lines: readonly string[] | string): void {
    const list = typeof lines === 'string' ? [lines] : lines;
    this.live.replaceChildren(...list.map((line) => Object.assign(document.createElement('p'), { textContent: line })));
    this.liveOwner = this.top;
  }

  /** A short status ("Ballot 3 of 21 cast") that does not replace the main text. */
  setStatus(text: string): void {
    this.status.textContent = text;
    this.statusOwner = this.top;
  }

  /**
   * A scene is gone: what it said (or a menu of its own, `scene.menu`) is no longer on screen,
   * so it is no longer said either (the results' reasons in the next chapter, the title's
   * "Loading…" in the dialogue). What another scene said since stays.
   */
  forget(scene: string): void {
    const owns = (owner: string | undefined): boolean =>
      owner !== undefined && (owner === scene || owner.startsWith(`${scene}.`));
    if (owns(this.liveOwner)) {
      this.live.replaceChildren();
      this.liveOwner = undefined;
    }
    if (owns(this.statusOwner)) {
      this.status.textContent = '';
      this.statusOwner = undefined;
    }
  }

  /** Focuses the first enabled control of a scope (of the top scope by default). */
  focusFirst(key?: string): void {
    const scope = this.scopes.get(key ?? this.top ?? DEFAULT_SCOPE);
    scope?.element.querySelector<HTMLButtonElement>('button:not([disabled])')?.focus({ preventScroll: true });
  }

  /** Removes one scope's controls (and the scope from the stack), or every control. */
  clear(key?: string): void {
    if (key === undefined) {
      for (const scope of this.scopes.values()) scope.element.remove();
      this.scopes.clear();
      this.stack.length = 0;
      this.status.textContent = '';
      return;
    }
    const scope = this.scopes.get(key);
    if (scope) {
      scope.element.remove();
      this.scopes.delete(key);
    }
    this.leave(key);
  }
}

let shared: A11yLayer | undefined;

/** The one layer of the page. */
export function a11y(): A11yLayer {
  shared ??= new A11yLayer();
  return shared;
}
