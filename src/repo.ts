// The repository's root, found from this module's location: the same whether the code runs from
// src/ (tsx, tests) or from dist/src/ (compiled); and the installed versions of its packages.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

let root: string | null = null;

export function repoRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "corpus"))) return (root = dir);
    if (dirname(dir) === dir) throw new Error("cannot find the repository root (package.json beside corpus/)");
  }
}

export const repoPath = (...parts: string[]) => join(repoRoot(), ...parts);

const PackageJsonSchema = z.object({ name: z.string().optional(), version: z.string().optional() });

/**
 * The version of an installed package, as Node resolves it from here. Found from its entry point up
 * to its own package.json: some packages' exports hide package.json, and folders inside a package
 * may hold a package.json of their own ({"type": "commonjs"}) without name or version.
 */
export function installedVersion(name: string): string {
  for (let dir = dirname(createRequire(import.meta.url).resolve(name)); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    const pkg = existsSync(file) ? PackageJsonSchema.parse(JSON.parse(readFileSync(file, "utf8"))) : null;
    if (pkg?.name === name && pkg.version) return pkg.version;
    if (dirname(dir) === dir) throw new Error(`cannot find the package.json of ${name}`);
  }
}
