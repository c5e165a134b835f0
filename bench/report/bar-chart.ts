import { axisLabel, escapeXml, niceCeiling } from './svg-text.js';

/**
 * A hand-written SVG bar chart (no dependency): one row per server or responder, one panel per
 * measure, side by side, each with its own linear axis from zero. Each bar carries its value.
 */
export interface BarPanel {
  readonly title: string;
  readonly values: readonly number[];
  /** Digits after the point in the value labels. */
  readonly digits: number;
}

export interface BarChart {
  readonly title: string;
  readonly rows: readonly string[];
  readonly panels: readonly BarPanel[];
  /** Row index drawn in the accent colour (the project). */
  readonly highlight?: number;
}

const WIDTH = 860;
const LABEL_WIDTH = 290;
const TOP = 70;
const BAR = 26;
const GAP = 16;
const PANEL_GAP = 40;
const RIGHT = 36;
const TICKS = 4;

export function barChartSvg(chart: BarChart): string {
  const plotHeight = chart.rows.length * (BAR + GAP) - GAP;
  const height = TOP + plotHeight + 50;
  const panelWidth =
    (WIDTH - LABEL_WIDTH - RIGHT - PANEL_GAP * (chart.panels.length - 1)) / chart.panels.length;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${WIDTH / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  ];
  const rowY = (row: number) => TOP + row * (BAR + GAP);
  chart.rows.forEach((label, row) => {
    parts.push(
      `<text x="${LABEL_WIDTH - 10}" y="${rowY(row) + BAR / 2 + 4}" text-anchor="end">${escapeXml(label)}</text>`,
    );
  });
  chart.panels.forEach((panel, index) => {
    const left = LABEL_WIDTH + index * (panelWidth + PANEL_GAP);
    const finite = panel.values.filter(Number.isFinite);
    const max = niceCeiling(Math.max(0, ...finite));
    const px = (value: number) => left + (value / max) * panelWidth;
    parts.push(
      `<text x="${left + panelWidth / 2}" y="${TOP - 22}" text-anchor="middle" font-weight="bold">${escapeXml(panel.title)}</text>`,
    );
    for (let tick = 0; tick <= TICKS; tick += 1) {
      const value = (max / TICKS) * tick;
      parts.push(
        `<line x1="${px(value)}" x2="${px(value)}" y1="${TOP - 6}" y2="${TOP + plotHeight}" stroke="#e0e0e0"/>`,
        `<text x="${px(value)}" y="${TOP + plotHeight + 18}" text-anchor="middle" fill="#555">${axisLabel(value)}</text>`,
      );
    }
    panel.values.forEach((value, row) => {
      const y = rowY(row);
      const color = row === chart.highlight ? '#d62728' : '#1f77b4';
      if (!Number.isFinite(value)) {
        parts.push(`<text x="${left + 4}" y="${y + BAR / 2 + 4}" fill="#555">n/a</text>`);
        return;
      }
      const width = px(value) - left;
      const text = value.toLocaleString('en-US', {
        minimumFractionDigits: panel.digits,
        maximumFractionDigits: panel.digits,
      });
      // The value sits inside a long bar (white) and after a short one, so it never leaves the panel.
      const inside = width > panelWidth * 0.6;
      parts.push(
        `<rect x="${left}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${color}"/>`,
        `<text x="${(inside ? left + width - 6 : left + width + 6).toFixed(1)}" y="${y + BAR / 2 + 4}" text-anchor="${inside ? 'end' : 'start'}" fill="${inside ? '#ffffff' : '#222'}">${text}</text>`,
      );
    });
    parts.push(
      `<line x1="${left}" x2="${left}" y1="${TOP - 6}" y2="${TOP + plotHeight}" stroke="#333"/>`,
    );
  });
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
