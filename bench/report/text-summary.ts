import type { SectionResult, Table } from './report-model.js';

/** The stdout summary: every table, aligned for a terminal, without markdown markup. */
function plain(text: string): string {
  return text.replace(/[`*]/g, '');
}

export function textTable(table: Table): string {
  const rows = [table.headers, ...table.rows].map((row) => row.map(plain));
  const widths = table.headers.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  const [header = [], ...body] = rows;
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...body.map(line),
  ].join('\n');
}

export function textSummary(sections: readonly SectionResult[], targets: Table): string {
  const parts = sections.flatMap((section) => [
    `== ${section.title} ==`,
    ...section.tables.map(textTable),
    '',
  ]);
  return [...parts, '== Targets ==', textTable(targets), ''].join('\n');
}
