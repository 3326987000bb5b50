/**
 * Small-group disclosure control (shared/disclosure/index.ts): the one module
 * that decides what a distribution of children's answers may look like on the
 * projector. Worked examples first, then an exhaustive property check over
 * every distribution of 3–10 children over a handful of bins.
 */
import { describe, expect, it } from "vitest";
import { FEELINGS, FEELING_FAMILIES } from "../../shared/content/feelings.js";
import {
  groupPicture,
  largestCount,
  relativeAmount,
  MIN_K,
  OTHER_ID,
  type DisclosureOptions,
  type GroupPicture,
  type PictureItem,
} from "../../shared/disclosure/index.js";
import { seededRandom } from "../../shared/room/random.js";

/** The check-in's real vocabulary: heavy feelings are sensitive, as in shared/activities/checkin. */
const FEELINGS_OPTIONS = (k: number): DisclosureOptions => ({
  k,
  bins: FEELINGS.map((f) => ({ id: f.id, group: f.family, sensitive: f.family === "heavy" })),
  groups: FEELING_FAMILIES.map((id) => ({ id, sensitive: id === "heavy" })),
});

const count = (id: string, level: PictureItem["level"], n: number): PictureItem => ({ id, level, amount: { kind: "count", n } });
const word = (id: string, level: PictureItem["level"], w: "some" | "many"): PictureItem => ({ id, level, amount: { kind: "word", word: w } });

