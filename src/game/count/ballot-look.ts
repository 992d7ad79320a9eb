/**
 * How a vote looks where the story casts it (src/present/flow/scene-set.ts): pebbles dropped into
 * the conch when the chapter's scene says so (chapter 1), papers into the ballot box elsewhere, and
 * the scene's light (the sunset of chapter 1's real vote) over the council's rocks. The Election
 * scene asks this module which textures to use and draws the light with it.
 */
import type Phaser from 'phaser';
import { ArtKey } from '../art/index.ts';
import { activePlay } from '../flow/play.ts';
import { ballotLook, electionSet, PLAIN_SET, type BallotLook, type SceneSet } from '../../present/flow/scene-set.ts';
import { probe } from '../../probe.ts';
import type { SvgArt } from '../ui/art-loader.ts';
import { frame } from '../ui/layout.ts';
import { drawSceneLight } from '../ui/scene-light.ts';
import { CONCH_ART, CONCH_FULL_ART, PEBBLE_ART } from '../ui/scene-props.ts';
import type { ElectionData } from './data.ts';

export interface VoteLook {
  readonly set: SceneSet;
  /** What the ballots are and where they go (pebbles in the conch, papers in a box): the texts name them. */
  readonly ballots: BallotLook;
  readonly box: string;
  readonly boxFull: string;
  readonly ballot: string;
  /** Textures to load besides the box's usual ones. */
  readonly art: readonly SvgArt[];
}

/** The vote's scene: from the story being played (a classroom or sandbox vote has none: a plain day). */
export function voteLook(data: ElectionData): VoteLook {
  const play = activePlay();
  const set =
    play && play.scenario === data.scenario ? electionSet(play.player.runner.transcript, data.entry) : PLAIN_SET;
  const look = ballotLook(set);
  const conch = look.box === 'conch';
  const pebble = look.ballot === 'pebble';
  return {
    set,
    ballots: look,
    box: conch ? ArtKey.ui.conch : ArtKey.ui.ballotBox,
    boxFull: conch ? ArtKey.ui.conchFull : ArtKey.ui.ballotBoxFull,
    ballot: pebble ? ArtKey.ui.pebble : ArtKey.ui.ballotFolded,
    art: [...(conch ? [CONCH_ART, CONCH_FULL_ART] : []), ...(pebble ? [PEBBLE_ART] : [])],
  };
}

/** The light over the background (drawn once, right above it), and the probe that says what was drawn. */
export function drawVoteScene(scene: Phaser.Scene, look: VoteLook): void {
  drawSceneLight(scene.add.graphics(), frame(scene), look.set);
  probe.set('sceneLight', look.set.time);
  probe.set('ballotLook', look.ballots.box);
}
