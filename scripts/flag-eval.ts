/**
 * Prints the flagging evaluation figures, and with --write puts them into
 * docs/safeguarding.md between the flag-eval markers. Run: npm run eval:flags
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DOCS_END, DOCS_START, docsBlock, runEvaluation } from "../shared/safeguarding/eval/run.js";

const docs = fileURLToPath(new URL("../docs/safeguarding.md", import.meta.url));
const block = docsBlock(runEvaluation());
console.log(block);
if (process.argv.includes("--write")) {
  const text = readFileSync(docs, "utf8");
  const start = text.indexOf(DOCS_START);
  const end = text.indexOf(DOCS_END);
  if (start < 0 || end < start) throw new Error(`docs/safeguarding.md has no flag-eval markers`);
  writeFileSync(docs, text.slice(0, start) + block + text.slice(end + DOCS_END.length));
  console.log(`\nwritten to ${docs}`);
}
