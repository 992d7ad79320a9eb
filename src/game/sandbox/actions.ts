/**
 * The sandbox's buttons: under the plane, the tools for the selected item (add, remove, size,
 * spread, strategy, one or two axes); beside the panel, the whole sandbox's actions (full
 * count, Yee diagram, strategies, share, download, open, next example).
 */
import type Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { t } from '../../i18n/index.ts';
import { ENCODING_LABELS } from '../../voting/io/index.ts';
import type { MethodId } from '../../voting/method.ts';
import { withDimensions, type SandboxState } from '../../sandbox/model.ts';
import { openScenarioText, problemText } from '../../sandbox/open.ts';
import { toScenario } from '../../sandbox/scenario.ts';
import { addNear, nextStrategy, removeRef, reshape, strategyText, type Edited } from '../../present/sandbox/edit.ts';
import { copyText, downloadText, fileStem, pickTextFile } from './files.ts';
import type { SandboxLayout } from '../../present/sandbox/layout.ts';
import { openPreset, presetNames } from './presets.ts';
import type { ShareLink } from './share.ts';
import type { SandboxData } from './start.ts';
import { Toolbar } from './toolbar.ts';
import { bothNames, lang, methodName, nameOf } from '../../present/sandbox/words.ts';

/** The Yee diagram's methods, in the order the button goes through them (fast ones first). */
const YEE_ORDER: readonly MethodId[] = [
  'plurality',
  'irv',
  'schulze',
  'approval',
  'score',
  'two-round',
  'borda',
  'copeland',
  'minimax',
  'ranked-pairs',
  'star',
  'majority-judgment',
  'coombs',
  'bucklin',
  'anti-plurality',
  'baldwin',
  'nanson',
  'black',
  'kemeny-young',
];

interface ActionContext {
  get(): { state: SandboxState; selected: string | undefined; yee: MethodId | undefined; methods: readonly MethodId[] };
  edit(edited: Edited): void;
  /** A whole new state; `notes`, what the file it came from needs to say, shown once it is drawn. */
  replace(state: SandboxState, notes?: SandboxData['notes']): void;
  setYee(method: MethodId | undefined): void;
  openResults(): void;
  problems(lines: readonly string[]): void;
  readonly share: ShareLink;
}

export class SandboxActions {
  private readonly tools: Toolbar;
  private readonly actions: Toolbar;

  constructor(
    scene: Phaser.Scene,
    layout: SandboxLayout,
    private readonly context: ActionContext,
  ) {
    const crowdOf = (): string | undefined => {
      const selected = context.get().selected;
      return selected?.startsWith('crowd:') ? selected.slice(6) : undefined;
    };
    const refOf = () => {
      const selected = context.get().selected ?? '';
      const [kind, id] = selected.split(':') as ['flag' | 'crowd', string];
      return { kind, id };
    };
    const at = (): readonly number[] | undefined => {
      const { state } = context.get();
      const { kind, id } = refOf();
      return kind === 'flag'
        ? state.flags.find((f) => f.id === id)?.position
        : state.crowds.find((c) => c.id === id)?.centre;
    };
    const onCrowd = (change: (state: SandboxState, id: string) => Edited) => () => {
      const id = crowdOf();
      if (id) context.edit(change(context.get().state, id));
    };
    this.tools = new Toolbar(
      scene,
      layout.tools,
      [
        {
          id: 'sandbox.addFlag',
          label: t('sandbox.addFlag'),
          onActivate: () => context.edit(addNear(context.get().state, 'flag', at())),
        },
        {
          id: 'sandbox.addCrowd',
          label: t('sandbox.addCrowd'),
          onActivate: () => context.edit(addNear(context.get().state, 'crowd', at())),
        },
        {
          id: 'sandbox.remove',
          label: t('sandbox.remove'),
          onActivate: () => context.edit(removeRef(context.get().state, refOf())),
        },
        { id: 'sandbox.dimensions', label: '', onActivate: () => this.toggleDimensions() },
        {
          id: 'sandbox.sizeLess',
          label: t('sandbox.sizeLess'),
          onActivate: onCrowd((s, id) => reshape(s, id, { size: -5 })),
        },
        {
          id: 'sandbox.sizeMore',
          label: t('sandbox.sizeMore'),
          onActivate: onCrowd((s, id) => reshape(s, id, { size: 5 })),
        },
        {
          id: 'sandbox.spreadLess',
          label: t('sandbox.spreadLess'),
          onActivate: onCrowd((s, id) => reshape(s, id, { spread: -2 })),
        },
        {
          id: 'sandbox.spreadMore',
          label: t('sandbox.spreadMore'),
          onActivate: onCrowd((s, id) => reshape(s, id, { spread: 2 })),
        },
        { id: 'sandbox.strategy', label: '', onActivate: onCrowd((s, id) => nextStrategy(s, id)) },
      ],
      3,
    );
    this.actions = new Toolbar(
      scene,
      layout.actions,
      [
        { id: 'sandbox.fullCount', label: t('sandbox.fullCount'), onActivate: () => context.openResults() },
        { id: 'sandbox.yee', label: '', onActivate: () => this.nextYee(), span: 2 },
        { id: 'sandbox.strategies', label: '', onActivate: () => this.toggleStrategies() },
        { id: 'sandbox.share', label: t('sandbox.share'), onActivate: () => void this.copyLink() },
        { id: 'sandbox.download', label: t('sandbox.download'), onActivate: () => this.download() },
        { id: 'sandbox.openFile', label: t('sandbox.openFile'), onActivate: () => void this.openFile() },
        { id: 'sandbox.preset', label: t('sandbox.presetNext'), onActivate: () => void this.nextPreset() },
      ],
      4,
    );
  }

