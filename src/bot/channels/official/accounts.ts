// The accounts `npm run official` serves, from the settings: each one's protocol, where WeChat posts
// its callbacks, how its users' conversations are named, and its message API.
import { ConfigError, requireSettings, type Config } from "../config.js";
import type { Protocol } from "./callback.js";
import { mpSend, wecomSend, type Send } from "./message-api.js";

export interface Account extends Protocol {
  /** The path WeChat posts this account's callbacks to (the server URL registered is this host and path). */
  path: string;
  /** A user's conversation is `${conversations}:${user}`: the account, then the OpenID or UserID. */
  conversations: string;
  /** The platform's message API: an answer too late for the passive reply goes this way. */
  send: Send;
}

function mpAccount(config: Config): Account {
  const s = requireSettings(config, ["MP_APP_ID", "MP_APP_SECRET", "MP_TOKEN"]);
  return {
    kind: "mp",
    token: s.MP_TOKEN,
    aesKey: config.MP_ENCODING_AES_KEY,
    receiverId: s.MP_APP_ID,
    path: "/mp",
    conversations: `mp:${s.MP_APP_ID}`,
    send: mpSend(config.MP_API_URL, s.MP_APP_ID, s.MP_APP_SECRET),
  };
}

function wecomAccount(config: Config): Account {
  const s = requireSettings(config, ["WECOM_CORP_ID", "WECOM_AGENT_ID", "WECOM_SECRET", "WECOM_TOKEN", "WECOM_ENCODING_AES_KEY"]);
  return {
    kind: "wecom",
    token: s.WECOM_TOKEN,
    aesKey: s.WECOM_ENCODING_AES_KEY,
    receiverId: s.WECOM_CORP_ID,
    path: "/wecom",
    conversations: `wecom:${s.WECOM_CORP_ID}:${s.WECOM_AGENT_ID}`,
    send: wecomSend(config.WECOM_API_URL, s.WECOM_CORP_ID, s.WECOM_AGENT_ID, s.WECOM_SECRET),
  };
}

/** The accounts of OFFICIAL_ACCOUNTS; every setting missing for any of them is named at once. */
export function officialAccounts(config: Config): Account[] {
  const missing: string[] = [];
  const accounts = config.OFFICIAL_ACCOUNTS.flatMap((kind) => {
    try {
      return [kind === "mp" ? mpAccount(config) : wecomAccount(config)];
    } catch (err) {
      if (!(err instanceof ConfigError)) throw err;
      missing.push(err.message);
      return [];
    }
  });
  if (missing.length) throw new ConfigError(missing.join("\n"));
  return accounts;
}
