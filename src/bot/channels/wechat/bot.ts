// The WeChat channel: private messages are answered; in a group only an @-mention of the bot is,
// and the reply @-mentions the asker. Each member of a group keeps their own conversation.
import type { MessageInterface, WechatyInterface } from "wechaty/impls";
import type { Answer } from "../../answer.js";
import { briefText } from "../../brief.js";
import type { Service } from "../service.js";

/** What one WeChat message holds comfortably: a clause asked for in full (原文) is cut past this. */
const MAX_CHARS = 1500;

/** The answer as a WeChat message: brief (the quotes behind “原文”), and never longer than a message. */
export function wechatText(answer: Answer): string {
  const text = briefText(answer.text);
  return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS)}…（内容较长，请咨询12333获取完整条文）` : text;
}

export function attachWechat(wechaty: WechatyInterface, service: Service): void {
  wechaty.on("message", async (message: MessageInterface) => {
    try {
      if (message.self() || message.type() !== wechaty.Message.Type.Text) return;
      const talker = message.talker();
      const room = message.room();
      if (room && !(await message.mentionSelf())) return;
      // A puppet may deliver one message twice (a reconnect, a resync): it is answered once.
      if (!(await service.once.claim(`wechat:${message.id}`))) return;
      if (room) {
        const answer = await service.answer("wechat", `wechat:${room.id}:${talker.id}`, await message.mentionText());
        await room.say(wechatText(answer), talker);
      } else {
        const answer = await service.answer("wechat", `wechat:${talker.id}`, message.text());
        await message.say(wechatText(answer));
      }
    } catch (err) {
      service.log.error({ channel: "wechat", err }, "wechat reply failed");
    }
  });
}
