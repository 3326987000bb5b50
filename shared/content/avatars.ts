import type { AvatarId } from "../room/types.js";

/**
 * The fixed avatar lists. A child picks one animal + colour; nothing is typed.
 * Glyphs are decorative: every avatar is always shown with its words too.
 */
export const ANIMALS = [
  { id: "fox", glyph: "🦊" },
  { id: "bear", glyph: "🐻" },
  { id: "owl", glyph: "🦉" },
  { id: "rabbit", glyph: "🐰" },
  { id: "cat", glyph: "🐱" },
  { id: "dog", glyph: "🐶" },
  { id: "frog", glyph: "🐸" },
  { id: "turtle", glyph: "🐢" },
  { id: "whale", glyph: "🐳" },
  { id: "lion", glyph: "🦁" },
  { id: "penguin", glyph: "🐧" },
  { id: "hedgehog", glyph: "🦔" },
] as const;

export const AVATAR_COLOURS = [
  { id: "blue", css: "#1f5fbf" },
  { id: "green", css: "#1b7a3a" },
  { id: "orange", css: "#b34d00" },
  { id: "purple", css: "#6b3fa0" },
] as const;

export type AnimalId = (typeof ANIMALS)[number]["id"];
export type AvatarColourId = (typeof AVATAR_COLOURS)[number]["id"];

/** Every animal once per round, colours rotating, so the first row a child sees is varied. */
export const ALL_AVATARS: readonly AvatarId[] = AVATAR_COLOURS.flatMap((_, round) =>
  ANIMALS.map((a, j) => `${a.id}-${AVATAR_COLOURS[(j + round) % AVATAR_COLOURS.length].id}` as AvatarId),
);

const avatarSet = new Set<string>(ALL_AVATARS);
export function isAvatarId(value: string): value is AvatarId {
  return avatarSet.has(value);
}

export function avatarParts(avatar: AvatarId): { animal: (typeof ANIMALS)[number]; colour: (typeof AVATAR_COLOURS)[number] } {
  const [animalId, colourId] = avatar.split("-");
  const animal = ANIMALS.find((a) => a.id === animalId) ?? ANIMALS[0];
  const colour = AVATAR_COLOURS.find((c) => c.id === colourId) ?? AVATAR_COLOURS[0];
  return { animal, colour };
}
