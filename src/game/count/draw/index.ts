/** One entry point for the Count scene: draws any view with the drawer of its kind. */
import type { CountView } from '../../../present/count/views.ts';
import { drawBars } from './bars.ts';
import type { ChartContext } from './context.ts';
import { drawDuel } from './duel.ts';
import { drawGraph } from './graph.ts';
import { drawMatrix } from './matrix.ts';
import { drawMerit } from './merit.ts';
import { drawList, drawLots, drawScale } from './panels.ts';
import { drawSeats, drawTable } from './seats.ts';
import { probe } from '../../../probe.ts';

export type { Area } from './context.ts';

export function drawView(ctx: ChartContext, view: CountView): void {
  // Only bars move ballots: another chart leaves no transfer said or flying.
  if (view.kind !== 'bars') probe.clear('countTransfers', 'countFlights');
  switch (view.kind) {
    case 'bars':
      return drawBars(ctx, view);
    case 'matrix':
      return drawMatrix(ctx, view);
    case 'duel':
      return drawDuel(ctx, view);
    case 'graph':
      return drawGraph(ctx, view);
    case 'merit':
      return drawMerit(ctx, view);
    case 'seats':
      return drawSeats(ctx, view);
    case 'table':
      return drawTable(ctx, view);
    case 'draw':
      return drawLots(ctx, view);
    case 'scale':
      return drawScale(ctx, view);
    case 'list':
      return drawList(ctx, view);
  }
}
