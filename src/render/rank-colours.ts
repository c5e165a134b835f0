/** Medal colours for the podium; a deep boxing-glove red for the rest. */
const PODIUM_COLOURS: Readonly<Record<number, number>> = {
  1: 0xd4af37, // gold
  2: 0xc0c0c0, // silver
  3: 0xcd7f32, // bronze
};
const UNPLACED_COLOUR = 0x9b1c1c;

export function colourForRank(rank: number): number {
  return PODIUM_COLOURS[rank] ?? UNPLACED_COLOUR;
}
