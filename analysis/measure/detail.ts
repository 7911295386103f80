import type { GreyFrame } from './frame-math.js';

/**
 * Where the picture holds detail (text, faces, products): the edge energy of the small grey frames
 * the passes decode anyway, averaged over a window and kept on a coarse grid. Any platform's
 * interface areas are scored from this map later, so switching profile never decodes again.
 */
export interface DetailMap {
  /** The window it averages ("0–3 s", the last second). */
  fromSec: number;
  toSec: number;
  columns: number;
  rows: number;
  /** Row-major mean gradient (grey levels per pixel) of each cell, one decimal. */
  cells: number[];
}

export interface DetailMeasurement {
  opening: DetailMap | null;
  ending: DetailMap | null;
}

/** Cells of 8×8 grey pixels: a 72×128 frame gives a 9×16 grid (120 px squares of 1080×1920). */
const CELL_PX = 8;
/** Frames sampled per window: static text stands out over a dozen frames; more costs time for nothing. */
const MAX_FRAMES = 12;

/** |∂x| + |∂y| of each pixel, summed into cells; averaged over the sampled frames. */
export function detailMap(frames: readonly GreyFrame[], frameIntervalSec = 0): DetailMap | null {
  if (frames.length === 0) return null;
  const { width, height } = frames[0]!;
  const columns = Math.max(1, Math.floor(width / CELL_PX));
  const rows = Math.max(1, Math.floor(height / CELL_PX));
  const sums = new Float64Array(columns * rows);
  const step = Math.max(1, Math.ceil(frames.length / MAX_FRAMES));
  let used = 0;
  for (let i = 0; i < frames.length; i += step) {
    const frame = frames[i]!;
    if (frame.width !== width || frame.height !== height) continue;
    const d = frame.data;
    const spanX = columns * CELL_PX;
    for (let y = 0; y < rows * CELL_PX; y++) {
      const row = ((y / CELL_PX) | 0) * columns;
      const below = y + 1 < height ? width : 0;
      const start = y * width;
      for (let x = 0; x < spanX; x++) {
        const p = start + x;
        const here = d[p]!;
        const right = x + 1 < width ? d[p + 1]! : here;
        sums[row + ((x / CELL_PX) | 0)]! += Math.abs(right - here) + Math.abs(d[p + below]! - here);
      }
    }
    used++;
  }
  const perCell = CELL_PX * CELL_PX * Math.max(1, used);
  return {
    fromSec: Math.round(frames[0]!.tSec * 100) / 100,
    toSec: Math.round((frames[frames.length - 1]!.tSec + frameIntervalSec) * 100) / 100,
    columns,
    rows,
    cells: Array.from(sums, (sum) => Math.round((sum / perCell) * 10) / 10),
  };
}

/** A rectangle in fractions of the frame (0–1, x right, y down). */
export interface Area {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Mean detail of the cells under an area, each weighted by how much of it the area covers. */
export function areaDetail(map: DetailMap, area: Area): number {
  let sum = 0;
  let weight = 0;
  forEachCell(map, (value, cell) => {
    const w = overlap(cell, area);
    sum += value * w;
    weight += w;
  });
  return weight > 0 ? sum / weight : 0;
}

/** Mean detail of the picture outside every area: what the viewer sees uncovered. */
export function uncoveredDetail(map: DetailMap, areas: readonly Area[]): number {
  let sum = 0;
  let weight = 0;
  forEachCell(map, (value, cell) => {
    const w = Math.max(0, 1 - areas.reduce((covered, area) => covered + overlap(cell, area), 0));
    sum += value * w;
    weight += w;
  });
  return weight > 0 ? sum / weight : 0;
}

function forEachCell(map: DetailMap, visit: (value: number, cell: Area) => void): void {
  for (let r = 0; r < map.rows; r++)
    for (let c = 0; c < map.columns; c++)
      visit(map.cells[r * map.columns + c]!, {
        x0: c / map.columns,
        y0: r / map.rows,
        x1: (c + 1) / map.columns,
        y1: (r + 1) / map.rows,
      });
}

/** The share of `cell` that `area` covers (0–1). */
function overlap(cell: Area, area: Area): number {
  const w = Math.max(0, Math.min(cell.x1, area.x1) - Math.max(cell.x0, area.x0));
  const h = Math.max(0, Math.min(cell.y1, area.y1) - Math.max(cell.y0, area.y0));
  return (w * h) / ((cell.x1 - cell.x0) * (cell.y1 - cell.y0));
}
