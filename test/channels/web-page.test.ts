// The web chat in a real headless browser (Debian's chromium, installed by .ci/run).
import { existsSync, mkdirSync } from "node:fs";
import type { ServerType } from "@hono/node-server";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveTestApp } from "../helpers.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// CI installs chromium, so there the test must run; elsewhere it is skipped when chromium is absent.
const runnable = existsSync(CHROMIUM) || !!process.env.CI;

describe.skipIf(!runnable)("the web chat page", () => {
  let server: ServerType;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, base } = await serveTestApp());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  it("runs a two-turn calculation on a phone-sized screen and shows the amount and the clause", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(base);
    await page.fill("#question", "稳岗返还能返多少钱？");
    await page.press("#question", "Enter");
    await page.waitForSelector('.msg.bot[data-intent="clarify"]');
    await page.fill("#question", "平凉的小微企业，参保20人，去年没裁员，缴了失业保险4万元");
    await page.click("button[type=submit]");
    const answer = page.locator('.msg.bot[data-intent="calculate"]');
    await answer.waitFor();
    expect(await answer.locator(".amount").textContent()).toContain("24000");
    expect(await answer.locator(".warning").textContent()).toContain("2023-12-31");
    const citation = answer.locator("details.citation").first();
    expect(await citation.locator("p").isVisible()).toBe(false);
    await citation.locator("summary").click();
    expect(await citation.locator("p").textContent()).toContain("按60%返还");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/web-chat.png", fullPage: true });
  }, 60_000);

  it("shows HTML in a question as text, never as markup", async () => {
    const page = await browser.newPage();
    await page.goto(base);
    await page.fill("#question", '<img src=x onerror="window.__injected=1">稳岗返还');
    await page.press("#question", "Enter");
    await page.waitForSelector(".msg.bot >> nth=1");
    expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator("#log img").count()).toBe(0);
    expect(await page.locator(".msg.user").first().textContent()).toContain("<img");
  }, 60_000);

  it("keeps the session per tab: a new tab starts a new conversation", async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    await a.goto(base);
    await a.fill("#question", "我在兴安盟，招了2个应届高校毕业生，签了一年合同，吸纳就业补贴有多少");
    await a.press("#question", "Enter");
    await a.waitForSelector('.msg.bot[data-intent="calculate"]');
    await a.fill("#question", "不对，是3个人");
    await a.press("#question", "Enter");
    expect(await a.locator(".amount >> nth=1").textContent()).toContain("4500");
    // The same correction in another tab has no calculation to correct.
    const b = await context.newPage();
    await b.goto(base);
    await b.fill("#question", "不对，是3个人");
    await b.press("#question", "Enter");
    await b.waitForSelector(".msg.bot >> nth=1");
    expect(await b.locator('.msg.bot[data-intent="calculate"]').count()).toBe(0);
    await context.close();
  }, 60_000);
});
