/**
 * `deno task chat --phone +34600000001`: talk to the agent from a terminal. Each line goes
 * through the same inbox and turn code as a WhatsApp message (not through Twilio) and the
 * answer is printed. Reads standard input to its end, so it can be scripted:
 * `printf 'Hola\nver carrito\n' | deno task chat --phone +34600000001`.
 *
 * @module
 */
import { seedCatalog } from "../src/catalog/seed.ts";
import { databaseOptions, openDatabase } from "../src/db/connect.ts";
import { migrateDatabase } from "../src/db/migrate.ts";
import { E164 } from "../src/shared/ids.ts";
import { createLogger } from "../src/shared/log.ts";
import { createRuntime } from "../src/runtime.ts";
import { ask } from "../src/chat/ask.ts";
import { runCli } from "./cli.ts";
import { parseCommand } from "./options.ts";

const { phone } = parseCommand({
  command: "deno task chat",
  summary: "talk to the sales agent in a terminal, as a WhatsApp customer would.",
  options: {
    phone: {
      type: "string",
      default: "+34600000001",
      value: "<number>",
      help: "the customer you write as, an E.164 number",
    },
  },
  notes: [
    "Each line you type is one message; the agent's answer is printed. Piped input works too:\n" +
    "  printf 'Hola\\nver carrito\\n' | deno task chat --phone +34600000001",
    "Without GOOGLE_API_KEY the offline model answers (write «ayuda» or «help» for what it\n" +
    "understands). The embedded database can be open in one process at a time: stop\n" +
    "`deno task start` first, or point both at DATABASE_URL.",
  ],
});
if (!E164.test(phone)) {
  console.error(`--phone must be an E.164 number such as +34600000001 (got "${phone}")`);
  Deno.exit(2);
}

await runCli(async ({ config }) => {
  const log = createLogger(config.logLevel === "debug" ? "debug" : "error");
  const db = await openDatabase(databaseOptions(config));
  try {
    await migrateDatabase(db.sql, { migrationUrl: config.databaseMigrationUrl });
    await seedCatalog(db.sql, config.storeCurrency);
    const { inbox, model } = createRuntime({ db, config, log });
    const interactive = Deno.stdin.isTerminal();
    if (interactive) {
      console.log(`${config.storeName} — ${model.name} model — as ${phone}. Ctrl-D to quit.`);
    }
    const lines = Deno.stdin.readable.pipeThrough(new TextDecoderStream()).pipeThrough(
      lineSplitter(),
    );
    if (interactive) await Deno.stdout.write(new TextEncoder().encode("> "));
    for await (const line of lines) {
      const text = line.trim();
      if (text) {
        const reply = await ask(inbox, phone, text);
        for (const m of reply.messages) {
          console.log(
            [m.body, m.mediaUrl ? `[image: ${m.mediaUrl}]` : ""].filter(Boolean).join("\n"),
          );
        }
        if (reply.status === "skipped") console.log("(a person from the shop will answer)");
        console.log();
      }
      if (interactive) await Deno.stdout.write(new TextEncoder().encode("> "));
    }
    await inbox.close();
  } finally {
    await db.close();
  }
});

function lineSplitter(): TransformStream<string, string> {
  let buffer = "";
  return new TransformStream({
    transform(chunk, controller) {
      buffer += chunk;
      const lines = buffer.split(/\r?\n/);
      buffer = lines.pop() ?? "";
      for (const line of lines) controller.enqueue(line);
    },
    flush(controller) {
      if (buffer) controller.enqueue(buffer);
    },
  });
}
