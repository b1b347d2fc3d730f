// 不得重复享受 (corpus/exclusions.yaml): pairs of policies one person or one certificate may have only
// one of, each with the parameter whose clause says so. Data, like the figures: a new pair is a few
// lines there. Checked when first read — both terms name a policy, the parameter is one a rule reads.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Corpus } from "../knowledge/corpus.js";
import { checkYaml, yamlError } from "../knowledge/yaml.js";
import { PARAMETER_NAMES, POLICIES } from "./registry.js";

const FILE = "exclusions.yaml";

const ExclusionsFileSchema = z.strictObject({
  exclusions: z.array(
    z.strictObject({
      between: z.tuple([z.string().min(1), z.string().min(1)]),
      /** What the two may not share: 同一人, 同一证书. */
      of: z.string().min(1),
      parameter: z.string().min(1),
    }),
  ),
});
export type Exclusion = z.infer<typeof ExclusionsFileSchema>["exclusions"][number];

/** Checks the file's data; `text` gives its text for the line of a problem. */
export function readExclusions(data: unknown, text: () => string): Exclusion[] {
  const file = checkYaml(ExclusionsFileSchema, data, { file: FILE }, text);
  const terms = new Set(POLICIES.map((p) => p.term));
  file.exclusions.forEach((x, i) => {
    const fail = (field: string, problem: string): never => {
      throw yamlError({ file: FILE }, text(), ["exclusions", i, field], problem);
    };
    for (const t of x.between) if (!terms.has(t)) fail("between", `${t} names no policy a rule computes (known: ${[...terms].join("、")})`);
    if (x.between[0] === x.between[1]) fail("between", "a policy cannot exclude itself");
    if (!PARAMETER_NAMES.has(x.parameter)) fail("parameter", `no rule reads a parameter of this name`);
  });
  return file.exclusions;
}

const read = new WeakMap<Corpus, readonly Exclusion[]>();

/** The corpus's pairs (none when it has no exclusions.yaml). */
export function exclusionsOf(corpus: Corpus): readonly Exclusion[] {
  let x = read.get(corpus);
  if (!x) {
    const data = corpus.data[FILE];
    read.set(corpus, (x = data === undefined ? [] : readExclusions(data, () => readFileSync(join(corpus.dir, FILE), "utf8"))));
  }
  return x;
}