  /** Labels and availability follow the state and the selection. */
  refresh(): void {
    const { state, selected, yee } = this.context.get();
    const crowd = selected?.startsWith('crowd:') ? state.crowds.find((c) => c.id === selected.slice(6)) : undefined;
    for (const id of [
      'sandbox.sizeLess',
      'sandbox.sizeMore',
      'sandbox.spreadLess',
      'sandbox.spreadMore',
      'sandbox.strategy',
    ])
      this.tools.enable(id, crowd !== undefined);
    this.tools.enable('sandbox.strategy', crowd !== undefined && state.strategies);
    this.tools.label(
      'sandbox.strategy',
      crowd ? strategyText(nameOf(crowd.name), crowd.strategy) : t('sandbox.strategies'),
    );
    this.tools.label('sandbox.dimensions', t(state.dimensions === 2 ? 'sandbox.oneAxis' : 'sandbox.twoAxes'));
    this.actions.label(
      'sandbox.yee',
      yee ? t('sandbox.yee.method', { method: methodName(yee) }) : t('sandbox.yee.none'),
    );
    this.actions.label('sandbox.strategies', t(state.strategies ? 'sandbox.strategiesOn' : 'sandbox.strategiesOff'));
  }

  private toggleDimensions(): void {
    const { state } = this.context.get();
    this.context.replace(withDimensions(state, state.dimensions === 2 ? 1 : 2, bothNames('sandbox.secondAxis', {})));
  }

  private toggleStrategies(): void {
    const { state } = this.context.get();
    const strategies = !state.strategies;
    this.context.edit({
      state: { ...state, strategies },
      message: t(strategies ? 'sandbox.strategiesOn' : 'sandbox.strategiesOff'),
    });
  }

  private nextYee(): void {
    const { yee, methods } = this.context.get();
    const order = YEE_ORDER.filter((m) => methods.includes(m));
    const next = yee === undefined ? order[0] : order[order.indexOf(yee) + 1];
    this.context.setYee(next);
    this.refresh();
    a11y().setStatus(next ? t('sandbox.yee.method', { method: methodName(next) }) : t('sandbox.yee.none'));
  }

  private async copyLink(): Promise<void> {
    const copied = await copyText(this.context.share.url());
    a11y().setStatus(t(copied ? 'sandbox.shared' : 'sandbox.shareManual'));
    a11y().announce(t(copied ? 'sandbox.shared' : 'sandbox.shareManual'));
  }

  private download(): void {
    const { state } = this.context.get();
    const file = `${fileStem(state.title.fr)}.json`;
    downloadText(file, `${JSON.stringify(toScenario(state), null, 2)}\n`);
    a11y().setStatus(t('sandbox.downloaded', { file }));
  }

  private async openFile(): Promise<void> {
    const picked = await pickTextFile();
    if (!picked) return;
    if ('refused' in picked) {
      this.context.problems([t(picked.refused, lang())]);
      return;
    }
    const opened = openScenarioText(picked.text);
    if ('state' in opened) {
      // Which encoding was read, when it was not UTF-8, and the file's warnings are shown on a
      // card the player closes, not only said in the status line.
      const encoding =
        picked.encoding === 'utf-8'
          ? []
          : [t('files.decode.readAs', { file: picked.name, encoding: ENCODING_LABELS[picked.encoding] }, lang())];
      const notes = [...encoding, ...(opened.notes ?? []).map((p) => problemText(p, lang(), picked.name))];
      a11y().setStatus([t('sandbox.opened', { title: nameOf(opened.state.title) }), ...notes].join(' '));
      this.context.replace(
        opened.state,
        notes.length > 0
          ? { title: t('inputNotes.sandbox.title', { title: nameOf(opened.state.title) }, lang()), lines: notes }
          : undefined,
      );
    } else this.context.problems(opened.problems.map((p) => problemText(p, lang(), picked.name)));
  }

  private async nextPreset(): Promise<void> {
    const names = presetNames();
    const current = names.indexOf(this.context.get().state.preset ?? '');
    const opened = await openPreset(names[(current + 1) % names.length]);
    if (opened && 'state' in opened) {
      a11y().setStatus(t('sandbox.preset', { title: nameOf(opened.state.title) }));
      this.context.replace(opened.state);
    }
  }
}
