import Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { bindScene } from '../bind.ts';
import { goTo, switchTo } from '../flow/navigate.ts';
import { BodyData, SceneKey } from '../keys.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { addText } from '../ui/text.ts';
import { Colours } from '../ui/theme.ts';
import { electionEntry, liveCount, type LiveResult } from '../../sandbox/live.ts';
import { moveItem, positionOf, type ItemRef, type SandboxState } from '../../sandbox/model.ts';
import type { MethodId } from '../../voting/method.ts';
import { SandboxActions } from '../sandbox/actions.ts';
import { itemKey, keyAction } from '../../present/sandbox/items.ts';
import { ItemControls } from '../sandbox/item-buttons.ts';
import { applyAction, type Edited } from '../../present/sandbox/edit.ts';
import { sandboxLayout, toPlane, type SandboxLayout } from '../../present/sandbox/layout.ts';
import { LivePanel } from '../sandbox/live-panel.ts';
import { PlaneView } from '../sandbox/plane-view.ts';
import { sandboxArt, startingState, type SandboxData } from '../sandbox/start.ts';
import { keepSandbox, sandboxSession } from '../sandbox/session.ts';
import { SandboxBody, ShareLink } from '../sandbox/share.ts';
import { YeeDriver } from '../sandbox/yee-driver.ts';
import { lang, nameOf } from '../../present/sandbox/words.ts';
import { loadArt } from '../ui/art-loader.ts';
import { showProblems } from '../sandbox/problems.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

/**
 * The sandbox: an opinion reef where the player places flags (candidates) and crowds (voters)
 * by hand — mouse, touch or keyboard — and every one-winner method's winner updates while
 * things move, with the disagreements marked, a Yee diagram on demand, and a way into the
 * full count. The state lives in src/sandbox (pure); this scene draws it and forwards input.
 */
export class SandboxScene extends Phaser.Scene {
  private state!: SandboxState;
  private layout!: SandboxLayout;
  private plane: PlaneView | undefined;
  private panel: LivePanel | undefined;
  private items: ItemControls | undefined;
  private actions: SandboxActions | undefined;
  private yee: YeeDriver | undefined;
  private share: ShareLink | undefined;
  private live: LiveResult | undefined;
  private selected: string | undefined;
  private dragging: ItemRef | undefined;
  private dirty = false;
  private alive = false;
  private updates = 0;
  private refreshTime = 0;

  constructor() {
    super(SceneKey.Sandbox);
  }

  create(data: SandboxData = {}): void {
    this.alive = true;
    this.plane = undefined;
    this.updates = 0;
    this.refreshTime = 0;
    const binding = bindScene(this);
    binding.enterA11y({ onEscape: () => this.leave() });
    binding.listen(window, 'keydown', (event) => this.onKey(event));
    binding.onDisplay((now, before) => {
      if (now.language !== before.language || now.textSize !== before.textSize) this.rebuild();
    });
    binding.onShutdown(() => this.shutdown());
    this.cameras.main.setBackgroundColor(Colours.sea);
    const f = frame(this);
    const loading = addText(this, f.cx, f.cy, t('sandbox.loading'), {
      size: 24,
      color: Colours.textOnDark,
      origin: [0.5, 0.5],
    });
    void startingState(data).then(async ({ state, problems }) => {
      await loadArt(this, sandboxArt(state));
      if (!this.alive) return;
      loading.destroy();
      this.state = state;
      const kept = sandboxSession().selected;
      this.selected = kept && this.exists(kept) ? kept : itemKey({ kind: 'flag', id: state.flags[0].id });
      this.build();
      if (problems.length > 0) showProblems(this, problems, state, () => this.items?.focus(this.selected ?? ''));
      else if (data.notes)
        showProblems(this, data.notes.lines, state, () => this.items?.focus(this.selected ?? ''), data.notes.title);
    });
  }

  private exists(key: string): boolean {
    const [kind, id] = key.split(':');
    return kind === 'flag' ? this.state.flags.some((f) => f.id === id) : this.state.crowds.some((c) => c.id === id);
  }

  private build(): void {
    const f = frame(this);
    this.layout = sandboxLayout(f, this.state.dimensions);
    addText(this, 24, 14, nameOf(this.state.title), {
      size: 26,
      font: 'title',
      bold: true,
      color: Colours.titleText,
      wrap: f.width - 260,
    });
    new Button(this, {
      x: f.width - 100,
      y: 34,
      width: 168,
      height: 46,
      fontSize: 18,
      label: t('sandbox.back'),
      id: 'sandbox.back',
      onActivate: () => this.leave(),
    });
    this.items = new ItemControls(this.scene.key, (ref) => this.select(itemKey(ref)));
    this.plane = new PlaneView(this, this.layout.plane);
    this.plane.drawGround(this.state.axes.map((a) => nameOf(a)));
    this.panel = new LivePanel(this, this.layout.panel, (method) => this.openCount(method));
    this.yee = new YeeDriver(this, this.layout, () => this.helpText());
    this.share = new ShareLink();
    this.actions = new SandboxActions(this, this.layout, {
      get: () => ({
        state: this.state,
        selected: this.selected,
        yee: this.yee?.method,
        methods: this.live?.lines.map((l) => l.method) ?? [],
      }),
      edit: (edited) => this.apply(edited),
      replace: (state, notes) => this.replace(state, notes),
      setYee: (method) => {
        this.yee?.setMethod(method);
        this.dirty = true;
      },
      openResults: () => this.openCount(),
      problems: (lines) => showProblems(this, lines, this.state, () => this.items?.focus(this.selected ?? '')),
      share: this.share,
    });
    this.bindPointer();
    const { x, y, w, h } = this.layout.plane;
    probe.set(SandboxBody.plane, { x, y, w, h, width: f.width, height: f.height });
    this.dirty = true;
    this.refresh();
    this.items.focus(this.selected ?? '');
    probe.set(BodyData.ready, SceneKey.Sandbox);
  }

