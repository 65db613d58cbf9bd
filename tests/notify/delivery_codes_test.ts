import assert from "node:assert/strict";
import { statusForm } from "../fakes/twilio.ts";
import { sellingShop } from "../helpers/sale.ts";

Deno.test("63016 and 131050 on a proactive message are recorded; 131050 records an opt-out", async () => {
  await using shop = await sellingShop();
  const phone = "+34600000601";
  await shop.send(phone, "quiero 2 del producto 1");
  await shop.send(phone, "quiero pagar, lo recojo y pago en efectivo");
  await shop.send(phone, "sí");
  const [order] = await shop.sql`select id, customer_id from orders`;
  await shop.settle();
  const move = async (status: string) => {
    const res = await shop.json("PATCH", `/api/orders/${order.id}`, { status }, { admin: true });
    assert.equal(res.status, 200);
    await shop.settle();
    return shop.twilio.messages.at(-1)!;
  };
  const callback = (sent: { sid: string; to: string }, code: string) =>
    shop.post(
      statusForm({
        MessageSid: sent.sid,
        MessageStatus: "undelivered",
        To: sent.to,
        ErrorCode: code,
      }),
      { path: "/webhook/status" },
    );

  const paid = await move("paid");
  assert.equal((await callback(paid, "63016")).status, 204);
  const ready = await move("ready_for_pickup");
  assert.equal((await callback(ready, "131050")).status, 204);

  const res = await shop.json(
    "GET",
    `/api/admin/customers/${order.customerId}/marketing`,
    undefined,
    { admin: true },
  );
  const consent = await res.json();
  assert.equal(consent.marketing, "opted_out");
  assert.equal(consent.source, "provider");
  assert.deepEqual(
    consent.messages.map((m: { kind: string; delivery: string; error_code: number }) => [
      m.kind,
      m.delivery,
      m.error_code,
    ]),
    [["ready_for_pickup", "undelivered", 131050], ["paid", "undelivered", 63016]],
  );
});
