/** Number formatting shared by the markdown report and the stdout summary. */
export function fixed(value: number, digits = 1): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

export function whole(value: number): string {
  return fixed(value, 0);
}

export function ratioText(value: number): string {
  return `${fixed(value, 2)}x`;
}

export function mebibytes(bytes: number): string {
  return fixed(bytes / 1024 / 1024, 1);
}
