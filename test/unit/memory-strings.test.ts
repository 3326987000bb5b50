/** The group's memory speaks bokmål, nynorsk and English: the same keys in all three, no empty string, nynorsk its own words. */
import { describe, expect, it } from "vitest";
import { memoryStrings } from "../../client/src/series/memory-strings.js";

type Tree = { readonly [key: string]: unknown };
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === "string" ? [[prefix + k, v]] : v && typeof v === "object" ? leaves(v as Tree, `${prefix}${k}.`) : [],
  );
}

describe("memory strings", () => {
  it("have the same keys in nb, nn and en, and no empty string", () => {
    const keys = (t: Tree) => leaves(t).map(([k]) => k).sort();
    const nb = keys(memoryStrings.nb);
    expect(nb.length).toBeGreaterThan(40);
    expect(keys(memoryStrings.nn)).toEqual(nb);
    expect(keys(memoryStrings.en)).toEqual(nb);
    for (const lang of ["nb", "nn", "en"] as const) for (const [k, v] of leaves(memoryStrings[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe("");
  });

  it("nynorsk and English are written out, and every text promises that no child's words are kept", () => {
    const nb = new Map(leaves(memoryStrings.nb));
    const nn = new Map(leaves(memoryStrings.nn));
    const en = new Map(leaves(memoryStrings.en));
    for (const k of ["title", "intro", "recapTitle", "recapShow", "save", "screen.title", "gardenHint"]) {
      expect(nn.get(k), k).not.toBe(nb.get(k));
      expect(en.get(k), k).not.toBe(nb.get(k));
    }
    expect(nb.get("intro")).toMatch(/aldri noe et barn har skrevet/);
    expect(nn.get("intro")).toMatch(/aldri noko eit barn har skrive/);
    expect(en.get("intro")).toMatch(/never anything a child wrote/);
  });
});
