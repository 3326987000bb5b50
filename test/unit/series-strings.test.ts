/** The series pages and the agenda speak bokmål, nynorsk and English: the same keys in all three, nynorsk its own words. */
import { describe, expect, it } from "vitest";
import { seriesStrings } from "../../client/src/series/strings.js";

type Tree = { readonly [key: string]: unknown };
function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] =>
    typeof v === "string" ? [[prefix + k, v]] : v && typeof v === "object" ? leaves(v as Tree, `${prefix}${k}.`) : [],
  );
}

describe("series strings", () => {
  it("have the same keys in nb, nn and en, and no empty string", () => {
    const keys = (t: Tree) => leaves(t).map(([k]) => k).sort();
    const nb = keys(seriesStrings.nb);
    expect(nb.length).toBeGreaterThan(100);
    expect(keys(seriesStrings.nn)).toEqual(nb);
    expect(keys(seriesStrings.en)).toEqual(nb);
    for (const lang of ["nb", "nn", "en"] as const) for (const [k, v] of leaves(seriesStrings[lang])) expect(v.trim(), `${lang} ${k}`).not.toBe("");
  });

  it("nynorsk is written out where the two forms differ", () => {
    const nb = new Map(leaves(seriesStrings.nb));
    const nn = new Map(leaves(seriesStrings.nn));
    const differ = ["series.plans", "series.open", "series.copy", "series.noChildData", "series.importHint", "series.errors.VERSION_CONFLICT", "series.editor.readOnly", "agenda.prev", "agenda.now", "agenda.title", "agenda.clockHidden", "agenda.insert"];
    for (const k of differ) expect(nn.get(k), k).not.toBe(nb.get(k));
    expect(nn.get("agenda.prev")).toBe("Førre");
  });
});
