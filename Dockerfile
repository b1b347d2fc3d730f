# The web chat and HTTP API (`npm run serve`) as an image: `docker compose up --build` runs it
# behind a proxy with Redis (compose.yaml). Debian slim, not alpine: @node-rs/jieba ships prebuilt
# binaries for glibc.
ARG NODE_IMAGE=node:22-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, so that a change to the sources reuses this layer (`prepare` finds no src/ yet and says so).
COPY package.json package-lock.json ./
COPY scripts/ scripts/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src/ src/
COPY corpus/ corpus/
RUN npm run build && npm prune --omit=dev --no-audit --no-fund
# The corpus index and the segmenter's dictionary, made once here instead of at every start
# (node_modules/.cache/policy-hotline, which the runtime user only reads).
RUN node --input-type=module -e "const { loadCorpus } = await import('./dist/src/knowledge/corpus.js'); loadCorpus();"

FROM ${NODE_IMAGE}
ENV NODE_ENV=production
ENV HOST=0.0.0.0
ENV PORT=3000
WORKDIR /app
# Owned by root and only read by the server: the code cannot be changed by the process running it.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules/ node_modules/
COPY --from=build /app/dist/ dist/
COPY --from=build /app/corpus/ corpus/
COPY --from=build /app/src/bot/channels/http/page.html src/bot/channels/http/
COPY --from=build /app/src/bot/channels/http/staff/ src/bot/channels/http/staff/
COPY --from=build /app/src/storage/migrations/ src/storage/migrations/
# The gap queue's SQLite file when DATABASE_URL is not set (compose.yaml sets it): the one folder the
# server writes to (mount a volume here to keep it across containers).
RUN mkdir -p data && chown node:node data
USER node
EXPOSE 3000
# Liveness only: compose.yaml checks readiness (/readyz) before the proxy sends the bot traffic.
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Plain node, not npm: SIGTERM from `docker stop` reaches the server, which shuts down gracefully.
CMD ["node", "dist/src/bot/channels/http/main.js"]
