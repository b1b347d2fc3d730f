// The WeChat channel end to end: the real wechaty with wechaty-puppet-mock standing in for WeChat.
import { WechatyBuilder } from "wechaty";
import type { WechatyInterface } from "wechaty/impls";
import { mock, PuppetMock } from "wechaty-puppet-mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachWechat } from "../../src/bot/channels/wechat/bot.js";
import { testService } from "../helpers.js";

const mocker = new mock.Mocker();
const puppet = new PuppetMock({ mocker });
const [botUser, mary, jack, lily] = mocker.createContacts(4) as [mock.ContactMock, mock.ContactMock, mock.ContactMock, mock.ContactMock];
const room = mocker.createRoom({ memberIdList: [botUser.id, mary.id, jack.id, lily.id], topic: "HR交流群" });
/** What the bot sent: [conversation id, text]. */
const sent: Array<{ to: string; text: string }> = [];
/** The ids of the messages people sent, latest last. */
const received: string[] = [];
let wechaty: WechatyInterface;

async function reply(count: number): Promise<string> {
  for (let i = 0; i < 200 && sent.length < count; i++) await new Promise((r) => setTimeout(r, 20));
  expect(sent.length).toBe(count);
  return sent[count - 1]!.text;
}
const quiet = () => new Promise((r) => setTimeout(r, 300));

beforeAll(async () => {
  wechaty = WechatyBuilder.build({ puppet });
  attachWechat(wechaty, testService({ DEFAULT_REGION: "兴安盟" }));
  puppet.on("message", async ({ messageId }) => {
    const p = await puppet.messagePayload(messageId);
    if (p.talkerId === botUser.id) sent.push({ to: ("roomId" in p && p.roomId) || ("listenerId" in p && p.listenerId) || "", text: p.text ?? "" });
    else received.push(messageId);
  });
  await wechaty.start();
  mocker.login(botUser);
  await quiet();
}, 30_000);

afterAll(async () => {
  await wechaty?.stop();
});

describe("the WeChat channel", () => {
  it("answers a private message with the answer and its source, using the deployment's region", async () => {
    mary.say("公益性岗位补贴最长能享受几年？").to(botUser);
    const text = await reply(1);
    expect(sent[0]!.to).toBe(mary.id);
    expect(text).toContain("3年");
    expect(text).toMatch(/\n出处：《[^》]+》（兴就工发〔2023〕4号）/);
  });

  it("stays silent in a group unless @-mentioned, and @-mentions the asker in its reply", async () => {
    jack.say("稳岗返还能返多少钱？").to(room);
    await quiet();
    expect(sent.length).toBe(1);
    jack.say(`@${botUser.payload.name} 事业单位招聘有多少岗位留给高校毕业生？`, [botUser]).to(room);
    const text = await reply(2);
    expect(sent[1]!.to).toBe(room.id);
    expect(text.startsWith(`@${jack.payload.name}`)).toBe(true);
    expect(text).toContain("70%");
  });

  it("runs a two-turn calculation in a private chat", async () => {
    lily.say("稳岗返还能返多少？我们是小微企业，参保25人").to(botUser);
    expect(await reply(3)).toContain("还需要知道");
    lily.say("去年裁了4个人，缴了失业保险3万元").to(botUser);
    expect(await reply(4)).toContain("18000");
  });

  it("keeps two members of one group apart", async () => {
    mary.say(`@${botUser.payload.name} 招了2个应届高校毕业生，签了一年合同，吸纳就业补贴多少`, [botUser]).to(room);
    expect(await reply(5)).toContain("3000");
    jack.say(`@${botUser.payload.name} 招了5个应届高校毕业生，签了一年合同，吸纳就业补贴多少`, [botUser]).to(room);
    expect(await reply(6)).toContain("7500");
    mary.say(`@${botUser.payload.name} 不对，是3个人`, [botUser]).to(room);
    expect(await reply(7)).toContain("4500");
  });

  it("answers a message delivered twice once", async () => {
    const before = sent.length;
    mary.say("公益性岗位补贴最长能享受几年？").to(botUser);
    await reply(before + 1);
    // The puppet delivers the same message again (as after a reconnect).
    puppet.emit("message", { messageId: received.at(-1)! });
    await quiet();
    expect(sent.length).toBe(before + 1);
  });

  it("ignores its own messages", async () => {
    const before = sent.length;
    botUser.say("稳岗返还能返多少钱？").to(room);
    await quiet();
    // Only the message the test itself made the bot "say" appears; the bot does not answer it.
    expect(sent.length).toBe(before + 1);
  });
});
