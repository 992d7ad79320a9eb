/**
 * The two panels of opening a chapter file: "Open a chapter" (the button that opens the system's
 * picker, and the reminder that a file can be dropped on the game), and the list of a refused
 * file's problems, each with its line and column, with a way to choose the fixed file.
 */
import type Phaser from 'phaser';
import type { ChapterProblems } from '../flow/chapter-open.ts';
import { pickFile } from '../flow/file-picker.ts';
import { SceneKey } from '../keys.ts';
import { MenuPanel } from './menu-panel.ts';
import { probe } from '../../probe.ts';
import { t } from '../../i18n/first-screen.ts';

export interface Closable {
  destroy(): void;
}

interface PanelActions {
  readonly onClose: () => void;
  readonly onFile: (files: File[]) => void;
}

/** As many problems as the panel holds on a small screen; the rest are counted. */
const PROBLEMS_SHOWN = 6;

export function openFilePanel(scene: Phaser.Scene, actions: PanelActions): Closable {
  return new MenuPanel(scene, {
    title: t('chapterFile.pickTitle'),
    body: `${t('chapterFile.pickBody')}\n\n${t('chapterFile.dropHint')}`,
    bodySize: 22,
    scope: `${SceneKey.Chapters}.file`,
    onEscape: actions.onClose,
    items: [
      { label: t('chapterFile.choose'), id: 'chapterFile.choose', onActivate: () => pickFile(actions.onFile) },
      { label: t('common.back'), id: 'chapterFile.back', onActivate: actions.onClose },
    ],
  });
}

export function openProblemsPanel(scene: Phaser.Scene, problems: ChapterProblems, actions: PanelActions): Closable {
  const shown = problems.lines.slice(0, PROBLEMS_SHOWN);
  const rest = problems.lines.length - shown.length;
  const body = [
    t('chapterFile.problemsCount', { count: problems.lines.length }),
    ...shown.map((l) => `• ${l}`),
    ...(rest > 0 ? [t('chapterFile.more', { count: rest })] : []),
  ].join('\n');
  probe.set('chapterProblems', problems.lines.length);
  const panel = new MenuPanel(scene, {
    title: t('chapterFile.problemsTitle', { name: problems.name }),
    body,
    bodyAlign: 'left',
    bodySize: 20,
    scope: `${SceneKey.Chapters}.problems`,
    onEscape: actions.onClose,
    items: [
      { label: t('chapterFile.choose'), id: 'chapterFile.choose', onActivate: () => pickFile(actions.onFile) },
      { label: t('common.back'), id: 'chapterFile.back', onActivate: actions.onClose },
    ],
  });
  return {
    destroy: () => {
      probe.clear('chapterProblems');
      panel.destroy();
    },
  };
}
