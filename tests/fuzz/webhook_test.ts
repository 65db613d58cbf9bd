/**
 * The Twilio webhooks (`POST /webhook`, `POST /webhook/status`) under attack. Unsigned and
 * forged posts are 403, non-forms 415, bodies over 64 KB 413, signed forms with a broken field
 * 400, all storing nothing. Correctly signed hostile messages are answered with well-formed
 * TwiML and stored once as sent (or refused with 400, storing nothing), leaving the catalog and
 * the orders alone; hostile status callbacks change nothing but delivery statuses; and products
 * the admin API accepted, whatever their names, reach customers as well-formed TwiML.
 *
 * @module
 */
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  brokenMessage,
  brokenStatus,
  forgedSignature,
  type Form,
  freshSender,
  hostileMessage,
  hostileStatus,
  onTheWire,
  signature,
} from "./forms.ts";
import { extraHeaders, notJsonContentType } from "./headers.ts";
import { FAKE_ACCOUNT_SID } from "../fakes/twilio.ts";
import { checkAnswer, echoSafe, type FuzzRequest, isEchoSafe, send, summarized } from "./http.ts";
import { batches, fuzz, printTally } from "./run.ts";
import { fuzzShop, type Table } from "./shop.ts";
import { validValue } from "./schema.ts";
import { hasStackMarker, hostileString, hostileText, storedAsSent } from "./strings.ts";

const FORM_TYPE = "application/x-www-form-urlencoded";

/** Extra headers, minus the forwarding ones that change the URL a signature covers. */
const headers = extraHeaders.map((h) =>
  Object.fromEntries(Object.entries(h).filter(([name]) => !/^x-forwarded-/i.test(name)))
);
const statusQuery = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "?outbound=1",
    "?outbound=-1",
    "?outbound=1e999",
    "?outbound=%00",
    "?outbound=1&outbound=2",
  ),
  hostileString.map((v) => `?${new URLSearchParams({ outbound: v })}`),
);

function webhookPost(
  url: string,
  form: Form | string,
  fields: { signature: string | null; type?: string | null; headers?: Record<string, string> },
): FuzzRequest {
  const type = fields.type === undefined ? FORM_TYPE : fields.type;
  return summarized({
    route: `POST ${url.split("?")[0]}`,
    method: "POST",
    url,
    headers: {
      ...fields.headers,
      ...(type === null ? {} : { "content-type": type }),
      ...(fields.signature === null ? {} : { "x-twilio-signature": fields.signature }),
    },
    body: typeof form === "string" ? form : new URLSearchParams(form).toString(),
  });
}

