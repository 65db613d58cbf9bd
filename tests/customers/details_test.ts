import assert from "node:assert/strict";
import {
  customerDetails,
  describeAddress,
  DetailsInput,
  markAddressUsed,
  saveCustomerDetails,
  saveLocationPin,
} from "../../src/customers/details.ts";
import { AppError } from "../../src/shared/errors.ts";
import { testDatabase } from "../helpers/db.ts";

async function newCustomer(sql: Awaited<ReturnType<typeof testDatabase>>["sql"], phone: string) {
  const [{ id }] = await sql<{ id: number }[]>`
    insert into customers (phone, name) values (${phone}, 'Profile') returning id`;
  return id;
}

Deno.test("a customer's name, email and address are saved; an unused address is corrected in place", async () => {
  await using db = await testDatabase();
  const id = await newCustomer(db.sql, "+34600000001");
  await saveCustomerDetails(
    db.sql,
    id,
    DetailsInput.parse({
      name: " Lucía Ferrer ",
      street: "calle Alcalá 23 3ºB",
      postal_code: "28009",
    }),
  );
  const saved = await saveCustomerDetails(
    db.sql,
    id,
    DetailsInput.parse({
      city: "Madrid",
      email: "lucia@example.com",
    }),
  );
  assert.deepEqual(
    [saved.name, saved.email, saved.profileName],
    ["Lucía Ferrer", "lucia@example.com", "Profile"],
  );
  assert.equal(saved.addresses.length, 1, "completed in place");
  assert.equal(describeAddress(saved.address!), "calle Alcalá 23 3ºB, 28009 Madrid");
});

Deno.test("after an order used an address, a change saves a new one keeping the rest, and the old one can be chosen again", async () => {
  await using db = await testDatabase();
  const id = await newCustomer(db.sql, "+34600000002");
  const first = await saveCustomerDetails(db.sql, id, {
    street: "Calle Mayor 5",
    city: "Madrid",
    postal_code: "28013",
  });
  await markAddressUsed(db.sql, first.address!.id);
  const noted = await saveCustomerDetails(db.sql, id, { notes: "portal 2, 3ºA" });
  assert.equal(noted.addresses.length, 2);
  assert.equal(describeAddress(noted.address!), "Calle Mayor 5, 28013 Madrid (portal 2, 3ºA)");
  assert.equal(noted.address?.usedAt, null);

  const pin = await saveLocationPin(db.sql, id, {
    latitude: 40.4168,
    longitude: -3.7038,
    address: "Puerta del Sol",
    label: "Casa",
  });
  const withPin = await customerDetails(db.sql, id);
  assert.equal(withPin.address?.id, pin.id);
  assert.equal(describeAddress(pin), "Casa, Puerta del Sol");

  const back = await saveCustomerDetails(db.sql, id, { address_id: first.address!.id });
  assert.equal(back.address?.id, first.address!.id);
  const other = await newCustomer(db.sql, "+34600000003");
  await assert.rejects(
    () => saveCustomerDetails(db.sql, other, { address_id: first.address!.id }),
    (err) => err instanceof AppError && err.status === 404,
  );
  assert.equal((await customerDetails(db.sql, other)).address, null);
});

Deno.test("bad values are refused naming the field, and nothing is saved", async () => {
  await using db = await testDatabase();
  const id = await newCustomer(db.sql, "+34600000004");
  for (
    const input of [
      { name: "A" },
      { name: "Robert'); drop table customers;--" },
      { name: "x".repeat(101) },
      { email: "not-an-email" },
      { street: "12" },
      { postal_code: "28013!" },
      { city: "Madrid\u0007" },
      { notes: "a\nb" },
      { country: "ES1" },
      { customer_id: 2 },
      { fee_minor: 0 },
    ]
  ) {
    assert.equal(DetailsInput.safeParse(input).success, false, JSON.stringify(input));
  }
  await assert.rejects(
    () => saveCustomerDetails(db.sql, id, {}),
    /Nothing to save/,
  );
  await assert.rejects(
    () => saveCustomerDetails(db.sql, id, { address_id: 1, street: "Calle Luna 3" }),
    /Either choose a saved address/,
  );
  const details = await customerDetails(db.sql, id);
  assert.deepEqual([details.name, details.email, details.addresses], [null, null, []]);
});
