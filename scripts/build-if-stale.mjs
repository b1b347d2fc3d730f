// Runs before the package's commands: rebuilds dist/ when a source file is newer than the last build,
// so a command never runs stale code. Quiet on stdout (the batch contract owns it).
//
// Where it cannot build — a production install (`npm ci --omit=dev` leaves TypeScript out) or an
// image that holds dist/ without src/ — it says so instead of failing with a stack trace: `prepare`
// goes on (the install must not fail), a command runs the dist/ there is, and one with no dist/
// stops with what to do.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const stamp = join(root, "dist", ".built");
const src = join(root, "src");
const tscBin = join(root, "node_modules", "typescript", "bin", "tsc");
const say = (line) => process.stderr.write(`build-if-stale: ${line}\n`);
const newest = (dir) =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

const built = existsSync(stamp);
const hasSources = existsSync(src) && existsSync(join(root, "tsconfig.build.json"));
const stale = !built || (hasSources && statSync(stamp).mtimeMs < Math.max(newest(src), mtime(join(root, "tsconfig.json")), mtime(join(root, "tsconfig.build.json"))));
if (!stale) process.exit(0);

if (hasSources && existsSync(tscBin)) {
  const tsc = spawnSync(process.execPath, [tscBin, "-p", join(root, "tsconfig.build.json")], { stdio: ["ignore", 2, 2] });
  if (tsc.status !== 0) {
    process.stderr.write("build failed (see above)\n");
    process.exit(tsc.status ?? 1);
  }
  spawnSync("touch", [stamp]);
  process.exit(0);
}

const why = hasSources ? "TypeScript is not installed (a production install: npm ci --omit=dev)" : "src/ is not here";
const event = process.env.npm_lifecycle_event;
if (event === "prepare") {
  say(`not building dist/: ${why}.`);
} else if (built && event !== "build") {
  say(`dist/ is older than src/, but ${why}: running the dist/ that is there.`);
} else {
  say(`dist/ ${built ? "is out of date" : "is not built"} and cannot be built here: ${why}.`);
  say("Build where the dev dependencies are installed (npm ci && npm run build), then drop them with npm prune --omit=dev.");
  process.exit(1);
}
