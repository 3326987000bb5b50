import type { AvatarId } from "../room/types.js";

/**
 * The fixed avatar lists. A child picks one animal + colour; nothing is typed.
 * The client draws each animal as SVG (no emoji font needed); every avatar is always shown with its words too.
 */
export const ANIMALS = [
  { id: "fox" },
  { id: "bear" },
  { id: "owl" },
  { id: "rabbit" },
  { id: "cat" },
  { id: "dog" },
  { id: "frog" },
  { id: "turtle" },
  { id: "whale" },
  { id: "lion" },
  { id: "penguin" },
  { id: "hedgehog" },
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
