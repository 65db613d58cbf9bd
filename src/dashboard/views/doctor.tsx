/**
 * The Doctor page: a button that runs the integration checks, and their results, one line each
 * (the same words as `deno task doctor`).
 *
 * @module
 */
import type { FC } from "hono/jsx";
import type { CheckResult } from "../../doctor/checks.ts";
import { type Chrome, Layout, PostButton } from "./layout.tsx";

const LABELS: Record<CheckResult["status"], [string, string]> = {
  ok: ["done", "ok"],
  warn: ["attention", "check"],
  fail: ["failed", "fix"],
  skip: ["", "not configured"],
};

export const DoctorPage: FC<{ chrome: Chrome; results: CheckResult[] | null }> = (
  { chrome, results },
) => (
  <Layout chrome={chrome} title="Doctor">
    <p class="muted">
      Checks each configured integration (Gemini, Twilio, the public URL, Stripe, Mercado Pago, the
      message templates) against its API with the server's settings. Nothing is changed or sent to
      customers.
    </p>
    <PostButton action="/admin/doctor" csrf={chrome.csrf} label="Run the checks" />
    {results && (
      <ul class="list" id="doctor">
        {results.map((r) => (
          <li class="card" data-check={r.name} data-status={r.status}>
            <div class="row">
              <span class={`badge ${LABELS[r.status][0]}`}>{LABELS[r.status][1]}</span>
              <strong>{r.name}</strong>
              <span>{r.message}</span>
            </div>
          </li>
        ))}
      </ul>
    )}
  </Layout>
);
