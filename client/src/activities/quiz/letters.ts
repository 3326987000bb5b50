import type { QuizCardFace } from "../../../../shared/activities/quiz/index.js";

const LETTERS = ["A", "B", "C", "D"];

/** The option's letter (A–D) in card order: the same on the screen and every tablet, so the group can say "B". */
export function letterOf(card: QuizCardFace, optionId: string): string {
  const i = card.options.findIndex((o) => o.id === optionId);
  return i >= 0 ? (LETTERS[i] ?? String(i + 1)) : "";
}
