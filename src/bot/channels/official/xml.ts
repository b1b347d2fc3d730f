// The callback's XML: what WeChat posts (read with fast-xml-parser, checked with zod) and the replies.
import { XMLBuilder, XMLParser } from "fast-xml-parser";
import { z } from "zod";

// Every value stays a string: a MsgId is a 64-bit number, which a JavaScript number would round.
// Entities declared in a DOCTYPE are not expanded by fast-xml-parser, so no entity bomb gets through.
const parser = new XMLParser({ parseTagValue: false, ignoreDeclaration: true });
const builder = new XMLBuilder({ cdataPropName: "cdata" });

/** A safe-mode body: the message sealed in `Encrypt`. */
const EnvelopeSchema = z.object({ xml: z.object({ Encrypt: z.string().min(1) }) });

/** A message or event as WeChat sends it (公众号 and WeCom alike); fields this channel does not read are dropped. */
const InboundSchema = z.object({
  /** The account: the 公众号's original id (gh_…), or the CorpID. */
  ToUserName: z.string().min(1),
  /** The user: an OpenID, or a WeCom UserID. */
  FromUserName: z.string().min(1),
  CreateTime: z.string().regex(/^\d+$/),
  /** text, image, voice, video, shortvideo, location, link, file, event. */
  MsgType: z.string().min(1),
  Content: z.string().optional(),
  /** Every message has one (the same on WeChat's retries); events do not. */
  MsgId: z.string().min(1).optional(),
  Event: z.string().optional(),
});
export type Inbound = z.infer<typeof InboundSchema>;

function parse<T>(schema: z.ZodType<T>, xml: string): T | undefined {
  let tree: unknown;
  try {
    tree = parser.parse(xml);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(tree);
  return parsed.success ? parsed.data : undefined;
}

/** The message in a plain-mode body, or in a safe-mode body once opened; undefined when it is not one. */
export function readInbound(xml: string): Inbound | undefined {
  return parse(z.object({ xml: InboundSchema }), xml)?.xml;
}

/** The ciphertext of a safe-mode body; undefined when it has none. */
export function readEnvelope(xml: string): string | undefined {
  return parse(EnvelopeSchema, xml)?.xml.Encrypt;
}

/** A text reply to `to` from the account `from`, as the passive reply (plain, or to be sealed). */
export function textReplyXml(to: string, from: string, content: string, seconds: number): string {
  return builder.build({
    xml: { ToUserName: { cdata: to }, FromUserName: { cdata: from }, CreateTime: seconds, MsgType: { cdata: "text" }, Content: { cdata: content } },
  });
}

/** A safe-mode reply: the sealed reply with its signature. */
export function sealedReplyXml(encrypted: string, signature: string, timestamp: number, nonce: string): string {
  return builder.build({ xml: { Encrypt: { cdata: encrypted }, MsgSignature: { cdata: signature }, TimeStamp: timestamp, Nonce: { cdata: nonce } } });
}
