// `npm run serve`: the HTTP API and the web chat.
import { serve } from "@hono/node-server";
import { loadConfig, startChannel } from "../config.js";
import { createService, onShutdown } from "../service.js";
import { createHttpApp } from "./app.js";
import { SERVER_OPTIONS } from "./server-options.js";

await startChannel(async () => {
  const config = loadConfig();
  const service = createService(config);
  const server = serve({ fetch: createHttpApp(service).fetch, port: config.PORT, hostname: config.HOST, serverOptions: SERVER_OPTIONS }, (info) =>
    service.log.info({ port: info.port, host: config.HOST }, `web chat on http://${config.HOST}:${info.port}/`),
  );
  onShutdown(service, () => new Promise((resolve) => server.close(() => resolve())));
});
