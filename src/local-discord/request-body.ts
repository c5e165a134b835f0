/**
 * Turns a raw request body into the JSON payload Discord would act on. discord.js sends JSON, or
 * multipart/form-data with a `payload_json` part when files are attached; file parts are listed
 * by field name so tests can see that an attachment was sent.
 */
export type ParsedBody =
  | { readonly ok: true; readonly json: unknown; readonly files: readonly string[] }
  | { readonly ok: false };

function parseJson(text: string): ParsedBody {
  if (text.trim() === '') return { ok: true, json: null, files: [] };
  try {
    return { ok: true, json: JSON.parse(text) as unknown, files: [] };
  } catch {
    return { ok: false };
  }
}

function parseMultipart(raw: Buffer, boundary: string): ParsedBody {
  const delimiter = Buffer.from(`--${boundary}`);
  const files: string[] = [];
  let json: unknown = null;
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const next = raw.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = raw.subarray(start + delimiter.length, next);
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      // Strip the CRLF that precedes the next delimiter.
      const content = part.subarray(headerEnd + 4, part.length - 2);
      const name = /name="([^"]*)"/i.exec(headers)?.[1];
      if (name === 'payload_json') {
        const parsed = parseJson(content.toString('utf8'));
        if (!parsed.ok) return parsed;
        json = parsed.json;
      } else if (name !== undefined) {
        files.push(name);
      }
    }
    start = next;
  }
  return { ok: true, json, files };
}

export function parseRequestBody(raw: Buffer, contentType: string | undefined): ParsedBody {
  const boundary = /multipart\/form-data;.*boundary=("?)([^";]+)\1/i.exec(contentType ?? '')?.[2];
  if (boundary !== undefined) return parseMultipart(raw, boundary);
  return parseJson(raw.toString('utf8'));
}
