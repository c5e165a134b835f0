/**
 * A small hand-written SVG line chart (no dependency): memory against guild count, one line per
 * mode, with axes, grid, point labels and a legend. Linear axes starting at zero so slopes and
 * gaps read honestly.
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

const WIDTH = 720;
const HEIGHT = 400;
const MARGIN = { top: 40, right: 30, bottom: 95, left: 70 };
const COLORS = ['#d62728', '#1f77b4', '#2ca02c', '#9467bd'];
const TICKS = 5;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A round axis maximum (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((candidate) => candidate * power >= value) ?? 10;
  return step * power;
}

function label(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
}

export function memoryChartSvg(series: readonly ChartSeries[], labels: ChartLabels): string {
  const allPoints = series.flatMap((line) => line.points);
  const maxX = niceCeiling(Math.max(1, ...allPoints.map((point) => point.x)));
  const maxY = niceCeiling(Math.max(1, ...allPoints.map((point) => point.y)) * 1.1);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const px = (x: number) => MARGIN.left + (x / maxX) * plotWidth;
  const py = (y: number) => MARGIN.top + plotHeight - (y / maxY) * plotHeight;
  const parts: string[] = [];

  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(labels.title)}</text>`,
  );
  for (let tick = 0; tick <= TICKS; tick += 1) {
    const y = (maxY / TICKS) * tick;
    const x = (maxX / TICKS) * tick;
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${py(y)}" y2="${py(y)}" stroke="#e0e0e0"/>`,
      `<text x="${MARGIN.left - 8}" y="${py(y) + 4}" text-anchor="end">${label(y)}</text>`,
      `<line x1="${px(x)}" x2="${px(x)}" y1="${MARGIN.top + plotHeight}" y2="${MARGIN.top + plotHeight + 5}" stroke="#333"/>`,
      `<text x="${px(x)}" y="${MARGIN.top + plotHeight + 20}" text-anchor="middle">${label(x)}</text>`,
    );
  }
  parts.push(
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${MARGIN.top + plotHeight}" y2="${MARGIN.top + plotHeight}" stroke="#333"/>`,
    `<line x1="${MARGIN.left}" x2="${MARGIN.left}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#333"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${MARGIN.top + plotHeight + 40}" text-anchor="middle">${escapeXml(labels.xLabel)}</text>`,
    `<text transform="translate(18 ${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle">${escapeXml(labels.yLabel)}</text>`,
  );

  series.forEach((line, index) => {
    const color = COLORS[index % COLORS.length] ?? '#000';
    const path = line.points.map((point) => `${px(point.x).toFixed(1)},${py(point.y).toFixed(1)}`);
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2.5" points="${path.join(' ')}"/>`,
    );
    for (const point of line.points) {
      parts.push(
        `<circle cx="${px(point.x).toFixed(1)}" cy="${py(point.y).toFixed(1)}" r="4" fill="${color}"/>`,
        `<text x="${(px(point.x) + 6).toFixed(1)}" y="${(py(point.y) - 7).toFixed(1)}" fill="${color}">${point.y.toFixed(0)}</text>`,
      );
    }
    const legendY = HEIGHT - 28 + Math.floor(index / 3) * 16;
    const legendX = MARGIN.left + (index % 3) * 210;
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 22}" y1="${legendY}" y2="${legendY}" stroke="${color}" stroke-width="3"/>`,
      `<text x="${legendX + 28}" y="${legendY + 4}">${escapeXml(line.label)}</text>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
