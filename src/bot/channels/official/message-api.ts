// The platforms' message APIs, for an answer too late for the passive reply: the 公众号's
// customer-service message (客服消息) and the WeCom app message (应用消息), each with its token endpoint.
import { z } from "zod";
import { AccessToken, type IssuedToken } from "./access-token.js";

const ResultSchema = z.object({ errcode: z.number().int().default(0), errmsg: z.string().default("") });
const TokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive() });

/** The platform no longer takes the token: 40001 (invalid: another fetch replaced it), 40014 (not a token), 42001 (expired). */
const STALE_TOKEN = new Set([40001, 40014, 42001]);
const TIMEOUT_MS = 10_000;

/** Sends `text` to `user` (an OpenID, or a WeCom UserID). */
export type Send = (user: string, text: string) => Promise<void>;

class PlatformError extends Error {}

async function call(url: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!res.ok) throw new PlatformError(`${new URL(url).pathname}: HTTP ${res.status}`);
  return res.json();
}

async function issued(url: string): Promise<IssuedToken> {
  const body = await call(url);
  const token = TokenSchema.safeParse(body);
  if (token.success) return { value: token.data.access_token, expiresInSeconds: token.data.expires_in };
  const result = ResultSchema.safeParse(body);
  throw new PlatformError(`token endpoint: ${result.success ? `${result.data.errcode} ${result.data.errmsg}` : "an answer with no token"}`);
}

/** Posts each message to `path` with the token; when the platform refuses the token, a new one is fetched and the post made once more. */
function sender(base: string, path: string, tokens: AccessToken, payload: (user: string, text: string) => object): Send {
  const post = async (token: string, body: object) => {
    const url = `${base}${path}?access_token=${encodeURIComponent(token)}`;
    const result = ResultSchema.safeParse(await call(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }));
    if (!result.success) throw new PlatformError(`${path}: an answer with no errcode`);
    return result.data;
  };
  return async (user, text) => {
    const body = payload(user, text);
    const token = await tokens.get();
    let result = await post(token, body);
    if (STALE_TOKEN.has(result.errcode)) {
      tokens.expire(token);
      result = await post(await tokens.get(), body);
    }
    if (result.errcode !== 0) throw new PlatformError(`${path}: ${result.errcode} ${result.errmsg}`);
  };
}

const withoutSlash = (url: string) => url.replace(/\/+$/, "");

/** The 公众号's 客服消息 (within 48 hours of the user's message), with a token from /cgi-bin/token. */
export function mpSend(apiUrl: string, appId: string, secret: string): Send {
  const base = withoutSlash(apiUrl);
  const tokens = new AccessToken(() => issued(`${base}/cgi-bin/token?${new URLSearchParams({ grant_type: "client_credential", appid: appId, secret })}`));
  return sender(base, "/cgi-bin/message/custom/send", tokens, (user, text) => ({ touser: user, msgtype: "text", text: { content: text } }));
}

/** The WeCom app's 应用消息, with a token from /cgi-bin/gettoken. */
export function wecomSend(apiUrl: string, corpId: string, agentId: string, secret: string): Send {
  const base = withoutSlash(apiUrl);
  const tokens = new AccessToken(() => issued(`${base}/cgi-bin/gettoken?${new URLSearchParams({ corpid: corpId, corpsecret: secret })}`));
  return sender(base, "/cgi-bin/message/send", tokens, (user, text) => ({ touser: user, msgtype: "text", agentid: Number(agentId), text: { content: text } }));
}
