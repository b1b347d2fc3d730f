// Security headers on every response of the web chat and the API (hono's secureHeaders).
import { createHash } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * The CSP sources that allow exactly the page's own inline <script>s or <style>s (`tag`), by hash.
 * The page is the same for every response, so a hash does what a per-response nonce would without
 * rewriting the page; any change to the page's code changes its hash with it. Browsers hash the text
 * after the HTML parser has turned CRLF into LF, so the hash does too.
 */
export function inlineHashes(page: string, tag: "script" | "style"): string[] {
  const blocks = page.matchAll(new RegExp(`<${tag}(?![^>]*\\ssrc=)[^>]*>([\\s\\S]*?)</${tag}>`, "gi"));
  return [...blocks].map(([, body = ""]) => `'sha256-${createHash("sha256").update(body.replace(/\r\n?/g, "\n")).digest("base64")}'`);
}

/** The headers for routes that serve these pages (their HTML), and nothing but them and JSON. */
export function securityHeaders(...pages: string[]): MiddlewareHandler {
  const page = pages.join("\n");
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'none'"],
      scriptSrc: inlineHashes(page, "script"),
      styleSrc: inlineHashes(page, "style"),
      // The pages' fetch() of their API (/api/ask, /staff/api/search …).
      connectSrc: ["'self'"],
      imgSrc: ["'self'"],
      formAction: ["'self'"],
      baseUri: ["'none'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: "DENY",
    referrerPolicy: "no-referrer",
  });
}