describe("groupPicture: worked examples", () => {
  it("hides everything when fewer than k children answered", () => {
    expect(groupPicture({ glad: 1, trist: 1 }, FEELINGS_OPTIONS(3))).toEqual({ status: "hidden", reason: "too-few" });
    expect(groupPicture({ glad: 2 }, FEELINGS_OPTIONS(3))).toEqual({ status: "hidden", reason: "too-few" });
    expect(groupPicture({}, FEELINGS_OPTIONS(3))).toEqual({ status: "hidden", reason: "too-few" });
    // Exactly k answers is enough.
    expect(groupPicture({ glad: 3 }, FEELINGS_OPTIONS(3))).toEqual({ status: "shown", items: [count("glad", "bin", 3)] });
  });

  it("passes never count toward k and never change the picture", () => {
    // Two answers and five passes: still too few.
    expect(groupPicture({ glad: 1, rolig: 1, pass: 5 }, FEELINGS_OPTIONS(3))).toEqual({ status: "hidden", reason: "too-few" });
    expect(groupPicture({ pass: 12 }, FEELINGS_OPTIONS(3))).toEqual({ status: "hidden", reason: "too-few" });
    const withPasses = groupPicture({ glad: 3, trist: 1, pass: 4, nope: 9 }, FEELINGS_OPTIONS(3));
    const without = groupPicture({ glad: 3, trist: 1 }, FEELINGS_OPTIONS(3));
    expect(withPasses).toEqual(without);
    expect(JSON.stringify(withPasses)).not.toMatch(/pass|nope/);
  });

  it("merges a bin of 1 into its group when the group reaches k", () => {
    // trist 1 + sint 2 = 3 heavy: shown as the group, never as "1 × trist".
    expect(groupPicture({ glad: 3, trist: 1, sint: 2 }, FEELINGS_OPTIONS(3))).toEqual({
      status: "shown",
      items: [count("glad", "bin", 3), count("heavy", "group", 3)],
    });
  });

  it("a remainder under k is the word 'some', never a number", () => {
    expect(groupPicture({ glad: 3, trist: 1 }, FEELINGS_OPTIONS(3))).toEqual({
      status: "shown",
      items: [count("glad", "bin", 3), word(OTHER_ID, "other", "some")],
    });
    // Small bins of two different groups: the one beside a shown feeling of its own family makes
    // that family whole ("gode følelser"); the other falls into "other", still under k.
    expect(groupPicture({ glad: 4, rolig: 1, redd: 1 }, FEELINGS_OPTIONS(3))).toEqual({
      status: "shown",
      items: [count("light", "group", 5), word(OTHER_ID, "other", "some")],
    });
  });

  it("six children, k = 3: feelings are grouped into their families, not one bar of 'other'", () => {
    // The case seen in a real group: three glad, one rolig, one trist, one sint.
    expect(groupPicture({ glad: 3, rolig: 1, trist: 1, sint: 1 }, FEELINGS_OPTIONS(3))).toEqual({
      status: "shown",
      items: [count("light", "group", 4), word(OTHER_ID, "other", "some")],
    });
    expect(groupPicture({ glad: 2, rolig: 1, trist: 2, redd: 1 }, FEELINGS_OPTIONS(3))).toEqual({
      status: "shown",
      items: [count("light", "group", 3), count("heavy", "group", 3)],
    });
  });

  it("property: a family is shown whole or its feelings by themselves, never both, and never a count under k", () => {
    let seed = 17;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 3000; run++) {
      const k = 2 + Math.floor(rnd() * 3);
      const counts: Record<string, number> = {};
      for (const f of FEELINGS) if (rnd() < 0.5) counts[f.id] = Math.floor(rnd() * 5);
      const picture = groupPicture(counts, FEELINGS_OPTIONS(k));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (total < k) {
        expect(picture.status).toBe("hidden");
        continue;
      }
      expect(picture.status).toBe("shown");
      if (picture.status !== "shown") continue;
      for (const item of picture.items) if (item.amount.kind === "count") expect(item.amount.n).toBeGreaterThanOrEqual(k);
      for (const family of FEELING_FAMILIES) {
        const members = FEELINGS.filter((f) => f.family === family).map((f) => counts[f.id] ?? 0);
        const hasShown = members.some((n) => n >= k);
        const remainder = members.filter((n) => n < k).reduce((a, b) => a + b, 0);
        // A family with a feeling shown never loses its small feelings to "other".
        if (hasShown && remainder > 0) {
          const whole = picture.items.some((i) => (i.level === "group" && i.id === family) || (i.amount.kind === "word" && i.amount.word === "many"));
          expect(whole, JSON.stringify({ counts, k, picture })).toBe(true);
        }
      }
      // The shown counts never add up past the children who answered.
      const shown = picture.items.reduce((sum, i) => sum + (i.amount.kind === "count" ? i.amount.n : 0), 0);
      expect(shown).toBeLessThanOrEqual(total);
    }
  });

  it("'other' is shown as a count once it reaches k", () => {
    const options: DisclosureOptions = { k: 3, bins: [{ id: "a" }, { id: "b" }, { id: "c" }, { id: "d" }] };
    expect(groupPicture({ a: 3, b: 1, c: 1, d: 1 }, options)).toEqual({
      status: "shown",
      items: [count("a", "bin", 3), count(OTHER_ID, "other", 3)],
    });
    // Two groups each under k, together k or more: they meet in "other".
    expect(groupPicture({ glad: 1, stolt: 1, trist: 1, sint: 1 }, FEELINGS_OPTIONS(3))).toEqual({
      status: "shown",
      items: [count(OTHER_ID, "other", 4)],
    });
  });

  it("a bin whose group is not declared falls into 'other'", () => {
    const options: DisclosureOptions = { k: 3, bins: [{ id: "a", group: "ghost" }, { id: "b" }], groups: [] };
    expect(groupPicture({ a: 2, b: 3 }, options)).toEqual({
      status: "shown",
      items: [count("b", "bin", 3), word(OTHER_ID, "other", "some")],
    });
  });

  it("a unanimous sensitive answer is its group with the word 'many'", () => {
    expect(groupPicture({ trist: 5 }, FEELINGS_OPTIONS(3))).toEqual({ status: "shown", items: [word("heavy", "group", "many")] });
    // Everyone in the sensitive group, through merged bins: the group count would be everyone.
    expect(groupPicture({ trist: 2, redd: 2 }, FEELINGS_OPTIONS(3))).toEqual({ status: "shown", items: [word("heavy", "group", "many")] });
    // A sensitive bin with no group becomes "other: many".
    const options: DisclosureOptions = { k: 3, bins: [{ id: "hard", sensitive: true }, { id: "easy" }] };
    expect(groupPicture({ hard: 4 }, options)).toEqual({ status: "shown", items: [word(OTHER_ID, "other", "many")] });
    // Passes do not make a unanimous answer look less unanimous.
    expect(groupPicture({ trist: 4, pass: 3 }, FEELINGS_OPTIONS(3))).toEqual({ status: "shown", items: [word("heavy", "group", "many")] });
    // A unanimous answer that is not sensitive may be counted.
    expect(groupPicture({ glad: 4 }, FEELINGS_OPTIONS(3))).toEqual({ status: "shown", items: [count("glad", "bin", 4)] });
  });

  it("the same counts give the same picture whatever the key insertion order", () => {
    const a = groupPicture({ glad: 3, trist: 1, sint: 2, rolig: 4, pass: 1 }, FEELINGS_OPTIONS(3));
    const b = groupPicture({ pass: 1, rolig: 4, sint: 2, trist: 1, glad: 3 }, FEELINGS_OPTIONS(3));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    // Items follow the bin list, then the groups, then other.
    expect(a).toEqual({ status: "shown", items: [count("glad", "bin", 3), count("rolig", "bin", 4), count("heavy", "group", 3)] });
  });

  it("raises k below 2 to 2 (a count of 1 could describe one child)", () => {
    expect(MIN_K).toBe(2);
    for (const k of [1, 0, -3, 1.9]) {
      expect(groupPicture({ glad: 1 }, FEELINGS_OPTIONS(k))).toEqual({ status: "hidden", reason: "too-few" });
      expect(groupPicture({ glad: 2, trist: 1 }, FEELINGS_OPTIONS(k))).toEqual({
        status: "shown",
        items: [count("glad", "bin", 2), word(OTHER_ID, "other", "some")],
      });
    }
    // A fractional k is floored, not rounded up past what the room asked for.
    expect(groupPicture({ glad: 2, rolig: 2 }, FEELINGS_OPTIONS(2.7))).toEqual({
      status: "shown",
      items: [count("glad", "bin", 2), count("rolig", "bin", 2)],
    });
  });

  it("ignores junk counts and inherited keys", () => {
    expect(groupPicture({ glad: Number.NaN, trist: -4, rolig: Number.POSITIVE_INFINITY }, FEELINGS_OPTIONS(3))).toEqual({
      status: "hidden",
      reason: "too-few",
    });
    expect(groupPicture({ glad: 3.9 }, FEELINGS_OPTIONS(3))).toEqual({ status: "shown", items: [count("glad", "bin", 3)] });
    // Bin ids that are also Object.prototype members must not read inherited values.
    const options: DisclosureOptions = { k: 2, bins: [{ id: "toString" }, { id: "constructor" }, { id: "__proto__" }] };
    expect(groupPicture({}, options)).toEqual({ status: "hidden", reason: "too-few" });
    expect(groupPicture(JSON.parse('{"__proto__": 5, "toString": 2}') as Record<string, number>, options)).toEqual({
      status: "shown",
      items: [count("toString", "bin", 2), count("__proto__", "bin", 5)],
    });
  });
});

