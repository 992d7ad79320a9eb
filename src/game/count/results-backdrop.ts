/**
 * Where the results stand: the place the vote was cast, in its light (a sunset, a night), as the
 * story left it (src/present/flow/scene-set.ts), not always the council's underwater rocks. A
 * classroom or sandbox vote, or a place without a picture, keeps the usual backdrop in daylight.
 */
import type Phaser from 'phaser';
import { ArtKey, type BackgroundName } from '../art/index.ts';
import { activePlay } from '../flow/play.ts';
import { backgroundArt, isBackground } from '../flow/beat-art.ts';
import { electionPlace, electionSet, PLAIN_SET, type SceneSet } from '../../present/flow/scene-set.ts';
import { probe } from '../../probe.ts';
import type { SvgArt } from '../ui/art-loader.ts';
import { frame } from '../ui/layout.ts';
import { drawSceneLight } from '../ui/scene-light.ts';
import type { ElectionData } from './data.ts';
import { BACKDROP } from './stage.ts';

export interface ResultsBackdrop {
  readonly place: BackgroundName;
  readonly set: SceneSet;
  /** The background to load before the results are drawn. */
  readonly art: SvgArt;
}

export function resultsBackdrop(scene: Phaser.Scene, data: ElectionData): ResultsBackdrop {
  const play = activePlay();
  const story = play && play.scenario === data.scenario ? play.player.runner.transcript : undefined;
  const where = story ? electionPlace(story, data.entry) : undefined;
  const place = isBackground(where) ? where : BACKDROP;
  const f = frame(scene);
  return {
    place,
    set: story ? electionSet(story, data.entry) : PLAIN_SET,
    art: backgroundArt(place, f.width, f.height),
  };
}

/** The place's background covering the frame, its light over it, and the probe that says which. */
export function drawResultsBackdrop(scene: Phaser.Scene, backdrop: ResultsBackdrop): void {
  const f = frame(scene);
  const bg = scene.add.image(f.cx, f.cy, ArtKey.background[backdrop.place]);
  bg.setScale(Math.max(f.width / bg.width, f.height / bg.height));
  drawSceneLight(scene.add.graphics(), f, backdrop.set);
  probe.set('resultsBackdrop', `${backdrop.place}:${backdrop.set.time}`);
}
