// `npm run serve`: the HTTP API and the web chat.
import { serve } from "@hono/node-server";
import { loadConfig, startChannel } from "../config.js";
import { createService, onShutdown } from "../service.js";
import { createHttpApp } from "./app.js";
import { SERVER_OPTIONS } from "./server-options.js";

await startChannel(async () => {
  const config = loadConfig();
  const service = createService(config);
  // The gap queue's database, opened (and migrated) before the first message: a wrong DATABASE_URL stops the start.
  await service.gaps.ready();
  const server = serve({ fetch: createHttpApp(service).fetch, port: config.PORT, hostname: config.HOST, serverOptions: SERVER_OPTIONS }, (info) =>
    service.log.info({ port: info.port, host: config.HOST }, `web chat on http://${config.HOST}:${info.port}/`),
  );
  onShutdown(service, () => new Promise((resolve) => server.close(() => resolve())));
});
