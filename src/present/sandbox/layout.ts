/**
 * Where everything goes, for the 16:9 frame and the portrait one: the plane (a square, or a
 * band for one axis), the live panel, the button rows. The plane's y axis points up.
 */
import type { Frame } from '../frame.ts';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface PlaneBox extends Rect {
  readonly dimensions: 1 | 2;
}

export interface SandboxLayout {
  readonly plane: PlaneBox;
  /** Under the plane: the Yee legend or the keyboard help. */
  readonly legend: Rect;
  readonly tools: Rect;
  readonly panel: Rect;
  readonly actions: Rect;
}

export function sandboxLayout(f: Frame, dimensions: 1 | 2): SandboxLayout {
  const side = f.portrait ? 520 : 440;
  const square = { x: f.portrait ? (f.width - side) / 2 + 12 : 74, y: 72, w: side, h: side };
  // One axis: a band, in the middle of the square's place (landscape) or at the top (portrait).
  const bandTop = f.portrait ? square.y + 50 : square.y + side / 2 - 80;
  const plane: PlaneBox =
    dimensions === 2 ? { ...square, dimensions } : { x: square.x, y: bandTop, w: side, h: 160, dimensions };
  if (f.portrait) {
    const below = plane.y + plane.h + 34;
    const tools = { x: 20, y: below + 44, w: f.width - 40, h: 148 };
    const actions = { x: 20, y: f.height - 112, w: f.width - 40, h: 104 };
    return {
      plane,
      legend: { x: 20, y: below, w: f.width - 40, h: 40 },
      tools,
      panel: { x: 20, y: tools.y + tools.h + 10, w: f.width - 40, h: actions.y - tools.y - tools.h - 24 },
      actions,
    };
  }
  const below = square.y + side + 30;
  const right = square.x + side + 26;
  return {
    plane,
    legend: { x: 20, y: below, w: right - 40, h: 36 },
    tools: { x: 20, y: below + 40, w: right - 40, h: f.height - below - 44 },
    panel: { x: right, y: 64, w: f.width - right - 16, h: below - 64 + 30 },
    actions: { x: right, y: below + 40, w: f.width - right - 16, h: f.height - below - 44 },
  };
}

export function toScreen(box: PlaneBox, position: readonly number[]): { x: number; y: number } {
  const x = box.x + (position[0] / 100) * box.w;
  const y = box.dimensions === 1 ? box.y + box.h / 2 : box.y + box.h - ((position[1] ?? 50) / 100) * box.h;
  return { x, y };
}

/** Plane coordinates of a screen point (not rounded nor clamped: the model does both). */
export function toPlane(box: PlaneBox, x: number, y: number): number[] {
  const px = ((x - box.x) / box.w) * 100;
  return box.dimensions === 1 ? [px] : [px, ((box.y + box.h - y) / box.h) * 100];
}

/** Screen pixels per plane unit (the same on both axes). */
export function unit(box: PlaneBox): number {
  return box.w / 100;
}
