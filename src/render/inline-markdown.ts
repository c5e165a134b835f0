/** How one front door draws Discord's inline marks; `text` makes plain text safe for it. */
export interface InlineMarks {
  readonly text: (plain: string) => string;
  readonly code: (body: string) => string;
  readonly link: (label: string, url: string) => string;
  readonly bold: (body: string) => string;
  readonly underline: (body: string) => string;
  readonly italic: (body: string) => string;
  readonly strike: (body: string) => string;
}

/** Escaped characters are parked in the private use area so no rule below mistakes them for marks. */
const PARK = 0xe000;
const park = (text: string) =>
  text.replace(/\\([\\*_`~|>#\-[\]()<:@.])/g, (_, char: string) =>
    String.fromCharCode(PARK + char.charCodeAt(0)),
  );

/** Discord's inline markdown (the console's terminal and the web pages' HTML share the rules). */
export function inlineMarkdown(source: string, marks: InlineMarks): string {
  const unpark = (text: string) =>
    text.replace(/[\ue000-\ue0ff]/g, (char) =>
      marks.text(String.fromCharCode(char.charCodeAt(0) - PARK)),
    );
  const spans: string[] = [];
  // Code spans are set aside first: nothing inside them is markdown.
  const hold = (rendered: string) => `\uf8f0${String(spans.push(rendered) - 1)}\uf8f1`;
  const held = park(source).replace(/`([^`]+)`/g, (_, body: string) =>
    hold(marks.code(unpark(marks.text(body)))),
  );
  const marked = marks
    .text(held)
    .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_, label: string, url: string) =>
      marks.link(label, url),
    )
    .replace(/\*\*(.+?)\*\*/g, (_, body: string) => marks.bold(body))
    .replace(/__(.+?)__/g, (_, body: string) => marks.underline(body))
    .replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g, (_, body: string) => marks.italic(body))
    .replace(/(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])/g, (_, body: string) => marks.italic(body))
    .replace(/~~(.+?)~~/g, (_, body: string) => marks.strike(body));
  return unpark(marked).replace(
    /\uf8f0(\d+)\uf8f1/g,
    (_, index: string) => spans[Number(index)] ?? '',
  );
}
