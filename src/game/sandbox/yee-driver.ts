/**
 * When and what to draw as a Yee diagram. The diagram depends on everything but the moving
 * flag's own place, so dragging that flag costs nothing; moving anything else asks the pool
 * for a new diagram (at most every THROTTLE_MS while dragging: the coarse image follows the
 * hand, the fine one comes when it stops).
 */
import type Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import type { SandboxState } from '../../sandbox/model.ts';
import type { MethodId } from '../../voting/method.ts';
import { yeeChecksum } from '../../sandbox/yee/job.ts';
import { browserYeePool, cancelYee } from '../../workers/spawn.ts';
import { COARSE_FACTOR, type YeeProgress } from '../../workers/yee-pool.ts';
import type { SandboxLayout } from '../../present/sandbox/layout.ts';
import { keepSandbox, sandboxSession } from './session.ts';
import { SandboxBody } from './share.ts';
import { flagName, methodName } from '../../present/sandbox/words.ts';
import { SHADER_METHODS, YeeShader } from './yee-shader.ts';
import { YeeView } from './yee-view.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/index.ts';

const THROTTLE_MS = 90;

type Drawn = { readonly state: SandboxState; readonly flag: string; readonly method: MethodId };

const FINE = 200;

export class YeeDriver {
  method: MethodId | undefined;
  private readonly view: YeeView;
  private key = '';
  private last = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiting: { state: SandboxState; flag: string } | undefined;
  private status: 'coarse' | 'fine' | 'error' | undefined;
  private shown: Drawn | undefined;
  private shader: YeeShader | null | undefined;
  private fineTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    scene: Phaser.Scene,
    layout: SandboxLayout,
    private readonly help: () => string,
  ) {
    this.view = new YeeView(scene, layout.plane, layout.legend);
    this.method = sandboxSession().yee;
    this.view.drawLegend(undefined, undefined, help());
  }

  /** The flag the diagram moves: the selected one, else the first. */
  flagFor(state: SandboxState, selected: string | undefined): string {
    const id = selected?.startsWith('flag:') ? selected.slice(5) : undefined;
    return id && state.flags.some((f) => f.id === id) ? id : state.flags[0].id;
  }

  setMethod(method: MethodId | undefined): void {
    this.method = method;
    keepSandbox({ yee: method });
    this.key = '';
    if (!method) {
      this.view.clear();
      this.shown = undefined;
      this.status = undefined;
      this.view.drawLegend(undefined, undefined, this.help());
      probe.clear(SandboxBody.yee);
    }
  }

  /** What the diagram depends on: everything except the moving flag's position. */
  private keyOf(state: SandboxState, flag: string): string {
    const { flags, crowds, approvalRadius, gradeBands, dimensions } = state;
    return JSON.stringify([
      this.method,
      flag,
      dimensions,
      approvalRadius,
      gradeBands,
      flags.map((f) => (f.id === flag ? f.id : [f.id, f.position])),
      crowds.map((c) => [c.centre, c.spread, c.size]),
    ]);
  }

  request(state: SandboxState, selected: string | undefined, dragging: boolean): void {
    if (!this.method) return;
    const flag = this.flagFor(state, selected);
    const key = this.keyOf(state, flag);
    if (key === this.key) return;
    this.waiting = { state, flag };
    const wait = dragging ? THROTTLE_MS - (performance.now() - this.last) : 0;
    if (wait > 0) {
      this.timer ??= setTimeout(() => {
        this.timer = undefined;
        if (this.waiting) this.start(this.waiting.state, this.waiting.flag);
      }, wait);
      return;
    }
    this.start(state, flag);
  }

  private start(state: SandboxState, flag: string): void {
    const method = this.method;
    if (!method) return;
    this.waiting = undefined;
    this.key = this.keyOf(state, flag);
    this.last = performance.now();
    const request = { state, flag, method };
    const height = state.dimensions === 1 ? 1 : FINE;
    if (this.onGpu(request, height)) return;
    browserYeePool().draw(
      { ...request, width: FINE, height },
      (progress) => this.receive(request, progress),
      () => {
        this.status = 'error';
        this.view.drawLegend(request, 'error', this.help());
      },
    );
    if (this.shown?.flag !== flag || this.shown.method !== method) this.view.clear();
    this.status = 'coarse';
    this.view.drawLegend(request, 'coarse', this.help());
  }

  /** Plurality, approval and score on WebGL2: coarse now, fine on the next turn (unless replaced). */
  private onGpu(request: Drawn, height: number): boolean {
    if (!SHADER_METHODS.includes(request.method)) return false;
    this.shader ??= YeeShader.create() ?? null;
    const shader = this.shader;
    if (!shader) return false;
    const key = this.key;
    const coarse = shader.draw(
      request.state,
      request.flag,
      request.method,
      FINE / COARSE_FACTOR,
      height === 1 ? 1 : FINE / COARSE_FACTOR,
    );
    if (!coarse) return false;
    cancelYee();
    this.status = 'coarse';
    this.receive(request, { pass: 'coarse', done: true, image: coarse }, 'gpu');
    clearTimeout(this.fineTimer);
    this.fineTimer = setTimeout(() => {
      const fine =
        this.key === key ? shader.draw(request.state, request.flag, request.method, FINE, height) : undefined;
      if (fine) this.receive(request, { pass: 'fine', done: true, image: fine }, 'gpu');
    }, 0);
    return true;
  }

  private receive(request: Drawn, progress: YeeProgress, path: 'gpu' | 'workers' = 'workers'): void {
    if (!progress.done) return;
    // The fine image may be on screen already if a coarse one of the same diagram comes late.
    if (progress.pass === 'coarse' && this.status === 'fine') return;
    this.view.paint(progress.image, request.state);
    this.shown = request;
    const previous = this.status;
    this.status = progress.pass;
    if (progress.pass === 'fine' || previous !== progress.pass)
      this.view.drawLegend(request, progress.pass, this.help());
    probe.set(
      SandboxBody.yee,
      `${progress.pass}:${request.method}:${request.flag}:${path}:${yeeChecksum(progress.image.codes)}`,
    );
    if (progress.pass === 'fine')
      a11y().setStatus(
        t('sandbox.yee.ready', { method: methodName(request.method), flag: flagName(request.state, request.flag) }),
      );
  }

  destroy(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    clearTimeout(this.fineTimer);
    cancelYee();
    this.view.destroy();
  }
}
