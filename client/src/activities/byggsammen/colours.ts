import type { PieceColour } from "../../../../shared/activities/byggsammen/index.js";

/** Fill colours for the pieces (decorative: every piece is also named in words). */
export const PIECE_FILL: Record<PieceColour, string> = {
  red: "#d9483b",
  orange: "#f08a24",
  yellow: "#f5cc2e",
  green: "#4aa55a",
  blue: "#3b7dd8",
  purple: "#8456b8",
  white: "#f7f4ee",
  lamp: "#ffd54a",
};
