// Before the tests: the tests that start the real commands (batch, server shutdown) run dist/, so
// make sure it is built from the current sources.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export default function setup(): void {
  const script = fileURLToPath(new URL("../scripts/build-if-stale.mjs", import.meta.url));
  const build = spawnSync(process.execPath, [script], { stdio: "inherit" });
  if (build.status !== 0) throw new Error("building dist/ failed");
}
