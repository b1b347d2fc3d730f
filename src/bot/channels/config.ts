// Settings from environment variables, validated once at start (the list lives in .env.example).
import { z } from "zod";
import { StaffAccountsSchema } from "../../desk/accounts.js";
import { CorpusError } from "../../knowledge/errors.js";
import { StorageError } from "../../storage/database.js";

const optional = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
/** An EncodingAESKey as the admin console makes it: 43 letters and digits (base64 of the 32-byte AES key). */
const aesKey = z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^[A-Za-z0-9]{43}$/, "43 letters and digits, as the admin console shows it").optional());

export const ConfigSchema = z.object({
  /** The region the deployment serves, used when a user names none (e.g. 兴安盟). */
  DEFAULT_REGION: optional,
  PORT: positiveInt(3000),
  HOST: z.string().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SESSION_TTL_MINUTES: positiveInt(30),
  /**
   * Signs the web chat's conversation ids, so that any replica accepts exactly the ids one of them
   * issued. The same value on every replica; unset, a key is made at start (ids die with the process).
   */
  SESSION_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32, "SESSION_SECRET: at least 32 characters (openssl rand -base64 32)").optional()),
  /** Mark the session cookie Secure even on plain HTTP requests: TLS ends at a proxy in front. */
  SESSION_COOKIE_SECURE: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  /** Per conversation (user per chat): messages a minute, and how many may come at once. */
  RATE_LIMIT_PER_MINUTE: positiveInt(20),
  RATE_LIMIT_BURST: positiveInt(10),
  /** Per client address, whatever conversation ids it sends: messages a minute. */
  RATE_LIMIT_PER_ADDRESS_PER_MINUTE: positiveInt(60),
  /** Per client address: conversations it may start in an hour. */
  NEW_CONVERSATIONS_PER_ADDRESS_PER_HOUR: positiveInt(60),
  /**
   * The header a proxy in front sets to the client's address (X-Forwarded-For, X-Real-IP). Only set
   * it behind such a proxy: otherwise a client could name any address it likes.
   */
  TRUSTED_PROXY_HEADER: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.string().regex(/^[A-Za-z0-9-]+$/, "TRUSTED_PROXY_HEADER: a header name, e.g. X-Forwarded-For").transform((v) => v.toLowerCase()).optional(),
  ),
  MAX_SESSIONS: positiveInt(100_000),
  /** When set (redis://host:6379), conversations, limits and Slack/WeChat deliveries live in Redis and replicas share them. */
  REDIS_URL: optional,
  /** On SIGTERM, replies under way get this long to finish; then the process exits anyway (code 1). */
  SHUTDOWN_TIMEOUT_SECONDS: positiveInt(10),

  /** The gap queue's SQLite file, made on first start (relative paths from the repository root); ":memory:" keeps nothing. */
  DATABASE_FILE: z.string().min(1).default("data/policy-hotline.sqlite"),
  /** PostgreSQL (postgres://user:password@host:5432/db): replicas share the gap queue; DATABASE_FILE is then unused. */
  DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^postgres(ql)?:\/\//, "DATABASE_URL: postgres://user:password@host:5432/database").optional()),
  /** Questions in the gap queue are deleted after this many days. */
  GAP_RETENTION_DAYS: positiveInt(90),
  /** Staff desk accounts: name:scrypt:<salt>:<hash>, comma- or space-separated (npm run staff-password -- <name>). */
  STAFF_ACCOUNTS: StaffAccountsSchema,
  /** A staff login lasts this long. */
  STAFF_SESSION_HOURS: positiveInt(12),
  /** Wrong passwords per address and account in 15 minutes before attempts are refused (each one slower than the last). */
  STAFF_LOGIN_ATTEMPTS: positiveInt(5),

  SLACK_MODE: z.enum(["http", "socket"]).default("http"),
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_COMMAND: z.string().regex(/^\/[a-z0-9_-]+$/, "SLACK_COMMAND must look like /policy").default("/policy"),
  SLACK_PORT: positiveInt(3001),
  /** Only for tests and proxies: where the Slack Web API is reached. */
  SLACK_API_URL: optional,

  WECHATY_PUPPET: z.string().default("wechaty-puppet-wechat4u"),
  WECHATY_PUPPET_SERVICE_TOKEN: optional,
  WECHATY_NAME: z.string().default("policy-hotline"),

  /** `npm run official`: the accounts whose callbacks it serves — mp (公众号), wecom (a WeCom self-built app), or both. */
  OFFICIAL_ACCOUNTS: z
    .string()
    .default("mp")
    .transform((v) => [...new Set(v.split(",").map((s) => s.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(["mp", "wecom"], "mp, wecom or mp,wecom")).min(1, "mp, wecom or mp,wecom")),
  OFFICIAL_PORT: positiveInt(3002),
  /**
   * WeChat waits 5 s for the passive reply, then retries: an answer not ready by this time goes
   * through the platform's message API instead (the rest of the 5 s is for the network).
   */
  OFFICIAL_REPLY_MS: z.coerce.number().int().positive().max(4500, "at most 4500 (WeChat gives up after 5 s)").default(4000),
  MP_APP_ID: optional,
  MP_APP_SECRET: optional,
  MP_TOKEN: optional,
  /** Set: safe mode (安全模式), messages and replies encrypted. Empty: plain mode (明文模式, the only one a 测试号 has). */
  MP_ENCODING_AES_KEY: aesKey,
  /** Only for tests and proxies: where the 公众号 API is reached. */
  MP_API_URL: z.url().default("https://api.weixin.qq.com"),
  WECOM_CORP_ID: optional,
  WECOM_AGENT_ID: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(/^\d+$/, "the app's AgentId, a number").optional()),
  WECOM_SECRET: optional,
  WECOM_TOKEN: optional,
  WECOM_ENCODING_AES_KEY: aesKey,
  /** Only for tests and proxies: where the WeCom API is reached. */
  WECOM_API_URL: z.url().default("https://qyapi.weixin.qq.com"),
});
export type Config = z.infer<typeof ConfigSchema>;

