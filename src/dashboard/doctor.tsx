/**
 * The owners' Doctor page, `/admin/doctor`: the checks of `deno task doctor` (doctor/checks.ts),
 * run with the server's own settings when an owner presses the button (a POST with the session's
 * CSRF token; they call every configured API, so never on a plain page view), one line each.
 * Staff get 403 ({@link requireOwner}).
 *
 * @module
 */
import { type Context, Hono } from "hono";
import type { CheckResult } from "../doctor/checks.ts";
import type { Logger } from "../shared/log.ts";
import { type DashboardEnv, requireOwner } from "./access.tsx";
import { DoctorPage } from "./views/doctor.tsx";
import { type Chrome, htmlDocument, type Section } from "./views/layout.tsx";

type Ctx = Context<DashboardEnv>;

export interface DoctorRoutesDeps {
  /** Runs every check with the server's configuration. */
  run: () => Promise<CheckResult[]>;
  log: Logger;
  chrome: (c: Ctx, section: Section) => Chrome;
}

/** The Doctor page, for owners; mount after the session check. */
export function doctorRoutes({ run, log, chrome }: DoctorRoutesDeps) {
  const app = new Hono<DashboardEnv>();
  app.use("/admin/doctor", requireOwner());

  app.get(
    "/admin/doctor",
    (c) => c.html(htmlDocument(<DoctorPage chrome={chrome(c, "doctor")} results={null} />)),
  );

  app.post("/admin/doctor", async (c) => {
    const started = performance.now();
    const results = await run();
    log.info("admin.doctor_ran", {
      failed: results.filter((r) => r.status === "fail").length,
      ms: Math.round(performance.now() - started),
    });
    return c.html(htmlDocument(<DoctorPage chrome={chrome(c, "doctor")} results={results} />));
  });

  return app;
}
