// Runs before the package's commands: rebuilds dist/ when a source file is newer than the last build,
// so a command never runs stale code. Quiet on stdout (the batch contract owns it).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const stamp = join(root, "dist", ".built");
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

const sources = Math.max(newest(join(root, "src")), statSync(join(root, "tsconfig.json")).mtimeMs, statSync(join(root, "tsconfig.build.json")).mtimeMs);
if (!existsSync(stamp) || statSync(stamp).mtimeMs < sources) {
  const tsc = spawnSync(process.execPath, [join(root, "node_modules/typescript/bin/tsc"), "-p", join(root, "tsconfig.build.json")], { stdio: ["ignore", 2, 2] });
  if (tsc.status !== 0) {
    process.stderr.write("build failed (see above)\n");
    process.exit(tsc.status ?? 1);
  }
  spawnSync("touch", [stamp]);
}