export class ConfigError extends Error {}

/** Where each secret comes from, for the message shown when one is missing. */
const WHERE: Record<string, string> = {
  SLACK_BOT_TOKEN: "Slack app → OAuth & Permissions → Bot User OAuth Token (xoxb-…)",
  SLACK_SIGNING_SECRET: "Slack app → Basic Information → App Credentials → Signing Secret",
  SLACK_APP_TOKEN: "Slack app → Basic Information → App-Level Tokens, scope connections:write (xapp-…)",
  WECHATY_PUPPET_SERVICE_TOKEN: "your puppet service provider (needed by wechaty-puppet-service)",
  MP_APP_ID: "mp.weixin.qq.com → 设置与开发 → 基本配置 → 开发者ID(AppID) (测试号: 测试号信息 → appID)",
  MP_APP_SECRET: "mp.weixin.qq.com → 设置与开发 → 基本配置 → 开发者密码(AppSecret), and add this server's IP to the IP白名单 there (测试号: 测试号信息 → appsecret)",
  MP_TOKEN: "mp.weixin.qq.com → 设置与开发 → 基本配置 → 服务器配置 → 令牌(Token), a value you choose there (测试号: 接口配置信息 → Token)",
  WECOM_CORP_ID: "work.weixin.qq.com admin → 我的企业 → 企业信息 → 企业ID",
  WECOM_AGENT_ID: "work.weixin.qq.com admin → 应用管理 → your self-built app → AgentId",
  WECOM_SECRET: "work.weixin.qq.com admin → 应用管理 → your self-built app → Secret (查看: it is sent to your WeCom)",
  WECOM_TOKEN: "work.weixin.qq.com admin → 应用管理 → your self-built app → 接收消息 → 设置API接收 → Token",
  WECOM_ENCODING_AES_KEY: "work.weixin.qq.com admin → 应用管理 → your self-built app → 接收消息 → 设置API接收 → EncodingAESKey",
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = ConfigSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new ConfigError(`invalid settings:\n${lines.join("\n")}\nSee .env.example.`);
  }
  return parsed.data;
}

/** Fails with the variable's name and where to get it when a required secret is not set. */
export function requireSettings<K extends keyof Config>(config: Config, keys: K[]): { [P in K]: NonNullable<Config[P]> } {
  const missing = keys.filter((k) => config[k] === undefined || config[k] === "");
  if (missing.length) {
    throw new ConfigError(missing.map((k) => `${String(k)} is not set — get it from ${WHERE[String(k)] ?? "the platform"}; see .env.example`).join("\n"));
  }
  return Object.fromEntries(keys.map((k) => [k, config[k]])) as { [P in K]: NonNullable<Config[P]> };
}

/**
 * Runs a channel's start-up; a settings, corpus or database problem is printed as its message alone (it names
 * the variable, or the file, line and field to fix: a stack trace would only hide it), exit code 2.
 */
export async function startChannel(start: () => Promise<void>): Promise<void> {
  try {
    await start();
  } catch (err) {
    if (!(err instanceof ConfigError || err instanceof CorpusError || err instanceof StorageError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exit(2);
  }
}
