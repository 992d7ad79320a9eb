/**
 * A chapter file dropped anywhere on the game is opened and played (chapter-open.ts, loaded
 * only then). Without this the browser would navigate to the file and leave the game. One
 * chapter at a time (a chapter source may come with its English table, `.en.txt`).
 */
import type Phaser from 'phaser';
import { probe } from '../../probe.ts';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function installChapterDrop(game: Phaser.Game, target: Window = window): void {
  target.addEventListener('dragover', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    probe.set('chapterDrop', 'over');
  });
  target.addEventListener('dragleave', () => probe.clear('chapterDrop'));
  target.addEventListener('drop', (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    probe.clear('chapterDrop');
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length === 0) return;
    void import('./chapter-open.ts').then((open) => open.openAndPlay(game, files));
  });
}
