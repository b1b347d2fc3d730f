// Staff passwords are kept only as scrypt hashes (node:crypto): salt and hash, never the password.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

/** 2^14 × 8 × 128 bytes = 16 MiB and ~50 ms a check: slow for a guesser, fine for a login. */
const PARAMS: ScryptOptions = { N: 16_384, r: 8, p: 1 };
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const HASH_PREFIX = "scrypt";

const derive = (password: string, salt: Buffer) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password.normalize("NFKC"), salt, KEY_BYTES, PARAMS, (err, key) => (err ? reject(err) : resolve(key))));

export interface PasswordHash {
  salt: Buffer;
  hash: Buffer;
}

/** scrypt:<salt>:<hash>, both base64url: what STAFF_ACCOUNTS holds after the account's name. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  return `${HASH_PREFIX}:${salt.toString("base64url")}:${(await derive(password, salt)).toString("base64url")}`;
}

export function parseHash(text: string): PasswordHash | null {
  const [prefix, salt, hash, ...rest] = text.split(":");
  if (prefix !== HASH_PREFIX || !salt || !hash || rest.length) return null;
  const parsed = { salt: Buffer.from(salt, "base64url"), hash: Buffer.from(hash, "base64url") };
  return parsed.salt.length === SALT_BYTES && parsed.hash.length === KEY_BYTES ? parsed : null;
}

/** Compared in constant time. */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  return timingSafeEqual(await derive(password, stored.salt), stored.hash);
}

/** Checked against for a name no account has, so that its answer takes as long as a wrong password's. */
export const DECOY: PasswordHash = { salt: randomBytes(SALT_BYTES), hash: randomBytes(KEY_BYTES) };
