/**
 * The sweep: row by row, the number of voters in each bin at every pixel, without visiting
 * every voter at every pixel. Along a row, a voter's disc covers one run of pixels; entering the
 * run moves the voter's weight one class inwards, leaving it moves it back. Those moves are
 * written at the run's ends (a difference array per bin) and summed along the row, so a row
 * costs (voters × discs) + (pixels × bins) instead of pixels × voters × flags.
 *
 * The ends of a run are first estimated with a square root and then settled by evaluating the
 * exact squared distance (the engine's arithmetic) at the neighbouring pixels, so a pixel is in
 * a disc exactly when the engine would say so.
 */
import type { YeeBins } from './bins.ts';
import { pixelCoordinate } from './job.ts';

/** Is the pixel in the disc? The squared distance is summed as preferences.ts sums it. */
function within(x0: number, x: number, dy2: number, twoD: boolean, limit: number, open: boolean): boolean {
  const d = twoD ? (x0 - x) ** 2 + dy2 : (x0 - x) ** 2;
  return open ? d < limit : d <= limit;
}

/** Called at each pixel with the histogram over the bins; returns the pixel's winner code. */
export type PixelCounter = (histogram: Float64Array) => number;

export function sweepRows(
  bins: YeeBins,
  width: number,
  height: number,
  rowStart: number,
  rowEnd: number,
  count: PixelCounter,
): Uint8Array {
  const { size, vx, vy, weight, base, discs, discStart, radius2, strict, outside } = bins;
  const voters = vx.length;
  const rows = Math.max(0, rowEnd - rowStart);
  const codes = new Uint8Array(rows * width);
  const xs = new Float64Array(width);
  for (let i = 0; i < width; i++) xs[i] = pixelCoordinate(i, width);
  const diff = new Float64Array((width + 1) * size);
  const histogram = new Float64Array(size);
  const twoD = bins.dimensions === 2;

  for (let j = rowStart; j < rowEnd; j++) {
    const y = pixelCoordinate(j, height);
    diff.fill(0);
    for (let v = 0; v < voters; v++) {
      const dy2 = twoD ? (vy[v] - y) ** 2 : 0;
      const x0 = vx[v];
      const w = weight[v];
      const n = discs[v];
      const first = discStart[v];
      const top = base[v] + n;
      // The discs are nested: once one misses the row, the inner ones do too.
      for (let k = 0; k < n; k++) {
        const limit = radius2[first + k];
        const open = strict[first + k] === 1;
        // Exact: the sign of a difference of two doubles is never rounded away.
        const room = limit - dy2;
        if (room < 0) break;
        const r = Math.sqrt(room);
        // The run's ends from the square root; checked at the neighbouring pixels only when
        // the estimate falls near a pixel centre, where rounding could matter.
        const left = ((x0 - r) * width) / 100 - 0.5;
        const right = ((x0 + r) * width) / 100 - 0.5;
        let a = Math.max(0, Math.min(width, Math.ceil(left)));
        let e = Math.max(a, Math.min(width, Math.floor(right) + 1));
        const sure = Math.abs(left - Math.round(left)) > 1e-6 && Math.abs(right - Math.round(right)) > 1e-6 && a < e;
        if (!sure) {
          while (a > 0 && within(x0, xs[a - 1], dy2, twoD, limit, open)) a--;
          while (a < e && !within(x0, xs[a], dy2, twoD, limit, open)) a++;
          if (a === e) {
            // The estimate may have missed a run of one pixel: look at the pixel nearest the voter.
            const c = Math.max(0, Math.min(width - 1, Math.round((x0 * width) / 100 - 0.5)));
            if (!within(x0, xs[c], dy2, twoD, limit, open)) break;
            a = c;
            e = c + 1;
            while (a > 0 && within(x0, xs[a - 1], dy2, twoD, limit, open)) a--;
          }
          while (e < width && within(x0, xs[e], dy2, twoD, limit, open)) e++;
          while (e > a && !within(x0, xs[e - 1], dy2, twoD, limit, open)) e--;
        }
        const from = top - k;
        const to = from - 1;
        diff[a * size + from] -= w;
        diff[a * size + to] += w;
        diff[e * size + from] += w;
        diff[e * size + to] -= w;
      }
    }
    histogram.set(outside);
    const rowOut = (j - rowStart) * width;
    for (let i = 0; i < width; i++) {
      const at = i * size;
      for (let b = 0; b < size; b++) histogram[b] += diff[at + b];
      codes[rowOut + i] = count(histogram);
    }
  }
  return codes;
}
