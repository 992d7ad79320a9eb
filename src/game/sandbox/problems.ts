/**
 * Why a link or a file did not open: a card over the sandbox listing each reason in the
 * player's language, read aloud, closed with its button or Escape.
 */
import type Phaser from 'phaser';
import { a11y } from '../a11y/layer.ts';
import { Button } from '../ui/button.ts';
import { frame } from '../ui/layout.ts';
import { addPanel, addVeil } from '../ui/panel.ts';
import { addText } from '../ui/text.ts';
import type { SandboxState } from '../../sandbox/model.ts';
import { t } from '../../i18n/index.ts';

/** `title` names the card: by default why it did not open; a file opened with notes says so. */
export function showProblems(
  scene: Phaser.Scene,
  problems: readonly string[],
  _state: SandboxState,
  onClose: () => void,
  title = t('sandbox.problem.title'),
): void {
  const f = frame(scene);
  const width = Math.min(f.width - 60, 820);
  const parts: Phaser.GameObjects.GameObject[] = [];
  parts.push(addVeil(scene, 0.7).setDepth(50));
  const body = problems.map((p) => `• ${p}`).join('\n');
  const text = addText(scene, f.cx - width / 2 + 36, 0, body, { size: 19, wrap: width - 72, lineSpacing: 6 }).setDepth(
    52,
  );
  const height = Math.min(f.height - 60, text.height + 190);
  const top = f.cy - height / 2;
  parts.push(addPanel(scene, f.cx, f.cy, width, height).setDepth(51));
  parts.push(
    addText(scene, f.cx, top + 26, title, { size: 28, font: 'title', bold: true, origin: [0.5, 0] }).setDepth(52),
  );
  text.setY(top + 80);
  parts.push(text);
  const scope = `${scene.scene.key}-problems`;
  const close = (): void => {
    for (const p of parts) p.destroy();
    button.destroy();
    a11y().clear(scope); // the sandbox's own scope is on top again, with its Escape
    onClose();
  };
  a11y().enter(scope, { onEscape: close });
  const button = new Button(scene, {
    x: f.cx,
    y: top + height - 46,
    width: 240,
    height: 54,
    label: t('sandbox.problem.close'),
    id: 'sandbox.problems.close',
    scope,
    onActivate: close,
  });
  button.setDepth(53);
  a11y().announce([title, ...problems]);
  button.focus();
}
