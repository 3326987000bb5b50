/**
 * The disclosure rules the quiz and the detective add to
 * shared/disclosure/index.ts: quizPicture (a card's answers over its options)
 * and wordPicture (proposed words, no numbers). Worked examples first, then an
 * exhaustive check over every distribution of up to 10 children over 2–4
 * options, every k from 2 to 5, every right answer (or none), sensitive or not.
 */
import { describe, expect, it } from "vitest";
import { countQuizAnswers, type QuizAnswer } from "../../shared/activities/quiz/index.js";
import {
  groupPicture,
  quizPicture,
  wordPicture,
  type QuizPicture,
  type QuizPictureOptions,
  type WordPicture,
} from "../../shared/disclosure/index.js";
import { seededRandom } from "../../shared/room/random.js";

const TF = ["sant", "usant"];
const ABC = ["a", "b", "c"];
const card = (options: string[], correct: string | null, sensitive = false, k = 3): QuizPictureOptions => ({ k, options, correct, sensitive });
const count = (id: string, n: number, level: "bin" | "other" = "bin") => ({ id, level, amount: { kind: "count", n } });
const some = { id: "other", level: "other", amount: { kind: "word", word: "some" } };

describe("quizPicture: worked examples", () => {
  it("shows nothing until k children chose an option; pass and 'vet ikke' never count", () => {
    expect(quizPicture({}, card(TF, "sant"))).toEqual({ status: "hidden", reason: "too-few" });
    expect(quizPicture({ sant: 1, usant: 1 }, card(TF, "sant"))).toEqual({ status: "hidden", reason: "too-few" });
    // Two answers plus many passes and don't-knows: still too few.
    expect(quizPicture({ sant: 2, pass: 4, dontKnow: 4 }, card(TF, "sant"))).toEqual({ status: "hidden", reason: "too-few" });
  });

  it("counts an option only at k or more; smaller bins become 'noen', never a number", () => {
    expect(quizPicture({ sant: 3, usant: 1 }, card(TF, "sant"))).toEqual({ status: "shown", items: [count("sant", 3), some] });
    expect(quizPicture({ sant: 4, usant: 3 }, card(TF, "sant"))).toEqual({ status: "shown", items: [count("sant", 4), count("usant", 3)] });
    // Two small bins that together reach k are one "other" number, naming neither.
    expect(quizPicture({ a: 3, b: 2, c: 2 }, card(ABC, "a"))).toEqual({ status: "shown", items: [count("a", 3), count("other", 4, "other")] });
  });

  it("a unanimous wrong answer is words ('mange trodde …'), never a number", () => {
    expect(quizPicture({ sant: 5, dontKnow: 1, pass: 1 }, card(TF, "usant"))).toEqual({ status: "many", option: "sant", said: "thought" });
    expect(quizPicture({ b: 3 }, card(ABC, "a"))).toEqual({ status: "many", option: "b", said: "thought" });
  });

  it("a unanimous right answer is a number on an ordinary card and words on a sensitive card", () => {
    expect(quizPicture({ usant: 5 }, card(TF, "usant"))).toEqual({ status: "shown", items: [count("usant", 5)] });
    expect(quizPicture({ usant: 5 }, card(TF, "usant", true))).toEqual({ status: "many", option: "usant", said: "chose" });
    // Sensitive and wrong: still "mange trodde", no number.
    expect(quizPicture({ sant: 5 }, card(TF, "usant", true))).toEqual({ status: "many", option: "sant", said: "thought" });
  });

  it("cards without a single right answer: a number when it is safe, words when sensitive", () => {
    expect(quizPicture({ a: 4 }, card(ABC, null))).toEqual({ status: "shown", items: [count("a", 4)] });
    expect(quizPicture({ a: 4 }, card(ABC, null, true))).toEqual({ status: "many", option: "a", said: "chose" });
    expect(quizPicture({ a: 3, b: 3 }, card(ABC, null, true))).toEqual({ status: "shown", items: [count("a", 3), count("b", 3)] });
  });

  it("is 'split' (words only, no option named) when no option reaches k", () => {
    expect(quizPicture({ a: 2, b: 2 }, card(ABC, "a"))).toEqual({ status: "split" });
    expect(quizPicture({ a: 1, b: 1, c: 1 }, card(ABC, "a"))).toEqual({ status: "split" });
  });

  it("ignores keys that are not options, junk counts and a duplicated option id", () => {
    const base = quizPicture({ sant: 3, usant: 1 }, card(TF, "sant"));
    expect(quizPicture({ sant: 3, usant: 1, other: 9, pass: 2, "vet-ikke": 3, __proto__: 4 } as Record<string, number>, card(TF, "sant"))).toEqual(base);
    expect(quizPicture({ sant: 3.7, usant: -2, extra: Number.NaN }, card(TF, "sant"))).toEqual({ status: "shown", items: [count("sant", 3)] });
    expect(quizPicture({ sant: 3, usant: 1 }, card(["sant", "usant", "sant"], "sant"))).toEqual(base);
  });

  it("k below 2 is raised to 2; a k that is not a number hides everything", () => {
    expect(quizPicture({ sant: 1, usant: 1 }, card(TF, "sant", false, 0))).toEqual({ status: "split" });
    expect(quizPicture({ sant: 9 }, card(TF, "sant", false, Number.NaN))).toEqual({ status: "hidden", reason: "too-few" });
  });

  it("is groupPicture over the options whenever no unanimity rule applies", () => {
    const counts = { a: 4, b: 1, c: 3 };
    expect(quizPicture(counts, card(ABC, "a"))).toEqual(groupPicture(counts, { k: 3, bins: ABC.map((id) => ({ id })) }));
  });
});

