// The staff desk at /staff: a login (accounts from STAFF_ACCOUNTS, a signed HttpOnly cookie, wrong
// passwords slowed and then refused), the clause search, and the gap queue (list, resolve, CSV).
// Without a login the page redirects to /staff/login and its API answers 401.
import { readFileSync } from "node:fs";
import type { HttpBindings } from "@hono/node-server";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { parse as parseCookies } from "hono/utils/cookie";
import { z } from "zod";
import { clauseName } from "../../compose.js";
import { authenticate } from "../../../desk/accounts.js";
import { ClauseQuerySchema, QueryError, searchClauses } from "../../../desk/search.js";
import { STAFF_COOKIE, StaffSessions } from "../../../desk/staff-session.js";
import { ResolutionSchema, type GapGroup } from "../../../gaps/entry.js";
import { chinaTime } from "../../../gaps/queue.js";
import { clauseSource } from "../../../gaps/source.js";
import { jurisdictionsOf } from "../../../knowledge/documents.js";
import { chinaDate } from "../../../knowledge/validity.js";
import { repoPath } from "../../../repo.js";
import type { Service } from "../service.js";
import { clientAddress } from "./client-address.js";

const pageFile = (name: string) => readFileSync(repoPath("src", "bot", "channels", "http", "staff", name), "utf8");
export const DESK_PAGE = pageFile("desk.html");
export const LOGIN_PAGE = pageFile("login.html");

type Env = { Bindings: Partial<HttpBindings>; Variables: { staff: string } };
type DeskContext = Context<Env>;

const LoginSchema = z.object({
  name: z.string().trim().min(1).max(40),
  password: z.string().min(1).max(200),
});

const ResolveSchema = z.intersection(z.object({ group: z.string().min(1).max(500) }), ResolutionSchema);
const StatusSchema = z.enum(["open", "resolved", "all"]).catch("open");

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface DeskOptions {
  /** Signs the login cookie (SESSION_SECRET, or the key made at start). */
  secret: Buffer;
}

