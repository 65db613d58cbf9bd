# The server in a container, on the official Deno image (Debian), running as its non-root
# `deno` user (uid 1993, gid 1993). Only what the server runs is copied (.dockerignore leaves
# out the tests, the bench, CI and docs), and only the npm packages the server and its scripts
# import are installed, exactly as deno.lock pins them: Deno installs every package a lockfile
# names, so the first stage narrows deno.json and deno.lock to those
# (scripts/production-imports.ts) and the test-only ones (fast-check, playwright-core, the
# payment SDKs until src/ uses them) stay out. Set DATABASE_URL for a real Postgres; without
# it the embedded database lives in /app/data (a volume, which must be writable by uid 1993).
# Deno raises its soft open-file limit to the hard one by itself; the connection cap
# (HTTP_MAX_CONNECTIONS) is fitted under it, so give the container a hard limit to match:
# --ulimit nofile=65536:65536.
FROM denoland/deno:2.9.6 AS imports
WORKDIR /build
COPY deno.json deno.lock main.ts ./
COPY scripts/ scripts/
COPY src/ src/
RUN deno run --allow-read=. --allow-write=deno.json,deno.lock scripts/production-imports.ts

FROM denoland/deno:2.9.6
WORKDIR /app
RUN chown deno:deno /app
USER deno

# Dependencies in their own layer: rebuilt only when the narrowed imports change.
COPY --from=imports --chown=deno:deno /build/deno.json /build/deno.lock ./
RUN deno install --frozen

COPY --chown=deno:deno main.ts ./
COPY --chown=deno:deno scripts/ scripts/
COPY --chown=deno:deno src/ src/
COPY --chown=deno:deno sql/ sql/
RUN deno cache --frozen main.ts scripts/migrate.ts scripts/seed.ts scripts/chat.ts scripts/healthcheck.ts \
  && mkdir -p /app/data

ENV PORT=8000
EXPOSE 8000
VOLUME ["/app/data"]
# There is no curl in the image: Deno's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["deno", "run", "--cached-only", "--allow-net=127.0.0.1", "--allow-env=PORT", "scripts/healthcheck.ts"]
CMD ["deno", "task", "start"]