// ---------- exhaustive properties ----------

function* distributions(bins: number, max: number): Generator<number[]> {
  if (bins === 0) {
    yield [];
    return;
  }
  for (let n = 0; n <= max; n++) for (const rest of distributions(bins - 1, max - n)) yield [n, ...rest];
}

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(numbersIn);
  return [];
}

function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
  return [];
}

const ALLOWED_KEYS = new Set(["status", "reason", "items", "id", "level", "amount", "kind", "n", "word", "option", "said"]);

describe("quizPicture: properties over every distribution", () => {
  it("never a number under k, never the total on a sensitive or wrong unanimity, passes never matter, output order fixed", () => {
    let checked = 0;
    const failures: string[] = [];
    for (const m of [2, 3, 4]) {
      const options = ["a", "b", "c", "d"].slice(0, m);
      for (const dist of distributions(m, 10)) {
        const counts: Record<string, number> = {};
        options.forEach((id, i) => {
          if (dist[i] > 0) counts[id] = dist[i];
        });
        const r = dist.reduce((a, b) => a + b, 0);
        for (const k of [2, 3, 4, 5]) {
          for (const correct of [null, ...options]) {
            for (const sensitive of [false, true]) {
              const opts = { k, options, correct, sensitive };
              const pic = quizPicture(counts, opts);
              checked++;
              const fail = (why: string) => failures.push(`${why}: ${JSON.stringify(counts)} k=${k} correct=${correct} sensitive=${sensitive} → ${JSON.stringify(pic)}`);
              const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
              const numbers = numbersIn(pic);

              // Nothing until k chose an option.
              if ((pic.status === "hidden") !== r < k) fail("hidden iff fewer than k");
              // Only known fields: no total, no pass count, no order, no seat.
              for (const key of keysIn(pic)) if (!ALLOWED_KEYS.has(key)) fail(`unexpected key ${key}`);
              // Every number is a count of at least k.
              if (numbers.some((n) => n < k)) fail("a number under k");

              const unanimous = r >= k ? options.find((id) => (counts[id] ?? 0) === r) : undefined;
              const wrong = unanimous !== undefined && correct !== null && unanimous !== correct;
              if (wrong && !same(pic, { status: "many", option: unanimous, said: "thought" })) fail("unanimous wrong must be 'mange trodde'");
              else if (!wrong && unanimous !== undefined && sensitive && !same(pic, { status: "many", option: unanimous, said: "chose" })) fail("sensitive unanimity must be words");
              else if (!wrong && unanimous !== undefined && !sensitive && !same(pic, { status: "shown", items: [count(unanimous, r)] })) fail("safe unanimity is one count");

              // "x of y": the total appears only as the one count of a safe unanimous answer.
              if ((sensitive || wrong || unanimous === undefined) && numbers.includes(r)) fail("the total is shown");

              if (pic.status === "many" && pic.option !== unanimous) fail("'many' names a non-unanimous option");
              if (pic.status === "split" && !(options.every((id) => (counts[id] ?? 0) < k) && r >= k)) fail("split while an option reached k");
              if (pic.status === "shown") {
                const ids = pic.items.map((i) => i.id);
                if (!same(ids, [...options, "other"].filter((id) => ids.includes(id)))) fail("items out of option order");
                if (!pic.items.some((i) => i.level !== "other")) fail("shown with only 'other'");
                const shownTotal = pic.items.reduce((sum, i) => sum + (i.amount.kind === "count" ? i.amount.n : 0), 0);
                if (shownTotal > r) fail("counts add up to more than answered");
              }

              // Passes and don't-knows never change anything.
              if (!same(quizPicture({ ...counts, pass: (r % 3) + 1, dontKnow: (r % 2) + 2 }, opts), pic)) fail("passes changed the picture");
            }
          }
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(30_000);
  });

  it("the same answers give the same picture whatever order they arrived in", () => {
    const random = seededRandom(5);
    const pick = (): QuizAnswer => {
      const x = random();
      return x < 0.15 ? { kind: "pass" } : x < 0.3 ? { kind: "dontKnow" } : { kind: "option", option: ABC[Math.floor(random() * 3)] };
    };
    for (let trial = 0; trial < 300; trial++) {
      const answers = Array.from({ length: 3 + Math.floor(random() * 8) }, pick);
      const opts = card(ABC, trial % 2 ? "a" : null, trial % 3 === 0, 2 + (trial % 3));
      const first: QuizPicture = quizPicture(countQuizAnswers(answers), opts);
      for (let s = 0; s < 5; s++) {
        const shuffled = [...answers].sort(() => random() - 0.5);
        expect(quizPicture(countQuizAnswers(shuffled), opts)).toEqual(first);
      }
    }
  });
});

describe("wordPicture: proposed words without numbers", () => {
  const WORDS = ["glad", "trist", "sint", "redd"];

  it("shows nothing until k children chose a word; passes and unknown words never count", () => {
    expect(wordPicture({ redd: 2, pass: 5, lilla: 3 }, { k: 3, words: WORDS })).toEqual({ status: "hidden", reason: "too-few" });
    expect(wordPicture({ redd: 2, sint: 1 }, { k: 3, words: WORDS })).toEqual({
      status: "shown",
      words: [
        { id: "sint", many: false },
        { id: "redd", many: false },
      ],
    });
  });

  it("lists words in the vocabulary's order, marks 'many' at k, and never holds a number", () => {
    const pic = wordPicture({ redd: 4, glad: 1, trist: 3 }, { k: 3, words: WORDS });
    expect(pic).toEqual({
      status: "shown",
      words: [
        { id: "glad", many: false },
        { id: "trist", many: true },
        { id: "redd", many: true },
      ],
    });
    expect(numbersIn(pic)).toEqual([]);
  });

  it("minPerWord leaves out rare words (for answers about the children themselves)", () => {
    expect(wordPicture({ redd: 4, glad: 1, trist: 2 }, { k: 3, words: WORDS, minPerWord: 3 })).toEqual({
      status: "shown",
      words: [{ id: "redd", many: true }],
    });
  });

  it("over every distribution: hidden iff fewer than k, no numbers, order fixed, passes irrelevant", () => {
    for (const dist of distributions(4, 9)) {
      const counts: Record<string, number> = {};
      WORDS.forEach((w, i) => {
        if (dist[i] > 0) counts[w] = dist[i];
      });
      const r = dist.reduce((a, b) => a + b, 0);
      for (const k of [2, 3, 4]) {
        const pic: WordPicture = wordPicture(counts, { k, words: WORDS });
        expect(pic.status === "hidden").toBe(r < k);
        expect(numbersIn(pic)).toEqual([]);
        if (pic.status === "shown") {
          expect(pic.words.map((w) => w.id)).toEqual(WORDS.filter((w) => (counts[w] ?? 0) > 0));
          for (const w of pic.words) expect(w.many).toBe(counts[w.id] >= k);
        }
        expect(wordPicture({ ...counts, pass: 3, dontKnow: 2 }, { k, words: WORDS })).toEqual(pic);
      }
    }
  });
});
