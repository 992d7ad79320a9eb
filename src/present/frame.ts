/** The screen's frame as the layouts see it: its size, centre and orientation (game/ui/layout.ts reads it off a scene). */
export interface Frame {
  readonly width: number;
  readonly height: number;
  readonly cx: number;
  readonly cy: number;
  readonly portrait: boolean;
}
