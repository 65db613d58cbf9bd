import assert from "node:assert/strict";
import { cancelJob, scheduleJob } from "../../src/jobs/queue.ts";
import { JobRunner } from "../../src/jobs/runner.ts";
import { manualClock } from "../../src/shared/clock.ts";
import { createLogger } from "../../src/shared/log.ts";
import { testDatabase } from "../helpers/db.ts";

const log = createLogger("silent");

Deno.test("scheduling the same kind and key twice moves the one open job", async () => {
  await using db = await testDatabase();
  const first = await scheduleJob(db.sql, {
    kind: "test.ping",
    key: "a",
    dueAt: new Date("2026-12-01T10:00:00Z"),
    payload: { n: 1 },
  });
  const second = await scheduleJob(db.sql, {
    kind: "test.ping",
    key: "a",
    dueAt: new Date("2026-12-01T11:00:00Z"),
    payload: { n: 2 },
  });
  assert.equal(second, first);
  const rows = await db.sql`select due_at, payload from jobs where kind = 'test.ping'`;
  assert.equal(rows.length, 1);
  assert.equal(rows[0].dueAt.toISOString(), "2026-12-01T11:00:00.000Z");
  assert.deepEqual(rows[0].payload, { n: 2 });
});

Deno.test("a job runs when its time comes, not before, and a cancelled one never", async () => {
  await using db = await testDatabase();
  const clock = manualClock(new Date("2026-12-01T10:00:00Z"));
  const ran: string[] = [];
  const jobs = new JobRunner(db.sql, { clock, log });
  jobs.handle("test.ping", (job) => {
    ran.push(job.key);
    return Promise.resolve();
  });
  await scheduleJob(db.sql, {
    kind: "test.ping",
    key: "soon",
    dueAt: new Date("2026-12-01T10:30:00Z"),
  });
  await scheduleJob(db.sql, {
    kind: "test.ping",
    key: "gone",
    dueAt: new Date("2026-12-01T10:30:00Z"),
  });
  assert.equal(await cancelJob(db.sql, "test.ping", "gone"), true);
  assert.equal(await jobs.runDue(), 0);
  assert.equal((await jobs.nextDue())?.toISOString(), "2026-12-01T10:30:00.000Z");
  clock.advance(30 * 60_000);
  assert.equal(await jobs.runDue(), 1);
  assert.deepEqual(ran, ["soon"]);
  assert.equal(await jobs.runDue(), 0);
  const [row] = await db.sql`select status, finished_at from jobs where key = 'soon'`;
  assert.equal(row.status, "done");
});

Deno.test("two workers racing over the same due jobs run each exactly once", async () => {
  await using db = await testDatabase();
  const clock = manualClock(new Date("2026-12-01T10:00:00Z"));
  const ran: string[] = [];
  const worker = () => {
    const jobs = new JobRunner(db.sql, { clock, log, batch: 7 });
    jobs.handle("test.ping", async (job, tx) => {
      ran.push(job.key);
      await tx`select pg_sleep(0.001)`;
    });
    return jobs;
  };
  for (let i = 0; i < 60; i++) {
    await scheduleJob(db.sql, { kind: "test.ping", key: `k${i}`, dueAt: clock.now() });
  }
  const [a, b] = [worker(), worker()];
  const counts = await Promise.all([a.runDue(), b.runDue()]);
  assert.equal(counts[0] + counts[1], 60);
  assert.equal(ran.length, 60);
  assert.equal(new Set(ran).size, 60);
});

Deno.test("a failing job leaves no effect, is retried with backoff, then given up", async () => {
  await using db = await testDatabase();
  const clock = manualClock(new Date("2026-12-01T10:00:00Z"));
  const jobs = new JobRunner(db.sql, { clock, log, backoffMs: 1000 });
  let calls = 0;
  jobs.handle("test.break", async (_job, tx) => {
    calls++;
    await tx`update products set stock = 0 where id = 1`;
    throw new Error("boom");
  }, { maxAttempts: 3 });
  await scheduleJob(db.sql, { kind: "test.break", key: "x", dueAt: clock.now() });
  await jobs.runDue();
  const [{ stock }] = await db.sql`select stock from products where id = 1`;
  assert.equal(stock, 50, "the failed attempt's write was rolled back");
  let [row] = await db.sql`select status, attempts, due_at, last_error from jobs`;
  assert.equal(row.status, "pending");
  assert.equal(row.dueAt.getTime(), clock.now().getTime() + 1000);
  assert.match(row.lastError, /boom/);
  clock.advance(999);
  await jobs.runDue();
  assert.equal(calls, 1, "not retried before its backoff");
  clock.advance(1);
  await jobs.runDue();
  clock.advance(2000);
  await jobs.runDue();
  [row] = await db.sql`select status, attempts from jobs`;
  assert.deepEqual([row.status, row.attempts, calls], ["failed", 3, 3]);
});

Deno.test("a job claimed by a worker that died is taken again once its lock ends", async () => {
  await using db = await testDatabase();
  const clock = manualClock(new Date("2026-12-01T10:00:00Z"));
  await scheduleJob(db.sql, { kind: "test.ping", key: "orphan", dueAt: clock.now() });
  await db.sql`
    update jobs set status = 'running', attempts = 1,
      locked_until = ${new Date(clock.now().getTime() + 120_000)}`;
  const ran: string[] = [];
  const jobs = new JobRunner(db.sql, { clock, log });
  jobs.handle("test.ping", (job) => {
    ran.push(`${job.key}#${job.attempts}`);
    return Promise.resolve();
  });
  assert.equal(await jobs.runDue(), 0, "still locked by the dead worker");
  clock.advance(120_001);
  assert.equal(await jobs.runDue(), 1);
  assert.deepEqual(ran, ["orphan#2"]);
});
