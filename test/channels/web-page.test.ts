// The web chat in a real headless browser (Debian's chromium, installed by .ci/run).
import { mkdirSync, readFileSync } from "node:fs";
import type { ServerType } from "@hono/node-server";
import { type Browser } from "playwright-core";
import { chromiumRunnable, launchChromium } from "../browser.js";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveTestApp } from "../helpers.js";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** Sends a question and waits for the answer to it. */
async function send(page: Page, question: string): Promise<void> {
  const before = await page.locator(".msg.bot").count();
  await page.fill("#question", question);
  await page.press("#question", "Enter");
  await page.waitForSelector(`.msg.bot >> nth=${before}`);
}

/** The new answer's top and its amount lie between the sticky header and the input bar. */
async function inView(page: Page, selector: string): Promise<void> {
  const header = (await page.locator("header").boundingBox())!;
  const form = (await page.locator("form#ask").boundingBox())!;
  const box = (await page.locator(selector).last().boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(box.y + 40).toBeLessThanOrEqual(form.y);
  const amount = page.locator(selector).last().locator(".amount");
  if (await amount.count()) {
    const a = (await amount.boundingBox())!;
    expect(a.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(a.y + a.height).toBeLessThanOrEqual(form.y);
  }
}

describe.skipIf(!chromiumRunnable)("the web chat page", () => {
  let server: ServerType;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, base } = await serveTestApp());
    browser = await launchChromium();
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
    // The policy's end is said once, in the answer's words.
    expect(((await answer.innerText()).match(/到期/g) ?? []).length).toBe(1);
    expect(await answer.locator(".warning").count()).toBe(0);
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

  it("keeps the conversation in a cookie the page cannot read: its tabs continue it, another browser starts its own", async () => {
    const context = await browser.newContext();
    const a = await context.newPage();
    await a.goto(base);
    await a.fill("#question", "我在兴安盟，招了2个应届高校毕业生，签了一年合同，吸纳就业补贴有多少");
    await a.press("#question", "Enter");
    await a.waitForSelector('.msg.bot[data-intent="calculate"]');
    // The id is the server's HttpOnly cookie: nothing on the page holds it.
    expect(await a.evaluate(() => document.cookie)).toBe("");
    expect(await a.evaluate(() => sessionStorage.length)).toBe(0);
    const tab = await context.newPage();
    await tab.goto(base);
    await tab.fill("#question", "不对，是3个人");
    await tab.press("#question", "Enter");
    expect(await tab.locator(".amount").first().textContent()).toContain("4500");
    // The same correction in another browser has no calculation to correct.
    const other = await browser.newContext();
    const b = await other.newPage();
    await b.goto(base);
    await b.fill("#question", "不对，是3个人");
    await b.press("#question", "Enter");
    await b.waitForSelector(".msg.bot >> nth=1");
    expect(await b.locator('.msg.bot[data-intent="calculate"]').count()).toBe(0);
    await context.close();
    await other.close();
  }, 60_000);

  it.each([
    [390, 844],
    [1280, 800],
  ])("at %d×%d: the new answer's top and amount in view, a quick reply completing the calculation", async (width, height) => {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.goto(base);
    // A long conversation first, so that the page has to scroll.
    for (const q of ["平凉稳岗返还的政策是什么", "兴安盟吸纳就业补贴标准"]) await send(page, q);
    await send(page, "平凉的企业，参保20人，去年没裁员，缴了失业保险4万元，稳岗返还多少");
    await page.waitForSelector('.msg.bot[data-intent="clarify"] .replies button');
    await inView(page, ".msg.bot");
    await page.locator(".replies button", { hasText: "中小微企业" }).click();
    const answer = page.locator('.msg.bot[data-intent="calculate"]');
    await answer.waitFor();
    expect(await answer.locator(".amount").textContent()).toContain("24000");
    await inView(page, '.msg.bot[data-intent="calculate"]');
    // A short reply is in view too.
    await send(page, "谢谢");
    await inView(page, ".msg.bot");
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: `test-artifacts/web-chat-${width}x${height}.png` });
  }, 60_000);

  it("remembers the region chosen, names the documents' issuers, and has no serious accessibility violations", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForSelector("#region option[value='兴安盟']", { state: "attached" });
    await page.selectOption("#region", "兴安盟");
    await page.reload();
    await page.waitForSelector("#region option[value='兴安盟']", { state: "attached" });
    expect(await page.inputValue("#region")).toBe("兴安盟");
    expect(await page.locator("#about").textContent()).toMatch(/仅供参考，以当地人社部门解释为准[\s\S]*兴安盟/);
    await send(page, "稳岗返还怎么算");
    // Evaluated over DevTools rather than added as a <script>: the page's CSP blocks an inline script it does not know.
    await page.evaluate(readFileSync(AXE, "utf8"));
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe;
      return (await axe.run()).violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    });
    expect(violations).toEqual([]);
    await context.close();
  }, 60_000);

  it("lays regions side by side in a table at 390×844: a row per region, every cell cited, nothing wider than the screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(base);
    await send(page, "三个地方的吸纳就业补贴标准对比");
    const table = page.locator(".msg.bot table.comparison").last();
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(3);
    expect(await table.locator("tbody th").allTextContents()).toEqual(["黑龙江省", "兴安盟", "平凉市"]);
    const cells = table.locator("tbody td");
    const columns = await table.locator("thead th").count();
    expect(await cells.count()).toBe(3 * (columns - 1));
    for (const cell of await cells.all()) {
      expect(await cell.getAttribute("data-doc")).toMatch(/\S/);
      expect(await cell.locator(".cite").textContent()).toMatch(/^第.+[条部分]$/);
      const box = (await cell.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await table.locator("td", { hasText: "1500元/人" }).count()).toBeGreaterThan(0);
    // No horizontal scrolling, for the page or inside the table.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await table.evaluate((t) => t.scrollWidth <= t.clientWidth)).toBe(true);
    expect(await page.locator(".msg.bot").last().innerText()).toContain("不同之处");
    mkdirSync("test-artifacts", { recursive: true });
    await page.screenshot({ path: "test-artifacts/comparison-390x844.png", fullPage: true });
    await page.close();
  }, 60_000);
});
