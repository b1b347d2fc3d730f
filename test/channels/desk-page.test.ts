// The staff desk in a real headless browser (Debian's chromium, installed by .ci/run): the login
// and its refusals, search as you type, the filters, the keyboard, copying an answer, and a 👎 from
// the chat reaching the gap queue, where it is resolved.
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ServerType } from "@hono/node-server";
import { type Browser, type Page } from "playwright-core";
import { chromiumRunnable, launchChromium } from "../browser.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../src/desk/passwords.js";
import { serveTestApp } from "../helpers.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Submits the login form; resolves with how long the answer took. */
async function logIn(page: Page, name: string, password: string): Promise<number> {
  await page.fill("#name", name);
  await page.fill("#password", password);
  const started = Date.now();
  await Promise.all([page.waitForLoadState("load"), page.waitForURL(/\/staff/), page.click("button[type=submit]")]);
  await page.waitForSelector("#message, #q");
  return Date.now() - started;
}

describe.skipIf(!chromiumRunnable)("the staff desk page", () => {
  let server: ServerType;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    const accounts = `li:${await hashPassword("desk password 1")},wang:${await hashPassword("desk password 2")}`;
    ({ server, base } = await serveTestApp({ STAFF_ACCOUNTS: accounts }));
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it("sends a visitor without a login to the login page, and refuses a wrong password, slower each time", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/staff`);
    expect(new URL(page.url()).pathname).toBe("/staff/login");
    const times: number[] = [];
    for (const guess of ["guess one", "guess two", "guess three"]) {
      times.push(await logIn(page, "wang", guess));
      expect(await page.textContent("#message")).toContain("用户名或密码错误");
      expect(new URL(page.url()).pathname).toBe("/staff/login");
    }
    // No delay, then 250 ms, then 500 ms before the password is checked: the third cannot be answered sooner.
    expect(times[1]!).toBeGreaterThanOrEqual(250);
    expect(times[2]!).toBeGreaterThanOrEqual(500);
    expect(await page.context().cookies()).toEqual([]);
    await page.close();
  }, 60_000);

  it("logs in, finds the clause as a policy name is typed, filters by region, moves with the arrows and copies the answer", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => m.type() === "error" && violations.push(m.text()));
    await page.goto(`${base}/staff/login`);
    await logIn(page, "li", "desk password 1");
    expect(new URL(page.url()).pathname).toBe("/staff");
    await page.waitForSelector("body[data-ready=true]");
    expect(await page.textContent("#me")).toContain("li");

    // Letter by letter: a search at each keystroke, the last one's results shown.
    const searches: string[] = [];
    page.on("request", (r) => r.url().includes("/staff/api/search") && searches.push(new URL(r.url()).searchParams.get("q") ?? ""));
    await page.locator("#q").pressSequentially("稳岗返还", { delay: 60 });
    const firstMark = page.locator("#results .result").first().locator("mark.hit strong").first();
    await page.waitForFunction(() => document.querySelector("#results .result mark.hit strong")?.textContent === "稳岗返还");
    expect(searches).toEqual(["稳", "稳岗", "稳岗返", "稳岗返还"]);
    const first = page.locator("#results .result").first();
    expect(await first.locator(".clause").textContent()).toMatch(/^继续实施失业保险稳岗返还政策。/);
    expect(await firstMark.textContent()).toBe("稳岗返还");
    expect(await first.getAttribute("aria-current")).toBe("true");
    expect(await first.locator(".badge").textContent()).toBe("已于2023-12-31到期");

    // The arrows move through the results; Enter copies the one selected.
    await page.press("#q", "ArrowDown");
    const second = page.locator("#results .result").nth(1);
    expect(await second.getAttribute("aria-current")).toBe("true");
    expect(await first.getAttribute("aria-current")).toBe("false");
    await page.press("#q", "Enter");
    await page.waitForFunction(() => document.querySelector("#search-status")?.textContent?.startsWith("已复制"));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`^${await second.getAttribute("data-jurisdiction")}的规定：“`));
    await page.press("#q", "ArrowUp");
    expect(await first.getAttribute("aria-current")).toBe("true");

    await page.selectOption("#region", "黑龙江省");
    await page.waitForFunction(() => [...document.querySelectorAll("#results .result")].every((r) => (r as HTMLElement).dataset.jurisdiction === "黑龙江省"));
    expect(await first.getAttribute("data-doc-id")).toBe("heilongjiang-2023-02");
    expect(await first.locator("h2").textContent()).toContain("黑政办规〔2023〕2号");
    expect(await first.locator("mark.hit").count()).toBeGreaterThan(0);
    await first.locator("button.copy").click();
    await page.waitForFunction(() => document.querySelector("#search-status")?.textContent?.includes("黑政办规"));
    const [where, source, validity] = (await page.evaluate(() => navigator.clipboard.readText())).split("\n");
    expect(where).toMatch(/^黑龙江省的规定：“.*稳岗返还.*”$/);
    expect(source).toMatch(/^出处：《.*》（黑政办规〔2023〕2号）第（一）条。$/);
    expect(validity).toContain("该政策执行期限截至2023年12月31日");

    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/staff-desk-search.png" });
    await page.evaluate(readFileSync(AXE, "utf8"));
    const serious = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
      return (await axe.run()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    });
    expect(serious).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);

  it("shows a 👎 given in the chat in the gap queue, where it is marked outside the documents", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const chat = await context.newPage();
    await chat.goto(base);
    await chat.fill("#question", "平凉稳岗返还的条件是什么");
    await chat.press("#question", "Enter");
    const answer = chat.locator('.msg.bot[data-intent="lookup"]');
    await answer.waitFor();
    await answer.locator('.feedback button[aria-label="没帮上忙"]').click();
    await chat.waitForFunction(() => document.querySelector(".feedback")?.textContent?.includes("已转给热线工作人员"));

    const desk = await context.newPage();
    await desk.goto(`${base}/staff/login`);
    await logIn(desk, "li", "desk password 1");
    await desk.waitForSelector("body[data-ready=true]");
    await desk.click("#tab-gaps");
    const group = desk.locator(".group", { hasText: "稳岗返还" });
    await group.waitFor();
    expect(await group.locator(".count").textContent()).toBe("1");
    expect(await group.locator(".meta").first().textContent()).toContain("用户反馈没帮上忙 1");
    expect(await group.locator(".question").textContent()).toContain("平凉稳岗返还的条件是什么");
    await group.locator("summary").click();
    await group.locator("input[value=outside]").check();
    await group.locator("textarea.note").fill("用户要的是办理地址，转窗口");
    await group.locator("button.save").click();
    await desk.waitForFunction(() => document.querySelector("#gaps-status")?.textContent?.startsWith("已保存"));
    // Resolved: gone from the open list, shown with its note under 已处理.
    await desk.waitForFunction(() => !document.querySelector(".group"));
    await desk.selectOption("#filter", "resolved");
    await desk.locator(".group .resolved", { hasText: "用户要的是办理地址" }).waitFor();
    await desk.screenshot({ path: "test-artifacts/staff-desk-gaps.png" });
    await context.close();
  }, 60_000);
});
