/**
 * Nynorsk tablets must not show bokmål. Every string of the i18n files and of
 * each activity's meta.ts is compared with its nynorsk version: a missing
 * nynorsk string (the `...nb` fallback) or one identical to the bokmål one
 * fails, unless it is listed below:
 *  - SAME_IN_NYNORSK: the words are spelled the same in both written forms
 *    ("glad", "Takk for i dag!"), checked by a person;
 *  - a kind's own `sameInNynorsk` in its meta.ts (keys under its namespace), so a new
 *    kind lists its words in its own folder;
 *  - CONSOLE_PREFIXES and CONSOLE_NOT_YET_TRANSLATED: facilitator-console
 *    strings that still fall back to bokmål (the console is for adults;
 *    children never see them).
 * A listed key that has since been translated, or no longer exists, fails too,
 * so the lists stay true.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nb } from "../../client/src/i18n/nb.js";
import { nn } from "../../client/src/i18n/nn.js";

type Tree = { readonly [key: string]: unknown };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => {
    if (typeof v === "string") return [[prefix + k, v]];
    if (v && typeof v === "object") return leaves(v as Tree, `${prefix}${k}.`);
    return [];
  });
}

const SAME_IN_NYNORSK: readonly string[] = [
  "feelings.flau", "feelings.bade-og",
  "quiz.presets.lurer.name",
  "app.name", "avatar.animal.fox", "avatar.animal.bear", "avatar.animal.owl", "avatar.animal.rabbit",
  "avatar.animal.cat", "avatar.animal.dog", "avatar.animal.frog", "avatar.animal.lion", "avatar.animal.penguin",
  "avatar.colour.blue", "avatar.colour.orange", "avatar.colour.purple", "avatar.label", "feelings.glad",
  "feelings.stolt", "feelings.trist", "feelings.sint", "feelings.redd", "feelings.strength.litt",
  "feelings.strength.veldig", "amount.many", "common.readAloud", "common.pass", "common.back", "common.language",
  "common.languages.nb", "common.languages.nn", "common.languages.en", "errors.UNAUTHORIZED", "errors.RATE_LIMITED",
  "errors.KICKED", "join.title", "join.codeLabel", "join.lobby", "join.betweenTitle", "join.you", "join.endedTitle",
  "join.kickedTitle", "join.tooOld", "join.reload", "join.startAgain", "display.textSize.large", "display.contrast",
  "display.contrastLevel.high", "screen.joinAt", "screen.code", "screen.betweenTitle", "screen.ended",
  "screen.qrAlt", "calm.title", "calm.in", "calm.out", "goal.title", "goal.full", "ballongen.title",
  "ballongen.goal", "byggsammen.motif.fyr", "byggsammen.place", "byggsammen.give", "byggsammen.colour.orange",
  "byggsammen.colour.yellow", "byggsammen.colour.blue", "byggsammen.colour.purple", "byggsammen.colour.lamp",
  "byggsammen.placed", "games.watch.back", "games.watch.hostCount_one", "games.watch.hostCount_other", "checkin.thermometer.low", "checkin.thermometer.high",
  "checkin.thermometer.value", "checkin.grid.words.glad", "checkin.grid.words.ivrig", "checkin.grid.words.stolt",
  "checkin.grid.words.spent", "checkin.grid.words.modig", "checkin.grid.words.trygg", "checkin.grid.words.sint",
  "checkin.grid.words.redd", "checkin.grid.words.frustrert", "checkin.grid.words.nervos", "checkin.grid.words.trist",
  "checkin.grid.words.sliten", "checkin.grid.words.skamfull", "checkin.grid.words.lei", "checkin.bands.thermo-heavy",
  "checkin.bands.thermo-middle", "checkin.bands.thermo-light", "checkin.change.same", "checkin.screenTitle.checkin",
  "detective.roundOf", "detective.endTablet", "hvahjelper.cards.dagbok", "hvahjelper.cards.grate",
  "hvahjelper.columns.helps", "hvahjelper.pass", "hvahjelper.status.helps", "hvahjelper.status.unsorted",
  "questionbox.writeLabel", "questionbox.withdraw", "questionbox.group", "questionbox.screenTitle",
  "questionbox.errors.ask.INVALID", "quiz.cardOf", "quiz.options", "quiz.thanks", "quiz.hereIsTheAnswer",
  "quiz.answerIs", "quiz.endTablet", "quiz.theAnswer", "quiz.groupTitle", "quiz.manyChose", "quiz.otherAnswers",
  "styrkehagen.title", "styrkehagen.strengths.modig", "styrkehagen.strengths.lytter", "styrkehagen.strengths.snill",
  "styrkehagen.strengths.deler", "styrkehagen.strengths.kreativ", "wordcloud.send", "wordcloud.left_one",
  "wordcloud.left_other", "wordcloud.withdraw", "wordcloud.phaseClosed",
  "hand.host.none", "hand.host.lower", "hand.host.lowerAll", "hand.host.at",
];

/** The console's own namespace: adults only, translated later (nn.ts falls back to bokmål there). */
const CONSOLE_PREFIXES: readonly string[] = ["host."];

