/**
 * The tablet's translator (client/src/i18n/tablet/translator.ts) gives the
 * same words as i18next for what the client uses: checked against i18next
 * itself on the real bokmål, nynorsk and English bundles.
 */
import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../client/src/i18n/en.js";
import { nb } from "../../client/src/i18n/nb.js";
import { nn } from "../../client/src/i18n/nn.js";
import { translator } from "../../client/src/i18n/tablet/translator.js";

const reference = i18next.createInstance();
beforeAll(async () => {
  await reference.init({ resources: { nb: { translation: nb }, nn: { translation: nn }, en: { translation: en } }, lng: "nb", fallbackLng: "nb", interpolation: { escapeValue: false }, returnNull: false });
  await translator.init({ resources: { nb: { translation: nb } }, lng: "nb" });
  translator.addResourceBundle("nn", "translation", nn);
  translator.addResourceBundle("en", "translation", en);
});

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "object" && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("tablet translator", () => {
  for (const lng of ["nb", "nn", "en"] as const) {
    it(`says every ${lng} string as i18next does, with plurals and interpolation`, async () => {
      await reference.changeLanguage(lng);
      await translator.changeLanguage(lng);
      const all = [...new Set(keys(nb).map((k) => k.replace(/_(one|other)$/, "")))];
      expect(all.length).toBeGreaterThan(100);
      for (const key of all) {
        for (const options of [undefined, { count: 1, n: 3, time: "12:00" }, { count: 4, n: 3, time: "12:00" }]) {
          expect(translator.t(key, options), `${lng} ${key} ${JSON.stringify(options)}`).toBe(reference.t(key, options));
        }
      }
    });
  }

  it("falls back to bokmål, then to defaultValue, then to the key; exists() tells", async () => {
    await translator.changeLanguage("en");
    translator.addResourceBundle("nb", "translation", { onlyInNb: "bare her" });
    expect(translator.t("onlyInNb")).toBe("bare her");
    expect(translator.t("no.such.key", { defaultValue: "fallback {{x}}", x: 1 })).toBe("fallback 1");
    expect(translator.t("no.such.key")).toBe("no.such.key");
    expect(translator.exists("no.such.key")).toBe(false);
    expect(translator.exists("onlyInNb")).toBe(true);
    await translator.changeLanguage("nb");
  });
});
