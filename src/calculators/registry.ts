// Every rule the bot can apply, and how a question picks one.
import type { FactKey } from "./facts.js";
import type { Parameter, Rule } from "./rule.js";
import * as graduates from "./rules/graduates-and-posts.js";
import * as hiring from "./rules/hiring-subsidy.js";
import * as rates from "./rules/insurance-rates.js";
import * as refund from "./rules/job-retention-refund.js";
import * as poverty from "./rules/poverty-relief-employment.js";
import * as assessment from "./rules/skill-assessment-subsidy.js";
import * as upgrade from "./rules/skill-upgrade-subsidy.js";
import * as livelihood from "./rules/subsistence-and-loans.js";
import * as training from "./rules/training-allowances.js";
import * as traineeship from "./rules/traineeship-subsidy.js";
import * as benefit from "./rules/unemployment-benefit.js";

export const RULES: Rule[] = [
  refund.jobRetentionRefund,
  hiring.hiringSubsidy,
  traineeship.traineeshipSubsidy,
  upgrade.skillUpgradeSubsidy,
  assessment.skillAssessmentSubsidy,
  training.trainingLivingAllowance,
  training.trainingSubsidyFrequency,
  rates.unemploymentInsuranceContribution,
  rates.workInjuryInsuranceRate,
  benefit.unemploymentBenefit,
  poverty.travelAllowance,
  poverty.productionAward,
  poverty.placementServiceSubsidy,
  poverty.workshopAward,
  poverty.cooperativeHiringAward,
  graduates.jobSearchSubsidy,
  graduates.publicWelfarePostTerm,
  livelihood.subsistencePhaseOut,
  livelihood.startupLoanExtension,
];

/** Every figure the rules use, for checking against the documents. */
export const PARAMETERS: Parameter[] = [refund, hiring, traineeship, upgrade, assessment, training, rates, benefit, poverty, graduates, livelihood].flatMap(
  (m) => m.PARAMETERS,
);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

/** Rules named by the policy terms of a question (canonical terms of corpus/terms.yaml). */
export function rulesNamed(terms: readonly string[]): Rule[] {
  return RULES.filter((r) => r.terms.some((t) => terms.includes(t)));
}

/**
 * The rules a message is most likely about, best first: a rule named counts three (one when the name
 * was mistyped), each of its signal facts stated counts one. Several rules on the best score mean the
 * message is ambiguous. Rules the user's region has are preferred; another region's rule is returned
 * only when none fits, so that the answer can say the region does not have it.
 */
export function rankRules(
  named: readonly Rule[],
  stated: ReadonlySet<FactKey>,
  mistyped: readonly Rule[] = [],
  regions?: ReadonlySet<string>,
  /** Facts the message names without stating (路费能报吗): they count for a rule one of whose facts is stated. */
  hinted: ReadonlySet<FactKey> = new Set(),
): Rule[] {
  const nameScore = (r: Rule) => (named.includes(r) ? 3 : mistyped.includes(r) ? 1 : 0);
  const signals = (r: Rule) => {
    const given = r.signals.filter((s) => stated.has(s)).length;
    return given ? given + r.signals.filter((s) => hinted.has(s) && !stated.has(s)).length : 0;
  };
  // Unnamed, a rule needs two of its signal facts (all of them if it has fewer): one contract term
  // alone could be about training as well as hiring.
  const enough = (r: Rule, n: number) => nameScore(r) > 0 || n >= Math.min(2, r.signals.length);
  const best = (rules: readonly Rule[]) => {
    const scored = rules.map((r) => ({ r, n: signals(r) })).filter((x) => (x.n > 0 || nameScore(x.r) > 0) && enough(x.r, x.n));
    const top = Math.max(0, ...scored.map((x) => nameScore(x.r) + x.n));
    return scored.filter((x) => nameScore(x.r) + x.n === top).map((x) => x.r);
  };
  const here = regions ? best(RULES.filter((r) => r.regions.some((g) => regions.has(g)))) : [];
  return here.length ? here : best(RULES);
}
