// The Slack channel: direct messages, @-mentions (answered in the thread) and a slash command
// (answered ephemerally). Transport only: every answer comes from the core.
import { App, LogLevel } from "@slack/bolt";
import { z } from "zod";
import type { Config } from "../config.js";
import { requireSettings } from "../config.js";
import type { Service } from "../service.js";
import { slackMessage } from "./blocks.js";

/** `<@U123> 稳岗返还…` → `稳岗返还…` */
const withoutMentions = (text: string) => text.replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, "").trim();

/** What names one delivery: an event's id (the same on Slack's retries), a command's trigger (the same when replayed). */
const DeliverySchema = z.object({ event_id: z.string().min(1).optional(), trigger_id: z.string().min(1).optional() });

function deliveryKey(body: unknown): string | undefined {
  const parsed = DeliverySchema.safeParse(body);
  if (!parsed.success) return undefined;
  if (parsed.data.event_id) return `slack:event:${parsed.data.event_id}`;
  if (parsed.data.trigger_id) return `slack:command:${parsed.data.trigger_id}`;
  return undefined;
}

export function createSlackApp(service: Service, config: Config): App {
  const { SLACK_BOT_TOKEN: token } = requireSettings(config, ["SLACK_BOT_TOKEN"]);
  const clientOptions = config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {};
  const app =
    config.SLACK_MODE === "socket"
      ? new App({ token, appToken: requireSettings(config, ["SLACK_APP_TOKEN"]).SLACK_APP_TOKEN, socketMode: true, clientOptions, logLevel: LogLevel.WARN })
      : new App({ token, signingSecret: requireSettings(config, ["SLACK_SIGNING_SECRET"]).SLACK_SIGNING_SECRET, clientOptions, logLevel: LogLevel.WARN });

  const session = (team: string | undefined, channel: string, user: string) => `slack:${team ?? "-"}:${channel}:${user}`;

  // Each delivery answered once: Slack retries one it thinks slow (X-Slack-Retry-Num), may send an
  // event twice, and a signed request can be replayed within its 5 minutes. Events are acknowledged
  // by Bolt before this runs; a command repeated is acknowledged here, with nothing.
  app.use(async (args) => {
    const key = deliveryKey(args.body);
    if (key && !(await service.once.claim(key))) {
      service.log.info({ channel: "slack", retryNum: args.context.retryNum }, "delivery already answered");
      if ("ack" in args && args.ack) await args.ack();
      return;
    }
    await args.next();
  });

  app.message(async ({ message, say, context }) => {
    // Direct messages from people only: not the bot's own, not edits or joins.
    if (message.channel_type !== "im" || message.subtype !== undefined || !("user" in message) || !message.text) return;
    const answer = await service.answer("slack", session(context.teamId, message.channel, message.user), withoutMentions(message.text));
    await say(slackMessage(answer));
  });

  app.event("app_mention", async ({ event, say, context }) => {
    if (!event.user) return;
    const answer = await service.answer("slack", session(context.teamId, event.channel, event.user), withoutMentions(event.text));
    await say({ ...slackMessage(answer), thread_ts: event.thread_ts ?? event.ts });
  });

  app.command(config.SLACK_COMMAND, async ({ command, ack }) => {
    const text = command.text.trim();
    if (!text) {
      await ack({ response_type: "ephemeral", text: `用法：${config.SLACK_COMMAND} 您的问题，例如 ${config.SLACK_COMMAND} 平凉的见习补贴标准是多少？` });
      return;
    }
    const answer = await service.answer("slack", session(command.team_id, command.channel_id, command.user_id), text);
    await ack({ response_type: "ephemeral", ...slackMessage(answer) });
  });

  return app;
}
