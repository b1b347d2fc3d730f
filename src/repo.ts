// The repository's root, found from this module's location: the same whether the code runs from
// src/ (tsx, tests) or from dist/src/ (compiled).
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

export function repoRoot(): string {
  if (root) return root;
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "corpus"))) return (root = dir);
    if (dirname(dir) === dir) throw new Error("cannot find the repository root (package.json beside corpus/)");
  }
}

export const repoPath = (...parts: string[]) => join(repoRoot(), ...parts);
