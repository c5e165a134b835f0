/** Medal colours for the podium; a deep boxing-glove red for the rest. Named for the console. */
export const RANK_COLOURS = {
  gold: 0xd4af37,
  silver: 0xc0c0c0,
  bronze: 0xcd7f32,
  'dark red': 0x9b1c1c,
} as const;

const PODIUM = [RANK_COLOURS.gold, RANK_COLOURS.silver, RANK_COLOURS.bronze];

export function colourForRank(rank: number): number {
  return PODIUM[rank - 1] ?? RANK_COLOURS['dark red'];
}
