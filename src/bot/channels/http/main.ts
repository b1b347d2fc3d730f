// `npm run serve`: the HTTP API and the web chat.
import type { ServerOptions } from "node:http";
import { serve } from "@hono/node-server";
import { loadConfig, startChannel } from "../config.js";
import { createService, onShutdown } from "../service.js";
import { createHttpApp } from "./app.js";

/**
 * A chat request is a few hundred bytes that arrive at once, so a client that is slow to send them is
 * holding a socket, not asking: cut it off well before Node's defaults (headers 60 s, request 300 s).
 */
const SERVER_OPTIONS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  // Idle keep-alive sockets close after 5 s; a proxy in front must time out its own sooner (deploy/nginx.conf: 4 s).
  keepAliveTimeout: 5_000,
  // The timeouts above are enforced by a sweep at this interval (Node's default, 30 s, would double them).
  connectionsCheckingInterval: 2_000,
  // The API's requests carry well under 1 KiB of headers; 8 KiB is also nginx's limit for one header line.
  maxHeaderSize: 8 * 1024,
} satisfies ServerOptions;

await startChannel(async () => {
  const config = loadConfig();
  const service = createService(config);
  const server = serve({ fetch: createHttpApp(service).fetch, port: config.PORT, hostname: config.HOST, serverOptions: SERVER_OPTIONS }, (info) =>
    service.log.info({ port: info.port, host: config.HOST }, `web chat on http://${config.HOST}:${info.port}/`),
  );
  onShutdown(service, () => new Promise((resolve) => server.close(() => resolve())));
});