const CONSOLE_NOT_YET_TRANSLATED: readonly string[] = [
  "common.cancel", "common.close", "join.next", "calm.start", "calm.stop", "calm.running", "calm.pattern",
  "calm.hostHint", "goal.light", "goal.target", "goal.celebrateTitle", "goal.celebrateHint", "goal.strengthsLegend",
  "goal.ownWords", "goal.show", "goal.dismiss", "games.controls", "games.pause", "games.resume", "games.easier",
  "games.harder", "games.level", "games.hint", "games.almostButton", "games.tryAgain", "games.newRound",
  "games.status.running", "games.status.paused", "games.status.almost", "games.status.success", "games.statusLabel",
  "games.debriefTitle", "games.debriefMore", "games.noScores", "games.successes_one", "games.successes_other",
  "checkin.kind.name", "ballongen.kind.name", "styrkehagen.kind.name", "checkin.presets.checkout.name", "quiz.kind.name",
  "questionbox.kind.name", "wordcloud.kind.name", "ballongen.presets.standard.name",
  "ballongen.presets.short.name", "byggsammen.hostPlaced", "byggsammen.hostUndealt", "byggsammen.order.ordered",
  "byggsammen.order.free", "checkin.reveal", "checkin.reopen", "checkin.preview", "checkin.previewHidden",
  "checkin.answers", "checkin.noAnswer", "checkin.passed", "checkin.beforeAfter", "checkin.flagged",
  "checkin.answered", "checkin.shownNote", "checkin.tools.faces", "checkin.tools.thermometer", "checkin.tools.grid",
  "checkin.presets.thermometer.name", "checkin.presets.thermometer.description", "checkin.presets.grid.name",
  "checkin.presets.grid.description", "detective.next", "detective.restart", "detective.passed",
  "hvahjelper.settleLabel", "hvahjelper.settled", "hvahjelper.cardsTitle", "hvahjelper.choose",
  "questionbox.presets.standard.name", "questionbox.close", "questionbox.open", "questionbox.queue",
  "questionbox.queueEmpty", "questionbox.queueHidden_one", "questionbox.queueHidden_other",
  "questionbox.queueUrgentHidden", "questionbox.removeNames", "questionbox.fromTablet", "questionbox.from",
  "questionbox.flagged", "questionbox.matched", "questionbox.whatToDo", "questionbox.reportedBy_one",
  "questionbox.reportedBy_other", "questionbox.shownAs", "questionbox.meTooCount_one",
  "questionbox.meTooCount_other", "questionbox.screenMeToo", "questionbox.note", "questionbox.mergedWith_one",
  "questionbox.mergedWith_other", "questionbox.approve", "questionbox.rephrase", "questionbox.rephraseLabel",
  "questionbox.approveRephrased", "questionbox.edit", "questionbox.saveText", "questionbox.cancel",
  "questionbox.talkLater", "questionbox.noteLabel", "questionbox.saveLater", "questionbox.discard",
  "questionbox.hold", "questionbox.backToQueue", "questionbox.markAnswered", "questionbox.select",
  "questionbox.mergeSelected_one", "questionbox.mergeSelected_other", "questionbox.mergeKeep", "questionbox.merge",
  "questionbox.mergeHint", "questionbox.clearSelection", "questionbox.shown", "questionbox.shownEmpty",
  "questionbox.orderShuffle", "questionbox.orderHost", "questionbox.shuffle", "questionbox.moveUp",
  "questionbox.moveDown", "questionbox.later", "questionbox.discarded", "questionbox.passed",
  "questionbox.itemLabel", "questionbox.asSent", "questionbox.mergedList", "questionbox.reorderDone", "quiz.reveal",
  "quiz.next", "quiz.backToLast", "quiz.passed", "styrkehagen.presets.standard.name", "styrkehagen.hostCount",
  "styrkehagen.queue", "styrkehagen.queueHidden_one", "styrkehagen.queueHidden_other", "styrkehagen.noQueue",
  "styrkehagen.approve", "styrkehagen.rephraseLabel", "styrkehagen.discard", "styrkehagen.from",
  "styrkehagen.flagged", "styrkehagen.removeNames", "wordcloud.close", "wordcloud.open", "wordcloud.shuffle",
  "wordcloud.preview", "wordcloud.previewHidden", "wordcloud.queue", "wordcloud.queueEmpty",
  "wordcloud.queueHidden_one", "wordcloud.queueHidden_other", "wordcloud.queueUrgentHidden", "wordcloud.fromTablet",
  "wordcloud.from", "wordcloud.flagged", "wordcloud.matched", "wordcloud.whatToDo", "wordcloud.approve",
  "wordcloud.fix", "wordcloud.fixLabel", "wordcloud.approveFixed", "wordcloud.cancel", "wordcloud.discard",
  "wordcloud.hold", "wordcloud.backToQueue", "wordcloud.approved", "wordcloud.discarded", "wordcloud.passed",
  "wordcloud.sentAs",
];

