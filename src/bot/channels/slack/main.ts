// `npm run slack`: the Slack app, in HTTP mode (signing secret) or Socket Mode (app-level token).
import { loadConfig, startChannel } from "../config.js";
import { createService, onShutdown } from "../service.js";
import { createSlackApp } from "./app.js";

await startChannel(async () => {
  const config = loadConfig();
  const service = createService(config);
  // The gap queue's database, opened (and migrated) before the first message: a wrong DATABASE_URL stops the start.
  await service.gaps.ready();
  const app = createSlackApp(service, config);
  await app.start(config.SLACK_PORT);
  service.log.info({ mode: config.SLACK_MODE, port: config.SLACK_MODE === "http" ? config.SLACK_PORT : undefined }, "slack app running");
  onShutdown(service, async () => {
    await app.stop();
  });
});
