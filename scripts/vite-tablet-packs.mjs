/**
 * A Vite plugin for the /join build only (vite.config.ts): a tablet downloads
 * the strings of one language, not three.
 *
 * - `client/src/i18n/index.ts` resolves to `client/src/i18n/tablet/index.ts`
 *   (same exports, the small translator, bokmål built in).
 * - Each `activities/<kind>/meta.ts` keeps only `nb` in its `strings: { … }`,
 *   and `i18n/safeguarding.ts` in its `safeguardingStrings`, so the nynorsk
 *   and English objects drop out of the page's bundle.
 * - `virtual:sammen-tablet-pack/<nn|en>` is a chunk with that language's core
 *   strings and every activity's, read from the same meta.ts files (a copy of
 *   the module that exports the one language; tree-shaking drops the rest).
 * - `i18n/nb.ts` loses its console-only and projector-only sections (`host`,
 *   `screen`): no tablet view reads them, and they were a tenth of the page's
 *   JavaScript (docs/performance.md).
 * - A meta.ts whose bokmål object has `// ---------- host ----------` or
 *   `// ---------- screen ----------` parts loses them (each up to the next
 *   `// ---------- … ----------` line or the object's end): the question box's
 *   and word cloud's moderation and projector words are for the console and
 *   projector only. Words both a tablet and another surface read go in a part
 *   of another name ("tablet and screen"). Its `presets: { … }` (the
 *   console's start-list names) goes too.
 * A meta.ts whose `strings` line does not have that shape fails the build, so
 * a language can never silently go missing; so does an nb.ts without those
 * sections in the shape this plugin cuts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const PACK = "virtual:sammen-tablet-pack/";
const LANG_QUERY = "?tablet-lang=";
const CONSOLE_ONLY_SECTIONS = ["host", "screen"];
const STRINGS = /(strings:|safeguardingStrings =)\s*\{\s*(?:nb|nn|en)\s*,\s*(?:nb|nn|en)\s*,\s*(?:nb|nn|en)\s*,?\s*\}/;

export function tabletLanguagePacks(root) {
  const src = path.join(root, "src");
  const i18nIndex = path.join(src, "i18n", "index.ts");
  const tabletIndex = path.join(src, "i18n", "tablet", "index.ts");
  const activitiesDir = path.join(src, "activities");
  const kinds = () => readdirSync(activitiesDir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(path.join(activitiesDir, d.name, "meta.ts"))).map((d) => d.name);
  const safeguarding = path.join(src, "i18n", "safeguarding.ts");
  const nbCore = path.join(src, "i18n", "nb.ts");
  const isMeta = (id) => id === safeguarding || (path.dirname(path.dirname(id)) === activitiesDir && path.basename(id) === "meta.ts");
  return {
    name: "sammen-tablet-language-packs",
    enforce: "pre",
    async resolveId(source, importer) {
      if (source.startsWith(PACK)) return `\0${source}`;
      if (source.includes(LANG_QUERY)) return source;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (resolved && resolved.id === i18nIndex && importer !== tabletIndex) return tabletIndex;
      return null;
    },
    load(id) {
      if (id.startsWith(`\0${PACK}`)) {
        const lang = id.slice(PACK.length + 1);
        if (lang !== "nn" && lang !== "en") throw new Error(`no tablet language pack "${lang}"`);
        const list = kinds();
        return [
          `export { ${lang} as core } from ${JSON.stringify(path.join(src, "i18n", `${lang}.ts`))};`,
          ...list.map((kind, i) => `import { __lang as a${i} } from ${JSON.stringify(path.join(activitiesDir, kind, "meta.ts") + LANG_QUERY + lang + "&lang.ts")};`),
          `export { __lang as safeguarding } from ${JSON.stringify(safeguarding + LANG_QUERY + lang + "&lang.ts")};`,
          `export const activities = { ${list.map((kind, i) => `${JSON.stringify(kind)}: a${i}`).join(", ")} };`,
        ].join("\n");
      }
      if (id.includes(LANG_QUERY)) {
        const [file, query] = id.split(LANG_QUERY);
        const lang = query.split("&")[0];
        return `${readFileSync(file, "utf8")}\nexport const __lang = ${lang};\n`;
      }
      return null;
    },
    transform(code, id) {
      if (id === nbCore) return { code: withoutSections(code, CONSOLE_ONLY_SECTIONS, path.relative(root, id)), map: null };
      if (!isMeta(id)) return null;
      if (!STRINGS.test(code)) throw new Error(`${path.relative(root, id)}: expected \`strings: { nb, nn, en }\` for the tablet's language packs`);
      return { code: withoutConsoleParts(code.replace(STRINGS, "$1 { nb }"), path.relative(root, id)), map: null };
    },
  };
}

/**
 * Drops top-level sections (`  name: {` … `  },` at two spaces) from a strings
 * module written as one object literal; throws when a section is not there in
 * that shape, so a reformatted file cannot silently keep (or half-cut) it.
 */
function withoutSections(code, names, file) {
  const lines = code.split("\n");
  for (const name of names) {
    const start = lines.findIndex((line) => line === `  ${name}: {`);
    const end = start < 0 ? -1 : lines.findIndex((line, i) => i > start && line === "  },");
    if (start < 0 || end < 0) throw new Error(`${file}: expected a top-level \`${name}: {\` … \`},\` section for the tablet build to leave out`);
    lines.splice(start, end - start + 1);
  }
  return lines.join("\n");
}

/** The parts of a meta.ts's bokmål object that no tablet view reads. */
const CUT_PARTS = new Set(["host", "screen"]);
const PART_MARKER = /^  \/\/ ---------- (.+) ----------$/;

/**
 * Drops the CUT_PARTS of a meta.ts's bokmål object (`const nb = {` … `};`);
 * throws when such a marker sits outside that object, so a reformatted file
 * fails the build instead of shipping console words to every tablet.
 */
function withoutConsoleParts(code, file) {
  const lines = code.split("\n");
  const open = lines.indexOf("const nb = {");
  const close = open < 0 ? -1 : lines.indexOf("};", open);
  if (open < 0) return code;
  const kept = [];
  let cutting = false;
  lines.forEach((line, i) => {
    const part = line.match(PART_MARKER)?.[1];
    if (part !== undefined && CUT_PARTS.has(part) && (i < open || i > close)) throw new Error(`${file}: a "${part}" part must sit inside \`const nb = {\` … \`};\``);
    if (part !== undefined) cutting = CUT_PARTS.has(part);
    if (i === close) cutting = false;
    if (!cutting) kept.push(line);
  });
  return withoutPresetNames(kept, open, file).join("\n");
}

/**
 * Drops the bokmål object's `presets: {` … `},` (the console's start-list names and descriptions;
 * no tablet view reads them) when it has one at the top level of `const nb = {`.
 */
function withoutPresetNames(lines, open, file) {
  const start = lines.indexOf("  presets: {", open);
  const close = lines.indexOf("};", open);
  if (start < 0 || start > close) return lines;
  const end = lines.indexOf("  },", start);
  if (end < 0 || end > close) throw new Error(`${file}: expected \`  presets: {\` … \`  },\` inside \`const nb = {\``);
  return [...lines.slice(0, start), ...lines.slice(end + 1)];
}
