/**
 * The voters of the election screen: every voter (a cast member, a lone voter or a group with
 * its count) stands in a grid that fills its area, each one's ballot can be opened (a press,
 * its button in the DOM layer, or the table's row for a large electorate), and each ballot
 * flies to the box when the vote is cast. Split from ElectionScene, which runs the vote.
 */
import Phaser from 'phaser';
import { a11y, type A11yControl } from '../a11y/layer.ts';
import { SceneKey } from '../keys.ts';
import { sizeImage } from '../ui/art-loader.ts';
import { touchHitSize } from '../ui/touch.ts';
import { voterTableElement } from '../a11y/voter-table.ts';
import { openVoterPanel } from './voter-panel.ts';
import { Ink, write, type Pen } from './draw/kit.ts';
import { animated, largestCell, VOTER_SHARE, voterArt, voterTextureSize } from './stage.ts';
import type { ScenarioWords } from '../../scenario/words.ts';
import type { VoterToken } from '../../present/count/voters.ts';
import { badgeCorner, badgeTextSize, droppedBallot } from '../../present/count/voter-marks.ts';
import { LARGE_ELECTORATE, moreRowsLabel, VOTER_TABLE_PAGE, voterTable } from '../../present/count/voter-table.ts';

interface Spot {
  readonly token: VoterToken;
  readonly x: number;
  readonly y: number;
  readonly size: number;
}

