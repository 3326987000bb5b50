/**
 * The built-in series and the content schemas: the example series has twelve
 * group meetings on the SMIL themes and two parent meetings in bokmål and
 * nynorsk, every step passes its kind's schema and has a leader note; the
 * JSON guard refuses what no valid file can hold.
 */
import { describe, expect, it } from "vitest";
import { builtinSeries, ritualTemplate } from "../../shared/series/builtin-series.js";
import { contentItemSchema } from "../../shared/series/content.js";
import { planSchema } from "../../shared/series/plan.js";
import { guardJson, formatPath } from "../../shared/series/transfer.js";
import { BUILTIN_CONTENT, BUILTIN_CONTENT_PROBLEMS } from "../../server/series/builtin-content.js";

describe("built-in series", () => {
  for (const lang of ["nb", "nn"] as const) {
    it(`${lang}: 12 group meetings + 2 parent meetings, the ritual every time, a note on every step, marked as an example`, () => {
      const plan = builtinSeries(lang);
      expect(planSchema.safeParse(plan).success).toBe(true);
      const children = plan.meetings.filter((m) => m.kind === "children");
      const parents = plan.meetings.filter((m) => m.kind === "parents");
      expect(children).toHaveLength(12);
      expect(parents).toHaveLength(2);
      for (const m of children) {
        expect(m.steps.map((s) => s.kind).slice(0, 2)).toEqual(["talk", "checkin"]);
        expect(m.steps.at(-2)?.kind).toBe("calm");
        expect(m.steps.at(-1)).toMatchObject({ kind: "checkin", config: { moment: "checkout" } });
      }
      for (const m of plan.meetings) for (const s of m.steps) expect(s.note?.length).toBeGreaterThan(10);
      expect(plan.about).toMatch(/(eksempel|døme) å tilpasse/);
    });
  }

  it("bokmål and nynorsk are written separately (not the same text)", () => {
    const nb = builtinSeries("nb");
    const nn = builtinSeries("nn");
    expect(nn.meetings.map((m) => m.id)).toEqual(nb.meetings.map((m) => m.id));
    const same = nb.meetings.filter((m, i) => m.steps.every((s, j) => s.note === nn.meetings[i].steps[j].note));
    expect(same).toEqual([]);
    expect(nn.meetings.find((m) => m.id === "m06-ikke-din-skyld")?.title).toBe("6. Ikkje di skuld");
  });

  it("covers the themes in order", () => {
    const titles = builtinSeries("nb").meetings.filter((m) => m.kind === "children").map((m) => m.title);
    const expected = [/regler/, /Følelser/, /psykisk/, /rus/, /Hemmeligheter/, /Ikke din skyld/, /Hva hjelper/, /Kroppen/, /Styrkene/, /Nettverket/, /Framtida/, /Feiring/];
    expected.forEach((re, i) => expect(titles[i]).toMatch(re));
  });

  it("the ritual template is a valid one-meeting plan", () => {
    for (const lang of ["nb", "nn", "en"] as const) expect(planSchema.safeParse(ritualTemplate(lang)).success).toBe(true);
  });
});

describe("content schemas", () => {
  it("every built-in record passes the schema a leader's record must pass", () => {
    expect(BUILTIN_CONTENT_PROBLEMS).toEqual([]);
    expect(BUILTIN_CONTENT.length).toBeGreaterThanOrEqual(12);
    for (const r of BUILTIN_CONTENT) expect(contentItemSchema.safeParse(r.item).success, r.id).toBe(true);
  });

  it("labels come from the tablets' own strings, in three languages", () => {
    const coping = BUILTIN_CONTENT.find((r) => r.id === "builtin-coping-cards")!;
    const card = (coping.item.body as { cards: { id: string; label: { nb: string; nn?: string; en?: string } }[] }).cards[0];
    expect(card).toEqual({ id: "snakke-voksen", label: { nb: "snakke med en voksen", nn: expect.any(String), en: expect.any(String) } });
    const feelings = BUILTIN_CONTENT.find((r) => r.id === "builtin-feelings")!;
    expect((feelings.item.body as { feelings: { id: string; label: { nn?: string } }[] }).feelings.find((f) => f.id === "bekymret")?.label.nn).toBe("uroleg");
  });

  it("a feeling in a family that does not exist is refused at its path", () => {
    const r = contentItemSchema.safeParse({ type: "feelings", title: "F", body: { families: [{ id: "a", label: { nb: "A" } }], feelings: [{ id: "x", family: "b", label: { nb: "X" } }] } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => formatPath(i.path))).toContain("body.feelings[0].family");
  });

  it("a help line must have a plain number and web address", () => {
    const r = contentItemSchema.safeParse({
      type: "helpLines",
      title: "H",
      body: { lines: [{ id: "x", name: { nb: "X" }, by: null, phone: "call me", tel: "javascript:alert(1)", web: "https://evil.example", about: { nb: "a" }, when: { nb: "b" } }] },
    });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => formatPath(i.path))).toEqual(expect.arrayContaining(["body.lines[0].phone", "body.lines[0].tel", "body.lines[0].web"]));
  });
});

describe("JSON guard", () => {
  it("reports prototype keys, depth, long lists and long strings with their paths", () => {
    const value = JSON.parse('{"a":{"__proto__":{"x":1}},"b":[{"constructor":1}],"c":"' + "x".repeat(6000) + '","d":' + JSON.stringify(new Array(600).fill(0)) + "}");
    const issues = guardJson(value);
    expect(issues.map((i) => i.path).sort()).toEqual(["a.__proto__", "b[0].constructor", "c", "d"]);
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = [deep];
    expect(guardJson(deep)[0].message).toMatch(/nested deeper than 16/);
    expect(guardJson({ ok: [1, 2, { fine: "yes" }] })).toEqual([]);
  });
});
