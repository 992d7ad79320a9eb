/**
 * The top of the election screen: the reef behind, the vote's scene (the conch or the box, as
 * the chapter sets it), then a name as the title (one line, smaller if need be), the prompt's
 * words below it, and the legend under whatever height they took: nothing overlaps, whatever
 * the language or screen. What is below starts at `top + legendH`.
 */
import type Phaser from 'phaser';
import { electionHeading } from '../../present/count/election-heading.ts';
import type { ElectionEntry } from '../../scenario/transcript.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import { ArtKey } from '../art/index.ts';
import { frame } from '../ui/layout.ts';
import { drawVoteScene, type VoteLook } from './ballot-look.ts';
import { typeScale, write, type Pen } from './draw/kit.ts';
import { drawLegend } from './stage.ts';

export function drawElectionTop(
  scene: Phaser.Scene,
  pen: Pen,
  words: ScenarioWords,
  look: VoteLook,
  entry: ElectionEntry,
): { readonly prompt: string; readonly top: number; readonly legendH: number } {
  const f = frame(scene);
  const bg = scene.add.image(f.cx, f.cy, ArtKey.background['reef-council']);
  bg.setScale(Math.max(f.width / bg.width, f.height / bg.height));
  drawVoteScene(scene, look);
  scene.add.rectangle(0, 0, f.width, f.height, 0x0b2233, 0.35).setOrigin(0);
  const prompt = entry.prompt ? words.text(entry.prompt) : words.msg('count.election.title');
  const heading = electionHeading(prompt, words.msg('count.election.title'));
  const title = write(pen, 30, 14, heading.title, {
    size: 30,
    bold: true,
    title: true,
    colour: '#fff6e6',
    width: f.width - 60,
  });
  // One line: a long name shrinks, never below what the text size (and the screen's floor) asks.
  const k = typeScale(pen);
  for (let size = 30; title.height > 44 * k && size > 20; size -= 2) title.setFontSize(Math.round(size * k));
  let top = title.y + title.height + 4;
  if (heading.detail) {
    const detail = write(pen, 30, top, heading.detail, { size: 19, colour: '#fff6e6', width: f.width - 60 });
    top = detail.y + detail.height + 6;
  }
  const legendH = drawLegend(pen, words, 30, top, f.width - 60, '#fff6e6');
  return { prompt, top, legendH };
}
