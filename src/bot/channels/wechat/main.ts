// `npm run wechat`: the bot on a WeChat account through a wechaty puppet (WECHATY_PUPPET).
import qrcode from "qrcode-terminal";
import { WechatyBuilder, type WechatyOptions } from "wechaty";
import { loadConfig, requireSettings, startChannel } from "../config.js";
import { createService, onShutdown } from "../service.js";
import { attachWechat } from "./bot.js";

await startChannel(async () => {
  const config = loadConfig();
  const service = createService(config);
  // The gap queue's database, opened (and migrated) before the first message: a wrong DATABASE_URL stops the start.
  await service.gaps.ready();
  // A puppet service (padlocal and others) authenticates with a token; the web puppets log in by QR code.
  const token = config.WECHATY_PUPPET === "wechaty-puppet-service" ? requireSettings(config, ["WECHATY_PUPPET_SERVICE_TOKEN"]).WECHATY_PUPPET_SERVICE_TOKEN : undefined;
  const wechaty = WechatyBuilder.build({
    name: config.WECHATY_NAME,
    // The puppet is named by its npm package; wechaty loads it by that name.
    puppet: config.WECHATY_PUPPET as WechatyOptions["puppet"],
    ...(token ? { puppetOptions: { token } } : {}),
  });
  wechaty.on("scan", (code, status) => {
    service.log.info({ status }, "scan the QR code below with WeChat to log in");
    qrcode.generate(code, { small: true }, (art) => process.stderr.write(`${art}\n`));
  });
  wechaty.on("login", (user) => service.log.info({ user: user.name() }, "logged in to WeChat"));
  wechaty.on("error", (err) => service.log.error({ err }, "wechaty error"));
  attachWechat(wechaty, service);
  await wechaty.start();
  onShutdown(service, () => wechaty.stop());
});