  /** A new language or text size: the same state, drawn again. */
  private rebuild(): void {
    if (!this.state) return;
    keepSandbox({ state: this.state, selected: this.selected, yee: this.yee?.method });
    this.scene.restart({ resume: true });
  }

  private helpText(): string {
    return t('sandbox.help');
  }

  private select(key: string): void {
    if (this.selected === key) return;
    this.selected = key;
    this.dirty = true;
  }

  private apply(edited: Edited): void {
    this.state = edited.state;
    if (edited.selected) this.selected = edited.selected;
    this.dirty = true;
    this.refresh();
    if (edited.selected) this.items?.focus(edited.selected);
    if (edited.message) a11y().setStatus(edited.message);
  }

  /** A whole new state (a preset, a file, another dimension): the screen is laid out again. */
  private replace(state: SandboxState, notes?: SandboxData['notes']): void {
    keepSandbox({ state, selected: undefined, yee: this.yee?.method });
    this.scene.restart({ resume: true, ...(notes ? { notes } : {}) } satisfies SandboxData);
  }

  private bindPointer(): void {
    this.input.on(Phaser.Input.Events.POINTER_DOWN, (pointer: Phaser.Input.Pointer) => {
      const hit = this.plane?.hit(this.state, pointer.x, pointer.y);
      if (!hit) return;
      this.dragging = hit;
      this.select(itemKey(hit));
    });
    this.input.on(Phaser.Input.Events.POINTER_MOVE, (pointer: Phaser.Input.Pointer) => {
      if (!this.dragging || !pointer.isDown || !this.plane) return;
      const next = moveItem(this.state, this.dragging, toPlane(this.plane.box, pointer.x, pointer.y));
      if (positionOf(next, this.dragging)?.join() === positionOf(this.state, this.dragging)?.join()) return;
      this.state = next;
      this.dirty = true;
    });
    const drop = (): void => {
      if (!this.dragging) return;
      const ref = this.dragging;
      this.dragging = undefined;
      this.refresh();
      a11y().setStatus(
        t('sandbox.moved', { name: this.nameOfRef(ref), position: (positionOf(this.state, ref) ?? []).join(', ') }),
      );
      if (this.live && this.panel) a11y().announce(this.panel.summaryLines(this.live, this.state));
    };
    this.input.on(Phaser.Input.Events.POINTER_UP, drop);
    this.input.on(Phaser.Input.Events.POINTER_UP_OUTSIDE, drop);
  }

  private nameOfRef(ref: ItemRef): string {
    const item =
      ref.kind === 'flag'
        ? this.state.flags.find((f) => f.id === ref.id)
        : this.state.crowds.find((c) => c.id === ref.id);
    return item ? nameOf(item.name) : ref.id;
  }

  private onKey(event: KeyboardEvent): void {
    const key = this.items?.focusedItem();
    if (!key || event.ctrlKey || event.metaKey || event.altKey) return;
    const action = keyAction(event, this.state.dimensions);
    if (!action) return;
    event.preventDefault();
    const [kind, id] = key.split(':') as ['flag' | 'crowd', string];
    const edited = applyAction(this.state, { kind, id }, action);
    this.apply(edited);
    if (this.live && this.panel && action.kind !== 'nudge')
      a11y().announce(this.panel.summaryLines(this.live, this.state));
  }

  override update(): void {
    if (this.dirty) this.refresh();
  }

  /** Counts the current state once and redraws everything that shows it. */
  private refresh(): void {
    if (!this.dirty || !this.plane || !this.panel) return;
    this.dirty = false;
    const started = performance.now();
    const state = this.state;
    this.live = liveCount(state);
    this.updates++;
    const yeeFlag = this.yee?.flagFor(state, this.selected);
    this.plane.draw(state, this.selected, yeeFlag, lang());
    this.panel.update(this.live, state);
    this.items?.sync(state);
    this.actions?.refresh();
    this.yee?.request(state, this.selected, this.dragging !== undefined);
    this.share?.update(state);
    keepSandbox({ state, selected: this.selected });
    probe.set(SandboxBody.winners, Object.fromEntries(this.live.lines.map((l) => [l.method, l.winners])));
    probe.set(SandboxBody.updates, this.updates);
    probe.set(SandboxBody.positions, Object.fromEntries(state.flags.map((f) => [f.id, f.position])));
    this.refreshTime += performance.now() - started;
    probe.set(SandboxBody.refreshMs, this.refreshTime.toFixed(2));
  }

  /** The full count of the same election: the comparison, or one method's count. */
  private openCount(method?: MethodId): void {
    if (!this.live) return;
    keepSandbox({ state: this.state, selected: this.selected, yee: this.yee?.method });
    const data = {
      entry: electionEntry(this.live),
      scenario: this.live.scenario,
      lang: lang(),
      returnTo: SceneKey.Sandbox,
    };
    void goTo(this, method ? SceneKey.Count : SceneKey.Results, method ? { ...data, method } : data);
  }

  private leave(): void {
    keepSandbox({ state: this.state });
    this.share?.clear();
    void switchTo(this.game, SceneKey.Title);
  }

  private shutdown(): void {
    this.alive = false;
    this.dragging = undefined;
    this.items?.destroy();
    this.panel?.destroy();
    this.yee?.destroy();
    this.share?.flush();
    for (const key of Object.values(SandboxBody)) probe.clear(key);
  }
}
