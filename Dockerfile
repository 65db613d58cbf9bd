# The server in a container: official Deno image, dependencies cached in their own layer,
# run as the image's non-root `deno` user. Set DATABASE_URL for a real Postgres; without it
# the embedded database lives in /app/data (mount a volume there to keep it). Deno raises its
# soft open-file limit to the hard one by itself; the connection cap (HTTP_MAX_CONNECTIONS) is
# fitted under it, so give the container a hard limit to match: --ulimit nofile=65536:65536.
FROM denoland/deno:2.9.6

WORKDIR /app
RUN chown deno:deno /app
USER deno

COPY --chown=deno:deno deno.json deno.lock ./
RUN deno install --frozen

COPY --chown=deno:deno . .
RUN deno cache main.ts

RUN mkdir -p /app/data

ENV PORT=8000
EXPOSE 8000
VOLUME ["/app/data"]
CMD ["deno", "task", "start"]
