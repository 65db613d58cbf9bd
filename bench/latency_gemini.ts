/**
 * The fake Gemini of bench/latency.ts, in a process of its own: answers the four kinds of turn
 * like a tool-calling model, after the latency given as the first argument (ms), and prints its
 * URL on the first line of standard output.
 *
 * @module
 */
import { FakeGemini, type FakeReply, type RecordedRequest } from "../tests/fakes/gemini.ts";

/** A tool-calling model for the four kinds of turn; the answer after the tools is text. */
function reply(req: RecordedRequest): FakeReply {
  const contents = req.body.contents ?? [];
  const last = contents.at(-1)?.parts ?? [];
  if (last.some((p) => p.functionResponse)) {
    return { text: "Hecho. ¿Algo más? Te confirmo el pedido y el total por aquí." };
  }
  const text = last.map((p) => p.text ?? "").join(" ");
  if (text.startsWith("¿hacen envíos")) return { calls: [{ name: "shop_info", args: {} }] };
  const product = /producto (\d+)/.exec(text);
  if (product) {
    return {
      calls: [{ name: "add_to_cart", args: { product_id: Number(product[1]), quantity: 1 } }],
    };
  }
  if (text.startsWith("quiero pagar")) {
    return {
      calls: [
        { name: "save_customer_details", args: { name: "Ana López" } },
        { name: "review_order", args: { fulfilment: "pickup", payment: "cash" } },
      ],
    };
  }
  return { calls: [{ name: "place_order", args: { quote_id: lastQuoteId(contents) } }] };
}

/** The quote_id of the latest review_order result in the history. */
function lastQuoteId(contents: NonNullable<RecordedRequest["body"]["contents"]>): string {
  for (const content of [...contents].reverse()) {
    for (const part of content.parts ?? []) {
      const response = part.functionResponse;
      const id = response?.name === "review_order" ? response.response?.quote_id : undefined;
      if (typeof id === "string") return id;
    }
  }
  return "no-quote";
}

const fake = await FakeGemini.start();
fake.fallback(reply);
fake.setDelay(Number(Deno.args[0] ?? 0));
console.log(fake.url);
Deno.addSignalListener("SIGTERM", async () => {
  await fake.close();
  Deno.exit(0);
});