export function deskRoutes(service: Service, { secret }: DeskOptions): Hono<Env> {
  const { config, corpus, log } = service;
  const desk = new Hono<Env>();
  const sessions = new StaffSessions(secret, config.STAFF_SESSION_HOURS * 3_600_000, service.clock);
  const regions = [...jurisdictionsOf(corpus.documents)];
  // For the filters, and for naming the clause a group of questions is answered by.
  const documents = corpus.documents.map((d) => ({
    id: d.id,
    title: d.title,
    docNumber: d.docNumber,
    jurisdiction: d.jurisdiction,
    clauses: d.clauses.map((c) => ({ label: c.label, place: clauseName(c.label) })),
  }));
  const addressOf = (c: DeskContext) => {
    const header = config.TRUSTED_PROXY_HEADER && c.req.header(config.TRUSTED_PROXY_HEADER);
    return clientAddress(c.env?.incoming?.socket.remoteAddress, header);
  };
  /** The account logged in, while it is still one of STAFF_ACCOUNTS. */
  const staffOf = (c: DeskContext) => {
    const cookies = c.req.header("cookie");
    const name = sessions.check(cookies ? parseCookies(cookies, STAFF_COOKIE)[STAFF_COOKIE] : undefined);
    return name && config.STAFF_ACCOUNTS.some((a) => a.name === name) ? name : null;
  };
  const cookie = (c: DeskContext, value: string, maxAge: number) => {
    const secure = config.SESSION_COOKIE_SECURE || c.req.url.startsWith("https:");
    // Strict: no other site's page can make a request that carries it. Path: the chat never sends it.
    c.header("Set-Cookie", `${STAFF_COOKIE}=${value}; Path=/staff; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure ? "; Secure" : ""}`);
  };
  const loginPage = (c: DeskContext, status: 200 | 400 | 401 | 429, message: string, name = "") => {
    const notice = config.STAFF_ACCOUNTS.length ? message : "尚未配置工作人员账号（STAFF_ACCOUNTS），请联系管理员。";
    const html = LOGIN_PAGE.replace("<!--message-->", escapeHtml(notice)).replace('name="name" value=""', `name="name" value="${escapeHtml(name)}"`);
    return c.html(html, status);
  };
  const small = bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.text("request body too large", 413) });

  desk.get("/login", (c) => (staffOf(c) ? c.redirect("/staff", 302) : loginPage(c, 200, "")));
  desk.post("/login", small, async (c) => {
    const address = addressOf(c);
    const wait = await service.limits.address.take(address);
    if (wait) {
      c.header("Retry-After", String(wait));
      return loginPage(c, 429, `请求太频繁，请${wait}秒后再试。`);
    }
    const form = LoginSchema.safeParse(await c.req.parseBody());
    if (!form.success) return loginPage(c, 400, "请输入用户名和密码。");
    const { name, password } = form.data;
    const attempt = await service.limits.staffLogin.attempt(address, name);
    if (!attempt.allowed) {
      log.warn({ address }, "staff login: too many wrong passwords");
      c.header("Retry-After", String(attempt.retryAfterSeconds));
      return loginPage(c, 429, `密码错误次数过多，请${Math.ceil(attempt.retryAfterSeconds / 60)}分钟后再试。`, name);
    }
    // Each attempt after a wrong one waits longer before it is checked.
    if (attempt.delayMs) await sleep(attempt.delayMs);
    const account = await authenticate(config.STAFF_ACCOUNTS, name, password);
    if (!account) {
      log.warn({ address }, "staff login: wrong name or password");
      return loginPage(c, 401, "用户名或密码错误。", name);
    }
    await service.limits.staffLogin.succeeded(address, name);
    log.info({ staff: account.name }, "staff login");
    cookie(c, sessions.issue(account.name), sessions.maxAgeSeconds);
    return c.redirect("/staff", 303);
  });
  desk.post("/logout", (c) => {
    cookie(c, "", 0);
    return c.redirect("/staff/login", 303);
  });
  desk.get("/", (c) => (staffOf(c) ? c.html(DESK_PAGE) : c.redirect("/staff/login", 302)));

  desk.use("/api/*", async (c, next) => {
    const staff = staffOf(c);
    if (!staff) return c.json({ error: "not logged in: POST /staff/login first" }, 401);
    c.set("staff", staff);
    await next();
  });
  desk.get("/api/me", (c) => c.json({ name: c.get("staff"), regions, documents, retentionDays: config.GAP_RETENTION_DAYS }));
  desk.get("/api/search", (c) => searchResponse(service, c));
  desk.get("/api/gaps", async (c) => {
    const groups = await service.gaps.groups(StatusSchema.parse(c.req.query("status")));
    return c.json({ groups: groups.map((g) => described(service, g)) });
  });
  desk.get("/api/gaps.csv", async (c) => {
    c.header("Content-Disposition", `attachment; filename="gap-queue-${chinaDate(service.clock())}.csv"`);
    return c.body(await service.gaps.csv(), 200, { "Content-Type": "text/csv; charset=utf-8" });
  });
  desk.post("/api/gaps/resolve", small, async (c) => {
    // JSON only: a form on another site cannot send it without the browser asking this server first.
    if (!c.req.header("content-type")?.startsWith("application/json")) return c.json({ error: "send JSON" }, 415);
    const parsed = ResolveSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ") }, 400);
    const { group, ...resolution } = parsed.data;
    if (resolution.kind === "clause" && !corpus.clause(resolution.docId, resolution.clause)) {
      return c.json({ error: `${resolution.docId} has no clause ${resolution.clause}` }, 400);
    }
    if (!(await service.gaps.resolve(group, resolution, c.get("staff")))) return c.json({ error: "no such group" }, 404);
    log.info({ staff: c.get("staff"), kind: resolution.kind }, "gap group resolved");
    return c.json({ ok: true });
  });
  return desk;
}

/** A group with its clauses as people read them, and its times in China's. */
function described(service: Service, g: GapGroup) {
  const source = (docId: string | null, clause: string | null) => clauseSource(service.corpus, docId, clause);
  return {
    ...g,
    latestText: chinaTime(g.latest),
    entries: g.entries.map((e) => ({ ...e, atText: chinaTime(e.at), source: source(e.docId, e.clause) })),
    resolution: g.resolution && { ...g.resolution, atText: chinaTime(g.resolution.at), source: source(g.resolution.docId, g.resolution.clause) },
  };
}

/** GET …/search?q=&region=&doc=: the clause search, for the desk and for integrations. */
export function searchResponse(service: Service, c: Context) {
  const query = ClauseQuerySchema.safeParse(c.req.query());
  if (!query.success) return c.json({ error: query.error.issues.map((i) => i.message).join("; ") }, 400);
  try {
    return c.json({ query: query.data, results: searchClauses(service.corpus, query.data, chinaDate(service.clock())) });
  } catch (err) {
    if (err instanceof QueryError) return c.json({ error: err.message }, 400);
    throw err;
  }
}
