// `npm run official`: the callbacks of the hotline's 公众号 and WeCom app (OFFICIAL_ACCOUNTS) on OFFICIAL_PORT.
import { serve } from "@hono/node-server";
import { loadConfig, startChannel } from "../config.js";
import { SERVER_OPTIONS } from "../http/server-options.js";
import { createService, onShutdown } from "../service.js";
import { officialAccounts } from "./accounts.js";
import { createOfficialApp } from "./app.js";

await startChannel(async () => {
  const config = loadConfig();
  // Settings first: a missing one is named before the corpus is loaded.
  const accounts = officialAccounts(config);
  const service = createService(config);
  // The gap queue's database, opened (and migrated) before the first message: a wrong DATABASE_URL stops the start.
  await service.gaps.ready();
  const official = createOfficialApp(service, accounts, { replyWithinMs: config.OFFICIAL_REPLY_MS });
  const server = serve({ fetch: official.fetch, port: config.OFFICIAL_PORT, hostname: config.HOST, serverOptions: SERVER_OPTIONS }, (info) =>
    service.log.info({ port: info.port, host: config.HOST, paths: accounts.map((a) => a.path) }, "official-account callbacks listening"),
  );
  onShutdown(service, async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await official.drain();
  });
});
