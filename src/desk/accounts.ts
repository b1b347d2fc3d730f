// Staff accounts come from the settings (STAFF_ACCOUNTS): "name:scrypt:<salt>:<hash>", several
// separated by commas or spaces; `npm run staff-password -- <name>` prints one.
import { z } from "zod";
import { DECOY, parseHash, verifyPassword, type PasswordHash } from "./passwords.js";

export interface StaffAccount {
  name: string;
  password: PasswordHash;
}

const NAME = /^[\p{L}\p{N}_.-]{1,40}$/u;

export const StaffAccountsSchema = z
  .string()
  .default("")
  .transform((text, ctx) => {
    const accounts: StaffAccount[] = [];
    for (const entry of text.split(/[\s,]+/).filter(Boolean)) {
      const at = entry.indexOf(":");
      const name = entry.slice(0, at);
      const password = at > 0 ? parseHash(entry.slice(at + 1)) : null;
      if (!NAME.test(name) || !password) {
        ctx.addIssue({ code: "custom", message: `STAFF_ACCOUNTS: "${entry.slice(0, 24)}…" is not name:scrypt:<salt>:<hash> — make one with npm run staff-password -- <name>` });
        return z.NEVER;
      }
      if (accounts.some((a) => a.name === name)) {
        ctx.addIssue({ code: "custom", message: `STAFF_ACCOUNTS: ${name} is listed twice` });
        return z.NEVER;
      }
      accounts.push({ name, password });
    }
    return accounts;
  });

/** The account these credentials are of, or null; as slow for an unknown name as for a wrong password. */
export async function authenticate(accounts: readonly StaffAccount[], name: string, password: string): Promise<StaffAccount | null> {
  const account = accounts.find((a) => a.name === name);
  const matches = await verifyPassword(password, account?.password ?? DECOY);
  return account && matches ? account : null;
}
