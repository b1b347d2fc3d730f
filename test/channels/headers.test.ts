// Security headers on the web page and the API, and the page working under its own CSP in a browser.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { ServerType } from "@hono/node-server";
import { type Browser } from "playwright-core";
import { chromiumRunnable, launchChromium } from "../browser.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHttpApp } from "../../src/bot/channels/http/app.js";
import { repoPath } from "../../src/repo.js";
import { serveTestApp, testService } from "../helpers.js";

const app = createHttpApp(testService());
const ask = () => app.request("/api/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "你好" }) });

/** The CSP's sources for one directive. */
const directive = (csp: string, name: string) =>
  csp
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the security headers", () => {
  it.each([
    ["GET /", () => app.request("/")],
    ["POST /api/ask", ask],
  ])("are on %s", async (_, send) => {
    const res = await send();
    expect(res.status).toBe(200);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(directive(csp, "default-src")).toEqual(["'none'"]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
    expect(directive(csp, "frame-ancestors")).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
  });

  it("allow the page's inline script and style by their hashes, and nothing else inline", async () => {
    const res = await app.request("/");
    const page = await res.text();
    const csp = res.headers.get("content-security-policy") ?? "";
    const bodies = (tag: string) => [...page.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => sha256(m[1]!));
    expect(bodies("script")).toHaveLength(1);
    expect(directive(csp, "script-src")).toEqual(bodies("script"));
    expect(directive(csp, "style-src")).toEqual(bodies("style"));
  });
});

describe("the staff desk's headers", () => {
  it("allow the desk's and the login page's own inline code, and the chat page's none of it", async () => {
    const res = await app.request("/staff/login");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    const csp = res.headers.get("content-security-policy") ?? "";
    const blocks = (file: string, tag: string) => [...readFileSync(repoPath("src/bot/channels/http/staff", file), "utf8").matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => sha256(m[1]!));
    expect(directive(csp, "script-src")).toEqual(blocks("desk.html", "script"));
    expect(directive(csp, "style-src")).toEqual([...blocks("desk.html", "style"), ...blocks("login.html", "style")]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    const chat = (await app.request("/")).headers.get("content-security-policy") ?? "";
    expect(directive(chat, "script-src")).not.toContain(blocks("desk.html", "script")[0]);
  });
});

describe.skipIf(!chromiumRunnable)("the page under its CSP", () => {
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

  it("runs its script, applies its style and answers, with no violation; a script injected later is blocked", async () => {
    const page = await browser.newPage();
    // Init scripts come in over DevTools, which the CSP does not govern.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(base);
    await page.waitForSelector("#region option[value='兴安盟']", { state: "attached" });
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
    await page.fill("#question", "稳岗返还怎么算");
    await page.press("#question", "Enter");
    await page.waitForSelector(".msg.bot >> nth=1");
    const violations = () => page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(await violations()).toEqual([]);

    const ran = await page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.injected = 1";
      document.body.append(script);
      return (window as unknown as { injected?: number }).injected;
    });
    expect(ran).toBeUndefined();
    // The violation is reported as an event after the script is refused.
    await page.waitForFunction(() => (window as unknown as { violations: string[] }).violations.length > 0);
    expect((await violations()).join()).toContain("script-src");
  }, 60_000);
});
