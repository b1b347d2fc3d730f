// `npm run staff-password -- <name>`: reads a password on stdin (typed, or piped) and prints the
// account's entry for STAFF_ACCOUNTS. The password itself is kept nowhere.
import { createInterface } from "node:readline/promises";
import { hashPassword } from "./passwords.js";

const name = process.argv[2];
if (!name || !/^[\p{L}\p{N}_.-]{1,40}$/u.test(name)) {
  process.stderr.write("Usage: npm run --silent staff-password -- <name>   (letters, digits, _ . -; the password on stdin)\n");
  process.exit(1);
}
if (process.stdin.isTTY) process.stderr.write(`Password for ${name}: `);
const rl = createInterface({ input: process.stdin });
const password = (await rl[Symbol.asyncIterator]().next()).value as string | undefined;
rl.close();
if (!password || password.length < 8) {
  process.stderr.write("A password of at least 8 characters, please.\n");
  process.exit(1);
}
process.stdout.write(`${name}:${await hashPassword(password)}\n`);
