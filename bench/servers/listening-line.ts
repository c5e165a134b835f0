/** The one stdout line every bench server prints once bound; the parent reads the port from it. */
export const LISTENING_LINE = /^bench-server listening on (\d+)$/m;

export function announceListening(port: number): void {
  process.stdout.write(`bench-server listening on ${port}\n`);
}

export function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') throw new Error(`${name} must be set`);
  return value;
}
