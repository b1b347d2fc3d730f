// WeChat's side of the callback protocol, for the tests: signs, seals and posts messages as the
// 公众号 and WeCom servers do, and opens and checks the replies. It is written from the protocol's
// description with node:crypto alone — not with the library the channel uses — so a channel that
// misuses the scheme fails here instead of agreeing with itself.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { XMLParser } from "fast-xml-parser";

export interface FakeAccount {
  kind: "mp" | "wecom";
  token: string;
  /** Safe mode when set. */
  aesKey?: string;
  /** AppID or CorpID. */
  receiverId: string;
  /** The channel's URL for this account: http://127.0.0.1:port/mp */
  url: string;
}

const sha1 = (parts: string[]) => createHash("sha1").update([...parts].sort().join("")).digest("hex");
const keyOf = (aesKey: string) => Buffer.from(`${aesKey}=`, "base64");
const xml = new XMLParser({ parseTagValue: false });

/** 16 random bytes, the message's length (4 bytes, big-endian), the message, the receiver's id; PKCS#7 to 32; AES-256-CBC, IV = the key's first 16 bytes. */
export function seal(aesKey: string, message: string, receiverId: string): string {
  const key = keyOf(aesKey);
  const body = Buffer.from(message);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  const plain = Buffer.concat([randomBytes(16), length, body, Buffer.from(receiverId)]);
  const pad = 32 - (plain.length % 32);
  const cipher = createCipheriv("aes-256-cbc", key, key.subarray(0, 16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(Buffer.concat([plain, Buffer.alloc(pad, pad)])), cipher.final()]).toString("base64");
}

export function unseal(aesKey: string, encrypted: string): { message: string; receiverId: string } {
  const key = keyOf(aesKey);
  const decipher = createDecipheriv("aes-256-cbc", key, key.subarray(0, 16)).setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(encrypted, "base64"), decipher.final()]);
  const plain = padded.subarray(0, padded.length - padded[padded.length - 1]!);
  const length = plain.readUInt32BE(16);
  return { message: plain.subarray(20, 20 + length).toString(), receiverId: plain.subarray(20 + length).toString() };
}

export interface Sent {
  status: number;
  body: string;
  /** The reply message, opened and checked (safe mode: signature and receiver); undefined for "success" or a refusal. */
  reply?: Record<string, string>;
}

export interface PostOptions {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  /** Seal for another AppID / CorpID. */
  receiverId?: string;
  /** Sign something other than what is sent. */
  badSignature?: boolean;
}

export class FakeWechat {
  constructor(readonly account: FakeAccount) {}

  /** A user's message as WeChat writes it. */
  message(fields: Record<string, string>): string {
    const base = { ToUserName: this.account.kind === "mp" ? "gh_hotline" : this.account.receiverId, CreateTime: String(Math.floor(Date.now() / 1000)) };
    const all = { ...base, ...fields };
    return `<xml>${Object.entries(all).map(([k, v]) => (/^\d+$/.test(v) ? `<${k}>${v}</${k}>` : `<${k}><![CDATA[${v}]]></${k}>`)).join("")}</xml>`;
  }

  text(from: string, content: string, msgId = String(BigInt(Date.now()) * 1000n + BigInt(Math.floor(Math.random() * 1000)))): string {
    return this.message({ FromUserName: from, MsgType: "text", Content: content, MsgId: msgId });
  }

  /** Posts `inner` as WeChat does: in safe mode sealed in <Encrypt> and signed with msg_signature; else signed plain. */
  async post(inner: string, options: PostOptions = {}): Promise<Sent> {
    const { token, aesKey, kind } = this.account;
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const nonce = randomBytes(6).toString("hex");
    const query = new URLSearchParams({ timestamp, nonce });
    let body = inner;
    if (aesKey) {
      const encrypted = seal(aesKey, inner, options.receiverId ?? this.account.receiverId);
      body = `<xml><ToUserName><![CDATA[${kind === "mp" ? "gh_hotline" : this.account.receiverId}]]></ToUserName><Encrypt><![CDATA[${encrypted}]]></Encrypt></xml>`;
      query.set("msg_signature", sha1([token, timestamp, nonce, options.badSignature ? `${encrypted}x` : encrypted]));
      if (kind === "mp") query.set("encrypt_type", "aes");
    }
    if (kind === "mp") query.set("signature", sha1([token, timestamp, nonce].concat(options.badSignature && !aesKey ? ["x"] : [])));
    const res = await fetch(`${this.account.url}?${query}`, { method: "POST", headers: { "content-type": "text/xml" }, body });
    const text = await res.text();
    return { status: res.status, body: text, reply: res.ok && text.startsWith("<xml>") ? this.open(text) : undefined };
  }

  /** The reply's message; in safe mode its signature checked and its seal opened (and its receiver checked). */
  open(body: string): Record<string, string> {
    const outer = xml.parse(body).xml as Record<string, string>;
    const { aesKey, token, receiverId } = this.account;
    if (!aesKey) return outer;
    const { Encrypt, MsgSignature, TimeStamp, Nonce } = outer as { Encrypt: string; MsgSignature: string; TimeStamp: string; Nonce: string };
    if (sha1([token, TimeStamp, Nonce, Encrypt]) !== MsgSignature) throw new Error("reply: bad MsgSignature");
    if (Math.abs(Number(TimeStamp) - Date.now() / 1000) > 60) throw new Error("reply: TimeStamp is not now");
    const opened = unseal(aesKey, Encrypt);
    if (opened.receiverId !== receiverId) throw new Error(`reply: sealed for ${opened.receiverId}`);
    return xml.parse(opened.message).xml as Record<string, string>;
  }

  /** The admin console's check of the server URL; returns what the server answered. */
  async verify(echo: string, options: PostOptions = {}): Promise<{ status: number; body: string }> {
    const { token, aesKey, kind } = this.account;
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const nonce = randomBytes(6).toString("hex");
    const query = new URLSearchParams({ timestamp, nonce });
    if (kind === "mp") {
      query.set("echostr", echo);
      query.set("signature", sha1([token, timestamp, nonce, ...(options.badSignature ? ["x"] : [])]));
    } else {
      const encrypted = seal(aesKey!, echo, options.receiverId ?? this.account.receiverId);
      query.set("echostr", encrypted);
      query.set("msg_signature", sha1([token, timestamp, nonce, options.badSignature ? `${encrypted}x` : encrypted]));
    }
    const res = await fetch(`${this.account.url}?${query}`);
    return { status: res.status, body: await res.text() };
  }
}
