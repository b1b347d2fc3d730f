// The logger every channel uses: JSON lines on stderr, with personal data masked in every record at
// every level. Masking is done on the finished line (pino's streamWrite hook) because only there
// are all the strings in their final form: the message after printf interpolation, child bindings,
// nested fields, and errors as serialised (message and stack, causes included).
import pino, { type DestinationStream, type Logger } from "pino";
import type { Config } from "./config.js";
import { redact } from "./redact.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function scrub(value: Json): Json {
  if (typeof value === "string") return redact(value);
  if (typeof value === "number") {
    // A mobile or card number logged as a number is as personal as one logged as a string.
    const text = String(value);
    const masked = redact(text);
    return masked === text ? value : masked;
  }
  if (Array.isArray(value)) return value.map(scrub);
  // fromEntries, not assignment, so a "__proto__" key stays a plain key.
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, scrub(v)]));
  return value;
}

function scrubLine(line: string): string {
  const record: Json = JSON.parse(line);
  return JSON.stringify(scrub(record)) + "\n";
}

/** A pino logger at `config.LOG_LEVEL` that masks personal data; writes to stderr unless given `destination`. */
export function createLogger(config: Pick<Config, "LOG_LEVEL">, destination: DestinationStream = pino.destination(2)): Logger {
  return pino({ level: config.LOG_LEVEL, base: undefined, hooks: { streamWrite: scrubLine } }, destination);
}
