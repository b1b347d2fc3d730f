// Who is asking, for the per-address limits: the socket's remote address, or — only when the
// deployment names the header its proxy sets (TRUSTED_PROXY_HEADER) — the address the proxy saw.
import { isIPv6 } from "node:net";

/** `remote`: the socket's address; `forwarded`: the trusted header's value, if set and sent. */
export function clientAddress(remote: string | undefined, forwarded: string | undefined): string {
  // X-Forwarded-For: client, proxy1, …: the last entry is the one our own proxy added; the others
  // come from the client and could be anything.
  const address = forwarded?.split(",").at(-1)?.trim() || remote || "unknown";
  return limitKey(address);
}

/**
 * IPv4 as is (and IPv4 written as IPv6, ::ffff:1.2.3.4, as IPv4). IPv6 by its /64 network: one
 * customer gets a whole /64, so counting single addresses would let them rotate through 2^64.
 */
function limitKey(address: string): string {
  if (!address.includes(":")) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address;
  const [head = "", tail = ""] = address.split("::");
  const front = head ? head.split(":") : [];
  const back = address.includes("::") ? (tail ? tail.split(":") : []) : [];
  const groups = [...front, ...Array<string>(8 - front.length - back.length).fill("0"), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => g.toLowerCase().replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
