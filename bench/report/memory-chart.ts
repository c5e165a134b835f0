import { axisLabel, escapeXml, HALO, niceCeiling } from './svg-text.js';

/**
 * A small hand-written SVG line chart (no dependency): memory against guild count, one line per
 * mode, with axes, grid, point labels and a legend. Linear axes starting at zero so slopes and
 * gaps read honestly. Labels that would overlap at one guild count are spread apart vertically
 * (with a thin leader line), and the legend lists one entry per line, so neither can collide.
 */
export interface ChartSeries {
  readonly label: string;
  readonly points: readonly { readonly x: number; readonly y: number }[];
}

export interface ChartLabels {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
}

const WIDTH = 760;
const PLOT_HEIGHT = 270;
const MARGIN = { top: 40, right: 80, left: 70 };
const LEGEND_ROW = 20;
const COLORS = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd'];
const TICKS = 5;
/** Vertical room one point label needs (12 px text). */
const LABEL_GAP = 15;

interface PointLabel {
  readonly x: number;
  readonly pointY: number;
  y: number;
  readonly text: string;
  readonly color: string;
}

/** Spreads the labels of one column apart, keeping their order, so none overlaps the next. */
function spread(labels: PointLabel[]): void {
  labels.sort((a, b) => a.pointY - b.pointY);
  for (let i = 1; i < labels.length; i += 1) {
    const above = labels[i - 1];
    const label = labels[i];
    if (above && label && label.y - above.y < LABEL_GAP) label.y = above.y + LABEL_GAP;
  }
  // Centre the group on its points again, so a pushed-down stack does not drift off its lines.
  const first = labels[0];
  const last = labels[labels.length - 1];
  if (first === undefined || last === undefined) return;
  const shift = (first.pointY + last.pointY) / 2 - (first.y + last.y) / 2;
  for (const label of labels) label.y += shift;
}

export function memoryChartSvg(series: readonly ChartSeries[], labels: ChartLabels): string {
  const allPoints = series.flatMap((line) => line.points);
  const maxX = niceCeiling(Math.max(1, ...allPoints.map((point) => point.x)));
  const maxY = niceCeiling(Math.max(1, ...allPoints.map((point) => point.y)) * 1.1);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotBottom = MARGIN.top + PLOT_HEIGHT;
  const legendTop = plotBottom + 62;
  const height = legendTop + series.length * LEGEND_ROW + 10;
  const px = (x: number) => MARGIN.left + (x / maxX) * plotWidth;
  const py = (y: number) => MARGIN.top + PLOT_HEIGHT - (y / maxY) * PLOT_HEIGHT;
  const parts: string[] = [];

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(labels.title)}</text>`,
  );
  for (let tick = 0; tick <= TICKS; tick += 1) {
    const y = (maxY / TICKS) * tick;
    const x = (maxX / TICKS) * tick;
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${py(y)}" y2="${py(y)}" stroke="#e0e0e0"/>`,
      `<text x="${MARGIN.left - 8}" y="${py(y) + 4}" text-anchor="end">${axisLabel(y)}</text>`,
      `<line x1="${px(x)}" x2="${px(x)}" y1="${plotBottom}" y2="${plotBottom + 5}" stroke="#333"/>`,
      `<text x="${px(x)}" y="${plotBottom + 20}" text-anchor="middle">${axisLabel(x)}</text>`,
    );
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${plotBottom}" y2="${plotBottom}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${plotBottom}" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${plotBottom + 40}" text-anchor="middle">${escapeXml(labels.xLabel)}</text>`,
    `<text transform="translate(18 ${MARGIN.top + PLOT_HEIGHT / 2}) rotate(-90)" text-anchor="middle">${escapeXml(labels.yLabel)}</text>`,
  );

  const columns = new Map<number, PointLabel[]>();
  series.forEach((line, index) => {
    const color = COLORS[index % COLORS.length] ?? '#000';
    const path = line.points.map((point) => `${px(point.x).toFixed(1)},${py(point.y).toFixed(1)}`);
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2.5" points="${path.join(' ')}"/>`,
    );
    for (const point of line.points) {
      parts.push(
        `<circle cx="${px(point.x).toFixed(1)}" cy="${py(point.y).toFixed(1)}" r="4" fill="${color}"/>`,
      );
      const column = columns.get(point.x) ?? [];
      column.push({
        x: px(point.x),
        pointY: py(point.y),
        y: py(point.y),
        text: point.y.toFixed(0),
        color,
      });
      columns.set(point.x, column);
    }
    const legendY = legendTop + index * LEGEND_ROW;
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + 24}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="3"/>`,
      `<circle cx="${MARGIN.left + 12}" cy="${legendY}" r="4" fill="${color}"/>`,
      `<text x="${MARGIN.left + 32}" y="${legendY + 4}">${escapeXml(line.label)}</text>`,
    );
  });
  for (const column of columns.values()) {
    spread(column);
    for (const label of column) {
      const textX = label.x + 12;
      if (Math.abs(label.y - label.pointY) > 2) {
        parts.push(
          `<line x1="${(label.x + 4).toFixed(1)}" y1="${label.pointY.toFixed(1)}" x2="${(textX - 2).toFixed(1)}" y2="${label.y.toFixed(1)}" stroke="${label.color}" stroke-width="1"/>`,
        );
      }
      parts.push(
        `<text x="${textX.toFixed(1)}" y="${(label.y + 4).toFixed(1)}" fill="${label.color}" font-weight="bold" ${HALO}>${label.text}</text>`,
      );
    }
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
