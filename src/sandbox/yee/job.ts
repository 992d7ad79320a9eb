/**
 * What a Yee diagram is: for one method and one flag, the winner of the election if that flag
 * stood at each pixel of the plane (the other flags and every voter staying where they are).
 * Ballots are sincere (declared strategies are left out: a strategy depends on who leads, which
 * changes with every pixel).
 *
 * Pixel (i, j) of a width × height grid stands at the centre of its cell: x = (i + ½)·100/width,
 * y = (j + ½)·100/height, y growing upwards (row 0 is along the bottom of the plane). In 1-D the
 * grid has one row. The same function places the flag in the tests that count with the engine.
 */
import type { MethodId } from '../../voting/method.ts';
import type { SandboxState } from '../model.ts';

/** Winner codes: a flag's index in `state.flags`, or one of these. */
export const YEE_TIE = 255;
/** The method refused the election at this pixel (it never happens with the methods offered). */
export const YEE_NONE = 254;

export interface YeeJob {
  readonly state: SandboxState;
  /** The flag that moves over the plane. */
  readonly flag: string;
  readonly method: MethodId;
  readonly width: number;
  readonly height: number;
  /** Rows [rowStart, rowEnd) to compute (a pool splits a diagram by rows). */
  readonly rowStart?: number;
  readonly rowEnd?: number;
}

export interface YeeImage {
  readonly width: number;
  readonly height: number;
  readonly rowStart: number;
  /** One winner code per pixel, row after row, for rows [rowStart, rowStart + codes.length / width). */
  readonly codes: Uint8Array;
}

export function pixelCoordinate(index: number, cells: number): number {
  return ((index + 0.5) * 100) / cells;
}

/** Where the moving flag stands for pixel (i, j). */
export function pixelPosition(i: number, j: number, width: number, height: number, dimensions: 1 | 2): number[] {
  return dimensions === 1 ? [pixelCoordinate(i, width)] : [pixelCoordinate(i, width), pixelCoordinate(j, height)];
}

/** FNV-1a of the winner codes: lets a test compare two diagrams without copying them. */
export function yeeChecksum(codes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < codes.length; i++) hash = Math.imul(hash ^ codes[i], 0x01000193) >>> 0;
  return hash.toString(16);
}