/** Filled from each kind's meta.ts `sameInNynorsk` while the strings are read. */
const KIND_SAME_IN_NYNORSK: string[] = [];

interface Pair {
  key: string;
  nb: string;
  nn: string | undefined;
}

async function allStrings(): Promise<Pair[]> {
  const sets: [string, Tree, Tree][] = [["", nb as unknown as Tree, nn as unknown as Tree]];
  KIND_SAME_IN_NYNORSK.length = 0;
  const dir = new URL("../../client/src/activities/", import.meta.url);
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !readdirSync(new URL(`${entry.name}/`, dir)).includes("meta.ts")) continue;
    const mod = (await import(new URL(`${entry.name}/meta.ts`, dir).href)) as Record<string, unknown>;
    const meta = Object.values(mod).find((x): x is { strings: { nb: Tree; nn: Tree }; sameInNynorsk?: readonly string[] } => !!x && typeof x === "object" && "strings" in x);
    if (meta) sets.push([`${entry.name}.`, meta.strings.nb, meta.strings.nn]);
    for (const key of meta?.sameInNynorsk ?? []) KIND_SAME_IN_NYNORSK.push(`${entry.name}.${key}`);
  }
  return sets.flatMap(([prefix, a, b]) => {
    const other = new Map(leaves(b));
    return leaves(a).map(([key, value]) => ({ key: prefix + key, nb: value, nn: other.get(key) }));
  });
}

describe("nynorsk strings", () => {
  it("every string has its own nynorsk text, or is listed as the same in both forms or as console-only", async () => {
    const strings = await allStrings();
    expect(strings.length).toBeGreaterThan(500);
    const listed = new Set([...SAME_IN_NYNORSK, ...KIND_SAME_IN_NYNORSK, ...CONSOLE_NOT_YET_TRANSLATED]);
    const untranslated = strings
      .filter((s) => (s.nn === undefined || s.nn === s.nb) && !listed.has(s.key) && !CONSOLE_PREFIXES.some((p) => s.key.startsWith(p)))
      .map((s) => `${s.key}: ${JSON.stringify(s.nb)}`);
    expect(untranslated).toEqual([]);
  });

  it("lists no key twice, none that is translated by now, none that no longer exists", async () => {
    const byKey = new Map((await allStrings()).map((s) => [s.key, s]));
    const all = [...SAME_IN_NYNORSK, ...KIND_SAME_IN_NYNORSK, ...CONSOLE_NOT_YET_TRANSLATED];
    expect(new Set(all).size).toBe(all.length);
    const stale = all.filter((k) => {
      const s = byKey.get(k);
      return !s || (s.nn !== undefined && s.nn !== s.nb);
    });
    expect(stale).toEqual([]);
  });

  it("the words the editor found are nynorsk now", () => {
    expect(nn.avatar.animal.turtle).toBe("skjelpadde");
    expect(nn.avatar.animal.whale).toBe("kval");
    expect(nn.errors.FORBIDDEN).toBe("Det kan du ikkje gjere her.");
  });
});