interface Area {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface CrowdSetup {
  readonly scene: Phaser.Scene;
  readonly pen: Pen;
  readonly words: ScenarioWords;
  readonly tokens: readonly VoterToken[];
  /** Opens a voter's ballot; `control` gets the focus back when it closes. */
  readonly open: (token: VoterToken, control: Pick<A11yControl, 'focus'>) => void;
}

/** The side of a voter's cell in the area (game pixels), and whether a finger can press each one. */
function crowdCell(scene: Phaser.Scene, area: Area, groups: number): { cell: number; fingerSized: boolean } {
  const n = Math.max(1, groups);
  let cell = largestCell(area.w, area.h, n);
  while (cell > 20 && Math.floor(area.w / cell) * Math.floor(area.h / cell) < n) cell -= 2;
  // On a touch screen a voter's cell (its hit area) is a finger's size whenever the crowd fits so.
  const reach = touchHitSize(scene.scale);
  if (cell < reach && Math.floor(area.w / reach) * Math.floor(area.h / reach) >= n) cell = reach;
  return { cell, fingerSized: cell >= reach };
}

/**
 * A large electorate whose cells are smaller than a finger on this touch screen: a touch on the
 * crowd opens the list of its groups (count/voter-panel.ts) instead of one tiny cell each.
 */
export function crowdByList(scene: Phaser.Scene, area: Area, groups: number): boolean {
  return groups > LARGE_ELECTORATE && !crowdCell(scene, area, groups).fingerSized;
}

/** Tokens in a grid that fills the area; returns where each stands. */
export function placeVoters(setup: CrowdSetup, area: Area): Spot[] {
  const { scene, pen, words, tokens, open } = setup;
  const n = Math.max(1, tokens.length);
  const { cell } = crowdCell(scene, area, n);
  const byList = crowdByList(scene, area, n);
  const cols = Math.max(1, Math.floor(area.w / cell));
  // The crowd stands in the middle of its area, not squeezed at the top.
  const usedH = Math.ceil(n / cols) * cell;
  const top = area.y + Math.max(0, (area.h - usedH) / 2);
  const size = cell * VOTER_SHARE;
  const px = voterTextureSize(tokens.length);
  const ring = scene.add.graphics().setDepth(10);
  const motion = animated();
  const large = tokens.length > LARGE_ELECTORATE;
  const focusRings = new Map<VoterToken, () => void>();
  const spots = tokens.map((token, i) => {
    const x = area.x + (i % cols) * cell + cell / 2;
    const y = top + Math.floor(i / cols) * cell + cell / 2;
    const look = words.voter(token.voter);
    const image = sizeImage(scene.add.image(x, y, voterArt(look, token.count, px).key), size);
    // The whole cell answers a press, not only the drawn voter (cells never overlap); the hit
    // area is in the texture's pixels, from its top-left corner.
    const kx = image.scaleX || 1;
    const ky = image.scaleY || 1;
    if (!byList)
      image.setInteractive({
        useHandCursor: true,
        hitArea: new Phaser.Geom.Rectangle(
          image.width / 2 - cell / (2 * kx),
          image.height / 2 - cell / (2 * ky),
          cell / kx,
          cell / ky,
        ),
        hitAreaCallback: Phaser.Geom.Rectangle.Contains,
      });
    if (motion)
      scene.tweens.add({
        targets: image,
        y: y - Math.max(2, size * 0.05),
        duration: 700 + ((i * 137) % 600),
        yoyo: true,
        repeat: -1,
        ease: 'Sine.easeInOut',
      });
    if (token.count > 1) {
      const corner = badgeCorner(x, y, size);
      const badge = write(pen, corner.x, corner.y, `×${token.count}`, {
        size: badgeTextSize(size),
        bold: true,
        colour: '#fff6e6',
      }).setOrigin(1, 1);
      // Above the ballots, flying or dropped (depth 5): nothing covers a group's count.
      badge.setBackgroundColor('#1d4e6b').setPadding(4, 1, 4, 1).setDepth(6);
    }
    const showFocus = (): void =>
      void ring
        .clear()
        .lineStyle(5, Ink.focus, 1)
        .strokeRoundedRect(x - cell / 2 + 2, y - cell / 2 + 2, cell - 4, cell - 4, 12);
    focusRings.set(token, showFocus);
    if (large) {
      // A touch or a click on the group opens its ballot; the keyboard opens it from the table's row.
      image.on('pointerup', () => open(token, { focus: () => undefined }));
      return { token, x, y, size };
    }
    const label =
      token.count > 1
        ? words.msg('count.election.openGroup', { voter: look.name, count: token.count })
        : words.msg('count.election.open', { voter: look.name });
    const control: A11yControl = a11y().addControl({
      label,
      id: `election.ballot.${token.voter}`,
      scope: SceneKey.Election,
      onActivate: () => open(token, control),
      onFocus: showFocus,
      onBlur: () => ring.clear(),
    });
    image.on('pointerup', () => open(token, control));
    return { token, x, y, size };
  });
  if (large) addVoterTable(setup, focusRings, () => ring.clear());
  if (byList) {
    // One target: the crowd as a whole, as wide and tall as it stands.
    const rows = Math.ceil(n / cols);
    const zone = scene.add.zone(area.x, top, Math.min(n, cols) * cell, rows * cell).setOrigin(0);
    zone.setInteractive({ useHandCursor: true });
    const table = voterTable(words, [...tokens]);
    let panelOpen = false;
    zone.on('pointerup', () => {
      if (panelOpen) return;
      panelOpen = true;
      openVoterPanel({
        scene,
        words,
        table,
        open: (token, back) => open(token, { focus: back }),
        onClose: () => (panelOpen = false),
      });
    });
  }
  return spots;
}

/**
 * A large electorate in the DOM layer: a table of its groups, largest first, instead of one
 * button per group (present/count/voter-table.ts).
 */
function addVoterTable(setup: CrowdSetup, focusRings: Map<VoterToken, () => void>, clearRing: () => void): void {
  const table = voterTable(setup.words, [...setup.tokens]);
  const element = voterTableElement({
    table,
    page: VOTER_TABLE_PAGE,
    moreLabel: (shown) => moreRowsLabel(setup.words, shown, table.rows.length),
    onOpen: (row, button) => setup.open(row.token, { focus: () => button.focus({ preventScroll: true }) }),
    onFocus: (row) => focusRings.get(row.token)?.(),
    onBlur: clearRing,
  });
  a11y().addElement(element, SceneKey.Election);
}

/** A voter's folded ballot flies into the box; `arrived` is called when it is in. */
export function flyToBox(
  scene: Phaser.Scene,
  s: Spot,
  box: { x: number; y: number },
  ballotKey: string,
  arrived: () => void,
): void {
  const ballot = sizeImage(scene.add.image(s.x, s.y - s.size * 0.3, ballotKey), Math.max(18, s.size * 0.36)).setDepth(
    5,
  );
  scene.tweens.add({
    targets: ballot,
    x: box.x,
    y: box.y - 60,
    angle: 200,
    duration: 750,
    ease: 'Sine.easeInOut',
    onComplete: () => {
      ballot.destroy();
      arrived();
    },
  });
}

/** With reduced motion: the voter's ballot simply lies folded beside them. */
/** `ballotKey`: the ballot's look (a folded paper, or a pebble: count/ballot-look.ts). */
export function dropInPlace(scene: Phaser.Scene, s: Spot, ballotKey: string): void {
  // In the corner away from the count badge (present/count/voter-marks.ts); none in a cell too small for both.
  const at = droppedBallot(s.x, s.y, s.size, s.token.count);
  if (at) sizeImage(scene.add.image(at.x, at.y, ballotKey), at.width).setDepth(5);
}