// ---------- property check ----------

const PROP_OPTIONS = (k: number): DisclosureOptions => ({
  k,
  bins: [
    { id: "sun", group: "light" },
    { id: "calm", group: "light" },
    { id: "sad", group: "heavy", sensitive: true },
    { id: "mad", group: "heavy", sensitive: true },
    { id: "lonely", sensitive: true }, // sensitive, no group
    { id: "odd" }, // no group
  ],
  groups: [{ id: "light" }, { id: "heavy", sensitive: true }],
});

/** Every way to put `n` children into `buckets` buckets. */
function* distributions(n: number, buckets: number): Generator<number[]> {
  if (buckets === 1) {
    yield [n];
    return;
  }
  for (let first = 0; first <= n; first++) for (const rest of distributions(n - first, buckets - 1)) yield [first, ...rest];
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Every rule the projector depends on, as a list of violations (empty when the picture is safe). */
function violations(picture: GroupPicture, counts: Record<string, number>, options: DisclosureOptions, k: number): string[] {
  const bad: string[] = [];
  const respondents = options.bins.reduce((sum, b) => sum + (counts[b.id] ?? 0), 0);
  if (respondents < k) {
    if (JSON.stringify(picture) !== JSON.stringify({ status: "hidden", reason: "too-few" })) bad.push("shown with fewer than k");
    return bad;
  }
  if (picture.status !== "shown") return ["hidden with at least k answers"];
  if (Object.keys(picture).sort().join() !== "items,status") bad.push("extra top-level fields");

  const binIds = options.bins.map((b) => b.id);
  const groupIds = (options.groups ?? []).map((g) => g.id);
  const canonical = [...binIds, ...groupIds, OTHER_ID];
  const positions = picture.items.map((item) => canonical.indexOf(item.id));
  // Only known ids, each at most once, in the fixed bin → group → other order.
  if (positions.some((p) => p < 0)) bad.push("unknown item id");
  for (let i = 1; i < positions.length; i++) if (positions[i] <= positions[i - 1]) bad.push("items out of order or repeated");

  let counted = 0;
  for (const item of picture.items) {
    if (Object.keys(item).sort().join() !== "amount,id,level") bad.push(`extra fields on ${item.id}`);
    const expectedLevel = binIds.includes(item.id) ? "bin" : groupIds.includes(item.id) ? "group" : "other";
    if (item.level !== expectedLevel) bad.push(`${item.id} has level ${item.level}`);
    if (item.amount.kind === "count") {
      const n = item.amount.n;
      // Never a number that could describe fewer than k children.
      if (n >= 1 && n < k) bad.push(`${item.id}: count ${n} below k=${k}`);
      if (n < 1 || n > respondents || !Number.isInteger(n)) bad.push(`${item.id}: impossible count ${n}`);
      counted += n;
      // Never "everyone" for a sensitive answer.
      if (n === respondents) {
        const sensitive =
          item.level === "bin"
            ? options.bins.find((b) => b.id === item.id)?.sensitive
            : options.groups?.find((g) => g.id === item.id)?.sensitive;
        if (sensitive) bad.push(`${item.id}: sensitive answer counted as everyone (${n})`);
      }
    } else if (item.level === "bin") {
      bad.push(`${item.id}: a word names the exact answer`);
    }
  }
  const words = picture.items.flatMap((i) => (i.amount.kind === "word" ? [i.amount.word] : []));
  if (words.includes("many")) {
    if (picture.items.length !== 1) bad.push("'many' next to other items");
  } else if (words.includes("some")) {
    const remainder = respondents - counted;
    if (words.length !== 1) bad.push("more than one word");
    if (remainder < 1 || remainder >= k) bad.push(`'some' stands for ${remainder}`);
  } else if (counted !== respondents) {
    bad.push(`counts add up to ${counted}, not ${respondents}`);
  }
  return bad;
}

describe("groupPicture: properties over every distribution of 3–10 children", () => {
  it("never shows 1..k-1, never 'everyone' for a sensitive answer, ignores passes and key order", () => {
    const random = seededRandom(20240611);
    const binIds = PROP_OPTIONS(3).bins.map((b) => b.id);
    const keys = [...binIds, "pass"];
    const failures: string[] = [];
    let cases = 0;
    for (const k of [2, 3, 4]) {
      const opts = PROP_OPTIONS(k);
      for (let groupSize = 3; groupSize <= 10; groupSize++) {
        for (const dist of distributions(groupSize, keys.length)) {
          const counts: Record<string, number> = {};
          keys.forEach((key, i) => {
            if (dist[i] > 0) counts[key] = dist[i];
          });
          const picture = groupPicture(counts, opts);
          const json = JSON.stringify(picture);
          const problems = violations(picture, counts, opts, k);

          // Passes are never counted: the picture without them is identical.
          const withoutPasses = { ...counts };
          delete withoutPasses.pass;
          if (JSON.stringify(groupPicture(withoutPasses, opts)) !== json) problems.push("passes changed the picture");

          // Same counts inserted in a random order (with zero and junk keys): same picture.
          const reordered: Record<string, number> = {};
          for (const key of shuffled([...keys, "junk"], random)) reordered[key] = key === "junk" ? 7 : (counts[key] ?? 0);
          if (JSON.stringify(groupPicture(reordered, opts)) !== json) problems.push("key order changed the picture");

          if (problems.length > 0 && failures.length < 10) failures.push(`${JSON.stringify({ k, counts })}: ${problems.join("; ")}`);
          cases++;
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(20_000);
  });

  it("the check-in vocabulary holds the same rules for random classes", () => {
    const random = seededRandom(7);
    const ids = [...FEELINGS.map((f) => f.id), "pass"];
    const failures: string[] = [];
    for (let round = 0; round < 3000; round++) {
      const k = 2 + Math.floor(random() * 4);
      const size = 3 + Math.floor(random() * 8);
      const counts: Record<string, number> = {};
      for (let child = 0; child < size; child++) {
        const id = ids[Math.floor(random() * ids.length)];
        counts[id] = (counts[id] ?? 0) + 1;
      }
      const problems = violations(groupPicture(counts, FEELINGS_OPTIONS(k)), counts, FEELINGS_OPTIONS(k), k);
      if (problems.length > 0) failures.push(`${JSON.stringify({ k, counts })}: ${problems.join("; ")}`);
    }
    expect(failures).toEqual([]);
  });
});

describe("on the projector: relative amounts, never numbers", () => {
  it("the largest is 'many', smaller ones 'several' or 'some'; words keep their meaning", () => {
    expect(relativeAmount({ kind: "count", n: 6 }, 6)).toEqual({ size: 3, word: "many" });
    expect(relativeAmount({ kind: "count", n: 3 }, 6)).toEqual({ size: 2, word: "several" });
    expect(relativeAmount({ kind: "count", n: 3 }, 9)).toEqual({ size: 1, word: "some" });
    expect(relativeAmount({ kind: "word", word: "some" }, 6)).toEqual({ size: 1, word: "some" });
    expect(relativeAmount({ kind: "word", word: "many" }, 6)).toEqual({ size: 3, word: "many" });
  });

  it("property: the same relative picture comes from different totals, so no total (and no pass count) can be read off", () => {
    // Any picture scaled up (more children, same shares) renders the same words and sizes.
    let seed = 5;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let run = 0; run < 500; run++) {
      const counts: Record<string, number> = {};
      for (const f of FEELINGS) if (rnd() < 0.6) counts[f.id] = 1 + Math.floor(rnd() * 4);
      const render = (c: Record<string, number>) => {
        const p = groupPicture(c, FEELINGS_OPTIONS(3));
        if (p.status !== "shown") return null;
        const largest = largestCount(p.items);
        return p.items.map((i) => ({ id: i.id, ...relativeAmount(i.amount, largest) }));
      };
      const doubled = Object.fromEntries(Object.entries(counts).map(([id, n]) => [id, n * 2]));
      const once = render(counts);
      if (!once || once.some((i) => i.word === "some" && i.size === 1)) continue; // a merged remainder can differ
      const twice = render(doubled);
      if (!twice) continue;
      for (const item of once) expect(JSON.stringify(item)).not.toMatch(/"n":/);
      // Same shares, twice the children: nothing on the screen tells the two apart.
      if (JSON.stringify(once.map((i) => i.id)) === JSON.stringify(twice.map((i) => i.id))) expect(twice).toEqual(once);
    }
  });
});
