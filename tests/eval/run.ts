/**
 * `deno task eval`: runs the corpus through the offline model on the real turn path and prints
 * the right tool per intent and per language, the right arguments and the wrong writes, for the
 * tuned cases and the held-out ones apart, and by the round the cases were written in.
 * `--failures` lists every case that missed, `--only <id prefix>` runs some cases, `--json`
 * prints the figures as JSON.
 *
 * @module
 */
import { parseCommand } from "../../scripts/options.ts";
import { OfflineModel } from "../../src/agent/offline/model.ts";
import { corpus, rounds } from "./corpus.ts";
import { type CaseResult, runCases, summarize, type Summary } from "./runner.ts";

const pct = (n: number, d: number) =>
  d === 0 ? "   -  " : `${(100 * n / d).toFixed(1).padStart(5)}%`;

function print(title: string, s: Summary): void {
  console.log(
    `\n## ${title}: ${s.cases} cases scored (${s.unscored} need a tool this build lacks)`,
  );
  console.log(`right tool  ${pct(s.tool, s.cases)} (${s.tool})`);
  console.log(`right args  ${pct(s.args, s.cases)} (${s.args})`);
  console.log(`wrong writes ${s.wrongWrites}`);
  console.log("\nper language   tool    args");
  for (const [lang, l] of Object.entries(s.byLang)) {
    console.log(
      `  ${lang.padEnd(12)}${pct(l.tool, l.cases)} ${pct(l.args, l.cases)}  (${l.cases})`,
    );
  }
  console.log("\nper intent     tool");
  for (const [intent, i] of Object.entries(s.byIntent).sort()) {
    console.log(`  ${intent.padEnd(14)}${pct(i.tool, i.cases)}  (${i.tool}/${i.cases})`);
  }
}

function failure(r: CaseResult): string {
  const calls = r.calls.map((c) => `${c.name}${JSON.stringify(c.args)}`).join(" ");
  const mark = r.wrongWrite ? "WRONG WRITE" : !r.tool ? "tool" : "args";
  return `${r.case.id} [${mark}] ${JSON.stringify(r.case.text)}\n  expected ${
    JSON.stringify(r.case.expect)
  }\n  made     ${calls || "(no call)"}\n  replied  ${
    r.reply.slice(0, 160).replaceAll("\n", " | ")
  }`;
}

if (import.meta.main) {
  const values = parseCommand({
    command: "deno task eval",
    summary: "the offline model on the evaluation corpus, through the real turn path.",
    options: {
      failures: { type: "boolean", help: "list the tuned cases it misses" },
      "held-out": { type: "boolean", help: "with --failures, list the held-out misses too" },
      only: { type: "string", value: "<id prefix>", help: "run only the cases whose id starts so" },
      json: { type: "boolean", help: "print the figures as JSON" },
    },
    environment: "DATABASE_URL: run on that server (a new database), else the embedded one.",
  });
  const cases = corpus.filter((c) => !values.only || c.id.startsWith(values.only));
  const started = performance.now();
  const results = await runCases(cases, {
    model: (storeName) => new OfflineModel({ storeName }),
  });
  const tuned = summarize(results.filter((r) => !r.case.heldOut));
  const heldOut = summarize(results.filter((r) => r.case.heldOut));
  if (values.json) {
    console.log(JSON.stringify({ tuned, heldOut }, null, 2));
  } else {
    print("tuned", tuned);
    print("held out", heldOut);
    console.log("\nby round       tuned tool  held-out tool  args   wrong writes");
    rounds.forEach((round, n) => {
      const mine = new Set(round);
      const t = summarize(results.filter((r) => mine.has(r.case) && !r.case.heldOut));
      const h = summarize(results.filter((r) => mine.has(r.case) && r.case.heldOut));
      if (t.cases + h.cases === 0) return;
      console.log(
        `  round ${n + 1}       ${pct(t.tool, t.cases)}      ${pct(h.tool, h.cases)}   ${
          pct(h.args, h.cases)
        }  ${h.wrongWrites}  (${t.cases} + ${h.cases})`,
      );
    });
    console.log(
      `\n${results.length} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  if (values.failures) {
    const shown = results.filter((r) =>
      r.scored && (!r.tool || !r.args || r.wrongWrite) && (values["held-out"] || !r.case.heldOut)
    );
    console.log(`\n${shown.map(failure).join("\n")}`);
  }
}
