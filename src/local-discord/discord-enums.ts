/**
 * Bridges wire numbers and discord-api-types enums without unchecked casts: request bodies are
 * parsed from `unknown`, so a value only becomes an enum after it was checked against the enum.
 */
type NumericEnum = Record<string, string | number>;

export function isEnumValue<E extends NumericEnum>(
  enumObject: E,
  value: unknown,
): value is E[keyof E] {
  return typeof value === 'number' && Object.values(enumObject).includes(value);
}

/**
 * Bit fields such as MessageFlags or UserFlags: Discord sends any combination (including 0 for
 * "none"), which a TypeScript enum cannot name, so the bits are re-typed here in one place.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- a deliberate, single re-typing point.
export function flagBits<Flags>(bits: number): Flags {
  return bits as unknown as Flags;
}
