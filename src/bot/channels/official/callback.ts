// The callback protocol both WeChat platforms speak: the SHA-1 signature of the sorted token,
// timestamp, nonce (and ciphertext), and the AES envelope of safe mode — AES-256-CBC under the
// EncodingAESKey, PKCS#7 to 32 bytes, the AppID or CorpID sealed at the end — done by @wecom/crypto.
// Here: which request is WeChat's (or is refused), what it says, and the reply sealed for it.
import { randomBytes, timingSafeEqual } from "node:crypto";
import { decrypt, encrypt, getSignature } from "@wecom/crypto";
import { z } from "zod";
import { readEnvelope, readInbound, sealedReplyXml, textReplyXml, type Inbound } from "./xml.js";

/** A request whose timestamp is further than this from now is refused: a replay, not WeChat. */
const MAX_SKEW_SECONDS = 300;

export interface Protocol {
  /** mp: a 公众号; wecom: a WeCom self-built app. */
  kind: "mp" | "wecom";
  /** The Token set in the admin console: signs every request. */
  token: string;
  /** Safe mode (安全模式) when set: messages and replies sealed with this EncodingAESKey. WeCom always has one. */
  aesKey: string | undefined;
  /** The AppID (公众号) or CorpID (WeCom) that every sealed message must end with. */
  receiverId: string;
}

export type Refusal = { status: 400 | 403; reason: string };

const SignedSchema = z.object({ timestamp: z.string().regex(/^\d{1,12}$/), nonce: z.string().min(1) });
const PlainQuerySchema = SignedSchema.extend({ signature: z.string().min(1) });
const SafeQuerySchema = SignedSchema.extend({ msg_signature: z.string().min(1) });
const EchoSchema = z.object({ echostr: z.string().min(1) });

// The 公众号's plain signature is the same sorted SHA-1 without the ciphertext: "" sorts first and adds nothing.
const signatureOf = (token: string, timestamp: string, nonce: string, encrypted = "") => getSignature(token, timestamp, nonce, encrypted);

function sameSignature(given: string, expected: string): boolean {
  const a = Buffer.from(given.toLowerCase());
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function checked(protocol: Protocol, timestamp: string, nonce: string, given: string, nowMs: number, encrypted?: string): Refusal | undefined {
  if (!sameSignature(given, signatureOf(protocol.token, timestamp, nonce, encrypted))) return { status: 403, reason: "bad signature" };
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) return { status: 403, reason: "timestamp too far from now" };
  return undefined;
}

/** The plaintext sealed in `encrypted`, when it opens with the key and was sealed for this account. */
function open(protocol: Protocol, aesKey: string, encrypted: string): string | Refusal {
  let opened: { message: string; id: string };
  try {
    opened = decrypt(aesKey, encrypted);
  } catch {
    return { status: 403, reason: "does not decrypt" };
  }
  return opened.id === protocol.receiverId ? opened.message : { status: 403, reason: `sealed for another ${protocol.kind === "mp" ? "AppID" : "CorpID"}` };
}

/**
 * The server-URL check the admin console makes when the URL is saved: the 公众号 signs its plain
 * `echostr`, WeCom seals it; either way the answer is the echostr in plain text.
 */
export function verifyUrl(protocol: Protocol, query: Record<string, string>, nowMs: number): { echo: string } | Refusal {
  if (protocol.kind === "mp") {
    const q = PlainQuerySchema.extend(EchoSchema.shape).safeParse(query);
    if (!q.success) return { status: 400, reason: "not a verification request" };
    return checked(protocol, q.data.timestamp, q.data.nonce, q.data.signature, nowMs) ?? { echo: q.data.echostr };
  }
  const q = SafeQuerySchema.extend(EchoSchema.shape).safeParse(query);
  if (!q.success || !protocol.aesKey) return { status: 400, reason: "not a verification request" };
  const refused = checked(protocol, q.data.timestamp, q.data.nonce, q.data.msg_signature, nowMs, q.data.echostr);
  if (refused) return refused;
  const echo = open(protocol, protocol.aesKey, q.data.echostr);
  return typeof echo === "string" ? { echo } : echo;
}

/** The message WeChat posted, once its signature, timestamp and (in safe mode) seal are checked. */
export function readMessage(protocol: Protocol, query: Record<string, string>, body: string, nowMs: number): { message: Inbound } | Refusal {
  let xml = body;
  if (protocol.aesKey) {
    const q = SafeQuerySchema.safeParse(query);
    const encrypted = readEnvelope(body);
    if (!q.success || !encrypted) return { status: 400, reason: "not a safe-mode message" };
    const refused = checked(protocol, q.data.timestamp, q.data.nonce, q.data.msg_signature, nowMs, encrypted);
    if (refused) return refused;
    const opened = open(protocol, protocol.aesKey, encrypted);
    if (typeof opened !== "string") return opened;
    xml = opened;
  } else {
    const q = PlainQuerySchema.safeParse(query);
    if (!q.success) return { status: 400, reason: "not a signed message" };
    const refused = checked(protocol, q.data.timestamp, q.data.nonce, q.data.signature, nowMs);
    if (refused) return refused;
  }
  const message = readInbound(xml);
  return message ? { message } : { status: 400, reason: "not a message" };
}

/** The passive reply to `message` with `text`: plain XML, or in safe mode sealed and signed. */
export function replyBody(protocol: Protocol, message: Inbound, text: string, nowMs: number): string {
  const seconds = Math.floor(nowMs / 1000);
  const xml = textReplyXml(message.FromUserName, message.ToUserName, text, seconds);
  if (!protocol.aesKey) return xml;
  const encrypted = encrypt(protocol.aesKey, xml, protocol.receiverId);
  const nonce = randomBytes(8).toString("hex");
  return sealedReplyXml(encrypted, signatureOf(protocol.token, String(seconds), nonce, encrypted), seconds, nonce);
}
