// How long a client may take, and how much header it may send: the web chat's server and the
// official-account callback's.
import type { ServerOptions } from "node:http";

/**
 * A request here is a few hundred bytes that arrive at once, so a client that is slow to send them is
 * holding a socket, not asking: cut it off well before Node's defaults (headers 60 s, request 300 s).
 */
export const SERVER_OPTIONS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  // Idle keep-alive sockets close after 5 s; a proxy in front must time out its own sooner (deploy/nginx.conf: 4 s).
  keepAliveTimeout: 5_000,
  // The timeouts above are enforced by a sweep at this interval (Node's default, 30 s, would double them).
  connectionsCheckingInterval: 2_000,
  // The API's requests carry well under 1 KiB of headers; 8 KiB is also nginx's limit for one header line.
  maxHeaderSize: 8 * 1024,
} satisfies ServerOptions;