Deno.test("the webhooks refuse what is not Twilio's and survive what is", async (t) => {
  await using shop = await fuzzShop({ INLINE_REPLY_MS: "2000" });
  const token = shop.twilio.authToken;
  const signed = (url: string, form: Form) => signature(token, `http://localhost${url}`, form);
  const anyForm = fc.oneof(
    fc.tuple(fc.constant("/webhook"), fc.oneof(hostileMessage, brokenMessage)),
    fc.tuple(
      statusQuery.map((q) => `/webhook/status${q}`),
      fc.oneof(hostileStatus, brokenStatus),
    ),
  );

  await t.step("unsigned and forged posts: 403, nothing stored", async () => {
    const forged = anyForm.chain(([url, form]) =>
      fc.tuple(forgedSignature(token, `http://localhost${url}`, form), headers).map(([sig, h]) =>
        webhookPost(url, form, { signature: sig, headers: h })
      )
    );
    // Signed for the URL the forwarded headers name (another app of the account): without
    // TRUSTED_PROXIES those headers are ignored, so the signature does not match.
    const forwarded = fc.tuple(
      anyForm,
      fc.constantFrom<[Record<string, string>, string][]>(
        [{ "x-forwarded-host": "evil.example" }, "http://evil.example"],
        [{ "x-forwarded-proto": "https" }, "https://localhost"],
      ),
    ).map(([[url, form], [h, origin]]) =>
      webhookPost(url, form, { signature: signature(token, `${origin}${url}`, form), headers: h })
    );
    const request = echoSafe(fc.oneof({ weight: 4, arbitrary: forged }, forwarded));
    await fuzz(
      "forged webhooks",
      batches(request),
      async (batch) => {
        for (const r of batch) checkAnswer(await send(shop.request, r), [403]);
        await shop.unchanged();
      },
      { runs: 50 },
    );
  });

  await t.step("bodies that are not forms (415) or over 64 KB (413): nothing stored", async () => {
    const notForm = fc.tuple(
      anyForm,
      notJsonContentType.filter((type) =>
        !/^\s*application\/x-www-form-urlencoded\s*(;|$)/i.test(type ?? "")
      ),
      fc.boolean(),
    ).map(([[url, form], type, json]) => ({
      request: webhookPost(url, json ? JSON.stringify(form) : form, {
        signature: signed(url, form),
        type,
      }),
      expected: 415,
    }));
    const oversized = fc.tuple(anyForm, fc.integer({ min: 65_537, max: 200_000 })).map((
      [[url, form], bytes],
    ) => {
      const big = { ...form, Body: "x".repeat(bytes) };
      return { request: webhookPost(url, big, { signature: signed(url, big) }), expected: 413 };
    });
    const request = fc.oneof(notForm, oversized).filter(({ request }) => isEchoSafe(request));
    await fuzz(
      "webhook bodies",
      batches(request),
      async (batch) => {
        for (const { request, expected } of batch) {
          checkAnswer(await send(shop.request, request), [expected]);
        }
        await shop.unchanged();
      },
      { runs: 25 },
    );
  });

  await t.step("signed forms with a broken field: 400, nothing stored", async () => {
    const request = fc.tuple(
      fc.oneof(
        fc.tuple(fc.constant("/webhook"), brokenMessage),
        fc.tuple(statusQuery.map((q) => `/webhook/status${q}`), brokenStatus),
      ),
      headers,
    ).map(([[url, form], h]) =>
      webhookPost(url, form, { signature: signed(url, form), headers: h })
    );
    await fuzz(
      "broken webhooks",
      batches(echoSafe(request)),
      async (batch) => {
        for (const r of batch) checkAnswer(await send(shop.request, r), [400]);
        await shop.unchanged();
      },
      { runs: 50 },
    );
  });

  await t.step(
    "signed hostile status callbacks: no 5xx, only delivery statuses change",
    async () => {
      const request = fc.tuple(statusQuery, hostileStatus, headers).map(([query, form, h]) => {
        const url = `/webhook/status${query}`;
        return webhookPost(url, form, { signature: signed(url, form), headers: h });
      });
      await fuzz(
        "status callbacks",
        batches(echoSafe(request)),
        async (batch) => {
          for (const r of batch) checkAnswer(await send(shop.request, r), [204, 400]);
          await shop.unchanged(["outbound_messages"]);
        },
        { runs: 40 },
      );
    },
  );

  await t.step("signed hostile messages: 200 and stored once as sent, or 400", async () => {
    const catalog: Table[] = ["products", "orders", "order_items"];
    const catalogBefore = await shop.fingerprint(catalog);
    const message = fc.tuple(hostileMessage, headers, fc.boolean()).map(([form, h, twice]) => ({
      form,
      twice,
      request: webhookPost("/webhook", form, { signature: signed("/webhook", form), headers: h }),
    })).filter(({ request }) => isEchoSafe(request));
    await fuzz("hostile messages", message, async ({ form, twice, request }) => {
      let status = 0;
      for (let i = 0; i < (twice ? 2 : 1); i++) {
        const answer = await send(shop.request, request);
        checkAnswer(answer, [200, 400]);
        if (answer.status === 200) checkTwiml(answer.contentType, answer.text);
        status = answer.status;
      }
      const wire = onTheWire(form);
      const rows = await shop.sql<{ text: string; media: { url: unknown }[] }[]>`
        select text, media from messages where external_id = ${wire.MessageSid}`;
      assert.equal(rows.length, status === 200 ? 1 : 0, "stored once if accepted, else never");
      for (const row of rows) {
        assert.ok(storedAsSent(wire.Body, row.text), `stored as ${JSON.stringify(row.text)}`);
        for (const item of row.media ?? []) assert.match(String(item.url), /^https?:\/\//i);
      }
      assert.deepEqual(await shop.fingerprint(catalog), catalogBefore, "catalog or orders changed");
    }, { runs: 40 });
  });

  await t.step("products with hostile names reach customers as well-formed TwiML", async () => {
    const create = shop.operations.find((o) => o.route === "POST /api/products");
    assert.ok(create?.body, "POST /api/products is documented with a body");
    const product = validValue(create.body, hostileText(300)).map((fields) =>
      JSON.stringify(fields)
    )
      .filter((json) => !hasStackMarker(json));
    let created = 0;
    await fuzz(
      "hostile products",
      fc.tuple(product, freshSender),
      async ([json, from]) => {
        const answer = await send(
          shop.request,
          summarized({
            route: create.route,
            method: "POST",
            url: "/api/products",
            headers: {
              authorization: `Bearer ${shop.target.adminToken}`,
              "content-type": "application/json",
            },
            // A fresh SKU and message each time: no run, nor re-run while shrinking, is a repeat.
            body: JSON.stringify({ ...JSON.parse(json), sku: `FZ-${++created}` }),
          }),
        );
        checkAnswer(answer, [201, 400]);
        if (answer.status !== 201) return;
        const ask = {
          MessageSid: `SM${String(created).padStart(32, "0")}`,
          From: from,
          AccountSid: FAKE_ACCOUNT_SID,
          To: "whatsapp:+14155238886",
          Body: `muéstrame el producto ${JSON.parse(answer.text).id}`,
        };
        const reply = await send(
          shop.request,
          webhookPost("/webhook", ask, { signature: signed("/webhook", ask) }),
        );
        checkAnswer(reply, [200]);
        checkTwiml(reply.contentType, reply.text);
      },
      { runs: 20 },
    );
  });

  printTally("webhook");
});

/** TwiML Twilio can parse: XML, without the characters XML 1.0 forbids. */
function checkTwiml(contentType: string, xml: string): void {
  assert.match(contentType, /^text\/xml/);
  assert.match(xml, /^<\?xml [^>]*\?><Response/);
  const forbidden = [...xml].find((char) => {
    const code = char.codePointAt(0)!;
    return (code < 0x20 && ![0x9, 0xa, 0xd].includes(code)) || code === 0xfffe || code === 0xffff;
  });
  assert.equal(forbidden, undefined, `TwiML with a character XML forbids: ${JSON.stringify(xml)}`);
}
