// 不得重复享受 (corpus/exclusions.yaml): pairs of policies one person or one certificate may have only
// one of, each with the parameter whose clause says so. Data, like the figures: a new pair is a few
// lines there, and the rules and the screening both read it from there (through At.notWith). Checked
// when loaded: both terms name a policy, and some parameter file defines the parameter.
import { z } from "zod";
import type { ParameterBook } from "../knowledge/parameters.js";
import { checkYaml, yamlError } from "../knowledge/yaml.js";
import { POLICIES } from "./registry.js";

export const EXCLUSIONS_FILE = "exclusions.yaml";

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

const failAt = (text: () => string, i: number, field: string, problem: string): never => {
  throw yamlError({ file: EXCLUSIONS_FILE }, text(), ["exclusions", i, field], problem);
};

/** The file's pairs (none without the file), each naming two policies a rule computes; `text` gives its text for the line of a problem. */
export function readExclusions(data: unknown, text: () => string): Exclusion[] {
  if (data === undefined) return [];
  const file = checkYaml(ExclusionsFileSchema, data, { file: EXCLUSIONS_FILE }, text);
  const terms = new Set(POLICIES.map((p) => p.term));
  file.exclusions.forEach((x, i) => {
    for (const t of x.between) if (!terms.has(t)) failAt(text, i, "between", `${t} names no policy a rule computes (known: ${[...terms].join("、")})`);
    if (x.between[0] === x.between[1]) failAt(text, i, "between", "a policy cannot exclude itself");
  });
  return file.exclusions;
}

/** Each pair's parameter must be defined by some parameter file: a pair no region states is a typo. */
export function checkExclusionsDefined(exclusions: readonly Exclusion[], parameters: ParameterBook, text: () => string): void {
  exclusions.forEach((x, i) => {
    if (!parameters.first(x.parameter)) failAt(text, i, "parameter", "no parameter file defines a parameter of this name");
  });
}
