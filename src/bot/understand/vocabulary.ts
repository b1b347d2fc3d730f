// The words the bot reads people with (corpus/slots.yaml, corpus/dialogue.yaml), checked and
// compiled once: cue words per slot, phrases with their values, and the dialogue's word lists.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { checkYaml, yamlError } from "../../knowledge/yaml.js";
import { groupBounds, type GroupBounds } from "../../calculators/person-groups.js";
import type { Corpus } from "../../knowledge/corpus.js";
import type { QuantityType } from "./quantities.js";
import { SLOT_KEYS, SlotValuesSchema, type SlotKey } from "./slot-values.js";

const SLOTS = "slots.yaml";
const DIALOGUE = "dialogue.yaml";

const SLOT_TYPES = ["count", "money", "percent", "months", "days", "age", "times", "level", "policy", "yesno", "choice"] as const;
export type SlotType = (typeof SLOT_TYPES)[number];

const words = z.array(z.string().min(1)).default([]);

/** The largest figure a person could truly mean (for each unit of `per`, another fact, once it is known). */
const LimitSchema = z.object({ max: z.number().positive(), per: z.string().optional(), why: z.string().min(1) });

const SlotFileSchema = z.object({
  not_people: words,
  thing_measures: words,
  share_paid_after: words,
  respectively: words,
  persons: z
    .object({ self: words, others: words, apart: words, both: words, pronouns: words.default([]), named: z.object({ before: words, after: words, surnames: words }).default({ before: [], after: [], surnames: [] }) })
    .default({ self: [], others: [], apart: [], both: [], pronouns: [], named: { before: [], after: [], surnames: [] } }),
  name_as_fact: z.object({ before: words, after: words }).default({ before: [], after: [] }),
  slots: z.record(
    z.string(),
    z.object({
      label: z.string().min(1),
      type: z.enum(SLOT_TYPES),
      roles: words,
      heads: words,
      phrases: z.record(z.string(), words).default({}),
      unit: z.literal("年").optional(),
      each: z.boolean().default(false),
      household: z.boolean().default(false),
      cued: z.boolean().default(false),
      repeats: z.string().optional(),
      tally: z.object({ of: z.string(), until: z.array(z.string().min(1)).min(1) }).optional(),
      several: z.boolean().default(false),
      transient: z.boolean().default(false),
      negated: z.string().optional(),
      adds: z.boolean().default(false),
      except: words,
      levels: z.record(z.string(), z.string()).optional(),
      limit: z.union([LimitSchema, z.array(LimitSchema).min(1)]).optional(),
      examples: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).default({}),
    }),
  ),
});

export const ASK_KINDS = ["amount", "duration", "eligibility", "procedure", "when", "validity", "department", "what", "condition", "standard", "count", "combine"] as const;
export type AskKind = (typeof ASK_KINDS)[number];

/** Lists of dialogue.yaml besides the asks whose `examples` are tests too. */
const LISTS_WITH_EXAMPLES = ["screening", "comparison", "everywhere", "item"] as const;

const DialogueFileSchema = z.object({
  asks: z.object(Object.fromEntries(ASK_KINDS.map((k) => [k, words])) as Record<AskKind, typeof words>),
  colloquial: z.record(z.string(), z.string()).default({}),
  question: words,
  situated: words,
  correction: words,
  followup: words,
  anaphora: words,
  subset: words,
  subset_lead: words,
  total: words,
  dated: words,
  dated_before: words,
  specifics: words,
  specifics_asked: z.record(z.string(), z.string()).default({}),
  specifics_answered_by: z.record(z.string(), words).default({}),
  money_words: words,
  money_terms: words,
  share_words: words,
  reckoned: words,
  what_to_do: words,
  to_bot: words,
  bot_request: words,
  usage: words,
  greetings: words,
  procedure_says: words,
  combination_says: words,
  full_text: words,
  unhelpful: words,
  unsure: words,
  own_case: words,
  same: words,
  kind_asked: words,
  starts: words,
  receiving: words,
  exists: words,
  choice: words,
  exactly: words,
  more_by: words,
  fewer_by: words,
  yes: words,
  no: words,
  negators: words,
  screening: words,
  comparison: words,
  everywhere: words,
  item: words.refine((list) => list.every((w) => w.split("…").length === 2), "each wording has one … for the number (第…项)"),
  examples: z
    .object(Object.fromEntries([...ASK_KINDS, ...LISTS_WITH_EXAMPLES].map((k) => [k, words])) as Record<AskKind | (typeof LISTS_WITH_EXAMPLES)[number], typeof words>)
    .partial()
    .default({}),
});
export type DialogueFile = z.infer<typeof DialogueFileSchema>;

/** A cue word of a slot, and on which side of its number it may stand. */
export interface Cue {
  slot: SlotKey;
  word: string;
  side: "before" | "after" | "either";
  /** Role words (裁, 招, 留用) say what a number is for; heads (员工, 人员) what it counts. */
  role: boolean;
}

/** A wording stating a slot's value without a number (没裁员 → 0). */
export interface Phrase {
  slot: SlotKey;
  value: unknown;
  /** Matches at `lastIndex` only (sticky): tried at each position that starts with the wording's first character. */
  pattern: RegExp;
  /** Characters of the phrase as written, without its gaps: longer phrases are read first. */
  length: number;
  /** Characters of its first and last words: a phrase with a gap (拿到了…证) claims only these, not what is between. */
  ends: readonly [number, number];
}

export interface Slot {
  key: SlotKey;
  label: string;
  type: SlotType;
  unit?: "年";
  /** A fact of each person counted: groups of them may differ in it. */
  each: boolean;
  /** Said of one of a family (脱贫户, 零就业家庭), it is the others' too unless they say otherwise. */
  household: boolean;
  /** Filled only by a figure with one of its cues. */
  cued: boolean;
  /** A word of the question it is asked in (能一起拿吗): not kept for later turns. */
  transient: boolean;
  /** True when a wording of this other slot is said twice with the same words before it. */
  repeats?: SlotKey;
  /** How many things of this other slot were said before the plans start (学了电工初级和焊工初级，想再报… → 2). */
  tally?: { of: SlotKey; until: RegExp };
  /** Several things of it said (焊工初级证，又考了电工中级证): each is computed on its own, and added up. */
  several: boolean;
  /** For a choice: what it is when the user denies every wording of it (不是脱贫户，也不是低保 → 其他人员). */
  negated?: string;
  /** Several figures for it in one message are added up (之前交了两年，现在又交了5个月). */
  adds: boolean;
  /** After a count of it, a later count with one of these words in its clause is not of it: 走了7个，其中4个是自己辞职的 → 3. */
  except?: RegExp;
  levels?: Readonly<Record<number, string>>;
  /** The largest values a person could truly mean (each for each unit of `per` when given): beyond one, the figure is asked back. */
  limits: ReadonlyArray<{ max: number; per?: SlotKey; why: string }>;
  examples: ReadonlyArray<[string, unknown]>;
}

export interface Vocabulary {
  slots: ReadonlyMap<SlotKey, Slot>;
  /** Cues and phrases by their first character: a message is scanned once, not once per word. */
  cuesByFirst: ReadonlyMap<string, readonly Cue[]>;
  phrasesByFirst: ReadonlyMap<string, readonly Phrase[]>;
  /** A count right before one of these nouns counts no people (一个就业帮扶车间). */
  notPeople: RegExp;
  /** A bare numeral right before one of these measure words counts no people (十几头牛). */
  thingMeasures: RegExp;
  /** A share right after one of these verbs is a rule's standard said back (返60%吧), no fact. */
  sharePaid: RegExp;
  /** 分别是18、22、25岁: the figures after one of these are the people just counted, one each, global. */
  respectively: RegExp;
  /** Words for one person by who they are (我, 我儿子, 她), longest first, global: people said one by one. */
  persons: RegExp;
  /** Two people called by name or more in a row (小李和老王, 王姐、李师傅), global; and one name, global, to count them. */
  namedPeople: { list: RegExp; one: RegExp };
  /** A person word of someone outside the household (表妹, 邻居): the household's facts are not theirs. */
  ofAnotherHousehold: RegExp;
  /** 一共 / 我俩: a question about the user and another person together. */
  together: RegExp;
  /** The user themself (我, 俺), whole. */
  self: RegExp;
  /** A bare 他 / 她, whole: of an employer's one hire, that hire. */
  pronoun: RegExp;
  /** A policy's name with these words before or after it is where the user works (在公益岗上班), a fact. */
  nameAsFact: { before: RegExp; after: RegExp };
  cues: readonly Cue[];
  phrases: readonly Phrase[];
  dialogue: DialogueFile;
  /** Each way of asking as a global pattern, to find where in a message it asks. */
  /** Each kind of ask, and its wordings without a gap (有规定吗 is said as it is, 有…吗 only in shape). */
  asksGlobal: ReadonlyArray<{ kind: AskKind; pattern: RegExp; literal: ReadonlySet<string> }>;
  /** `specifics_asked` as patterns (都在哪$: where a place is, at a clause's end — not 都在哪申请), with the thing each asks for. */
  specificsAsked: ReadonlyArray<{ pattern: RegExp; thing: string }>;
  /** How the clauses define the groups they name: what 25岁 or 失业8个月 is read against. */
  bounds: GroupBounds;
  /** The dialogue's lists as patterns, one per list. */
  patterns: Readonly<
    Record<
      | "question" | "situated" | "correction" | "eligibilityWhole" | "followup" | "anaphora" | "anaphoraGlobal" | "subset" | "subsetLead" | "total" | "dated" | "datedBefore" | "toBot" | "botRequest" | "usage" | "usageGlobal" | "onlyGreeting" | "onlyUnhelpful" | "procedureSays" | "combinationSays" | "combineAsked" | "negators" | "unsure" | "ownCase" | "receiving" | "exists" | "choice" | "exactly" | "moreBy" | "fewerBy" | "same" | "kindAsked" | "starts" | "totalFirst"
      | "negatedBefore" | "notPlace" | "greetingsGlobal" | "screening" | "comparison" | "everywhere" | "item" | AskKind,
      RegExp
    >
  >;
}

/** Quantity types each slot type takes; a bare number fits where its measure could be left out. */
export const FILLS: Readonly<Record<SlotType, readonly QuantityType[]>> = {
  count: ["count", "number"],
  money: ["money", "number"],
  percent: ["percent"],
  months: ["months"],
  days: ["days"],
  age: ["age", "number"],
  times: ["times"],
  level: ["level"],
  policy: [],
  yesno: [],
  choice: [],
};

/** The number of an item pointed at (第二项, 第12个). */
const ITEM_NUMBER = "[0-9零一二三四五六七八九十两]+";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** `…` in a listed wording: a few characters that are not punctuation. */
const GAP = "[^，。；！？,.;!?\\s]{0,8}?";

/** `$` ending a listed wording: the end of a clause (能领不？). */
const CLAUSE_END = "(?=[，。；！？,.;!?\\s]|$)";

/** A listed wording as a pattern: literal, with `…` for a short gap and a final `$` for the end of a clause. */
export function wording(word: string): string {
  const ends = word.endsWith("$");
  return word.replace(/\$$/, "").split("…").map(escape).join(GAP) + (ends ? CLAUSE_END : "");
}

/** A list with each wording also in its colloquial forms (什么时候 → 啥时候, 怎么 → 咋), each replacement on its own and all together. */
function withColloquial(list: readonly string[], forms: Readonly<Record<string, string>>): string[] {
  const out = new Set(list);
  for (const w of list) {
    let all = w;
    for (const [formal, said] of Object.entries(forms)) {
      if (!w.includes(formal)) continue;
      out.add(w.replaceAll(formal, said));
      all = all.replaceAll(formal, said);
    }
    out.add(all);
  }
  return [...out];
}

/** One pattern for a list, longest wording first so that 没有裁员 wins over 没有. */
export function listPattern(list: readonly string[], flags = "g"): RegExp {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.length ? sorted.map(wording).join("|") : "(?!)", flags);
}

function valueOf(type: SlotType, key: string): unknown {
  if (type === "yesno") {
    if (key !== "true" && key !== "false") throw new Error(`a yes/no phrase is listed under true or false, not ${key}`);
    return key === "true";
  }
  if (type === "choice" || type === "level") return key;
  const n = Number(key);
  if (!Number.isFinite(n)) throw new Error(`a phrase of a ${type} slot states a number, not ${key}`);
  return n;
}

/** `textOf`: a data file's text, for the line of a problem in it (none when the data came from elsewhere). */
export function compileVocabulary(slotFile: unknown, dialogueFile: unknown, bounds: GroupBounds, textOf: (file: string) => string = () => ""): Vocabulary {
  const parsedSlots = { data: checkYaml(SlotFileSchema, slotFile, { file: SLOTS }, () => textOf(SLOTS)) };
  const parsedDialogue = { data: checkYaml(DialogueFileSchema, dialogueFile, { file: DIALOGUE }, () => textOf(DIALOGUE)) };
  const slots = new Map<SlotKey, Slot>();
  const cues: Cue[] = [];
  const phrases: Phrase[] = [];
  for (const [name, spec] of Object.entries(parsedSlots.data.slots)) {
    const fail = (why: string): never => {
      throw yamlError({ file: SLOTS }, textOf(SLOTS), ["slots", name], why);
    };
    if (!(SLOT_KEYS as string[]).includes(name)) fail(`not a fact the bot knows (one of ${SLOT_KEYS.join(", ")})`);
    const key = name as SlotKey;
    const schema = SlotValuesSchema.shape[key];
    for (const [list, role] of [[spec.roles, true], [spec.heads, false]] as const) {
      for (const raw of list) {
        const side = raw.startsWith("_") ? "after" : raw.endsWith("_") ? "before" : "either";
        const word = raw.replace(/^_|_$/g, "");
        if (!word) fail(`an empty cue`);
        cues.push({ slot: key, word, side, role });
      }
    }
    for (const [valueKey, list] of Object.entries(spec.phrases)) {
      let value: unknown;
      try {
        value = valueOf(spec.type, valueKey);
      } catch (e) {
        fail((e as Error).message);
      }
      if (!schema.safeParse(value).success) fail(`the phrase value ${valueKey} is not a value of this fact`);
      for (const w of list) {
        const parts = w.replace(/\$$/, "").split("…");
        phrases.push({ slot: key, value, pattern: new RegExp(wording(w), "y"), length: w.replace(/…/g, "").length, ends: [parts[0]!.length, parts.at(-1)!.length] });
      }
    }
    if (spec.repeats !== undefined && !(SLOT_KEYS as string[]).includes(spec.repeats)) fail(`repeats: ${spec.repeats} is not a fact the bot knows`);
    if (spec.tally !== undefined && !(SLOT_KEYS as string[]).includes(spec.tally.of)) fail(`tally: ${spec.tally.of} is not a fact the bot knows`);
    if (spec.negated !== undefined && !schema.safeParse(spec.negated).success) fail(`negated: ${spec.negated} is not a value of this fact`);
    const levels = spec.levels ? Object.fromEntries(Object.entries(spec.levels).map(([k, v]) => [Number(k), v])) : undefined;
    if (spec.type === "level" && !levels) fail("a level slot says what each level means (levels)");
    const limits = spec.limit === undefined ? [] : [spec.limit].flat();
    for (const l of limits) if (l.per !== undefined && !(SLOT_KEYS as string[]).includes(l.per)) fail(`limit.per: ${l.per} is not a fact the bot knows`);
    if (limits.length && !["count", "money", "percent", "months", "days", "age", "times"].includes(spec.type)) fail("only a figure has a limit");
    slots.set(key, {
      key,
      label: spec.label,
      type: spec.type,
      ...(spec.unit ? { unit: spec.unit } : {}),
      each: spec.each,
      household: spec.household,
      cued: spec.cued,
      transient: spec.transient,
      ...(spec.repeats ? { repeats: spec.repeats as SlotKey } : {}),
      ...(spec.tally ? { tally: { of: spec.tally.of as SlotKey, until: listPattern(spec.tally.until, "") } } : {}),
      ...(spec.except.length ? { except: listPattern(spec.except, "") } : {}),
      adds: spec.adds,
      several: spec.several,
      ...(spec.negated !== undefined ? { negated: spec.negated } : {}),
      ...(levels ? { levels } : {}),
      limits: limits.map((l) => ({ max: l.max, why: l.why, ...(l.per ? { per: l.per as SlotKey } : {}) })),
      examples: Object.entries(spec.examples),
    });
  }
  const d = parsedDialogue.data;
  const asked = Object.fromEntries(ASK_KINDS.map((k) => [k, withColloquial(d.asks[k], d.colloquial)])) as Record<AskKind, string[]>;
  const patterns = {
    // (…还发不发 / 给没给: a verb, 不 or 没, the verb again asks as 吗 does.)
    question: new RegExp(`${listPattern(d.question, "").source}|(\\p{Script=Han})[不没]\\1`, "u"),
    situated: listPattern(d.situated, ""),
    correction: listPattern(d.correction, ""),
    // A follow-up starts with its word (那…, 如果…) or ends in 呢.
    followup: new RegExp(`^(?:${listPattern(d.followup, "").source})|呢[？?。.!！\\s]*$`),
    anaphora: listPattern(d.anaphora, ""),
    anaphoraGlobal: listPattern(d.anaphora),
    subset: listPattern(d.subset, ""),
    // The whole of a text asking whether one qualifies (还能申请吗): a wording of validity may be one too.
    eligibilityWhole: new RegExp(`^(?:${listPattern(d.asks.eligibility, "").source})$`),
    // (不对，有5个… / 那如果有一个…: a correction or a follow-up's words may come first.)
    // (哦，有一个其实…: an interjection before them too.)
    subsetLead: new RegExp(`^[，,。\\s哦噢喔嗯呃啊]*(?:(?:${listPattern([...d.correction, ...d.followup], "").source})[，,。\\s哦噢喔嗯呃啊]*)*(?:${listPattern(d.subset_lead, "").source})[，,\\s]*$`),
    total: listPattern(d.total, ""),
    toBot: listPattern(d.to_bot, ""),
    botRequest: listPattern(d.bot_request, ""),
    usage: listPattern(d.usage, ""),
    usageGlobal: listPattern(d.usage),
    // Greetings and words to the bot, nothing else (您好，在吗 / hello 机器人), or nothing at all.
    greetingsGlobal: listPattern(d.greetings, "gi"),
    onlyGreeting: new RegExp(`^(?:(?:${listPattern([...d.greetings, ...d.to_bot], "").source})[啊呀吗呢哈一下，,。.!！?？~～\\s]*)*$`, "i"),
    // 没帮上忙 / 没用啊！: the whole message says the last answer did not help.
    onlyUnhelpful: new RegExp(`^(?:${listPattern(d.unhelpful, "").source})[啊呀啦了吧哦呢嘛，,。.!！?？~～\\s]*$`, "i"),
    procedureSays: listPattern(d.procedure_says, ""),
    combinationSays: listPattern(d.combination_says, ""),
    // (A quick test before a search is reordered for it; the reading of asks decides elsewhere.)
    combineAsked: listPattern(asked.combine, ""),
    dated: new RegExp(`^(?:${listPattern(d.dated, "").source})`),
    datedBefore: new RegExp(`(?:${listPattern(d.dated_before, "").source})$`),
    negators: listPattern(d.negators, ""),
    unsure: listPattern(d.unsure, ""),
    ownCase: listPattern(d.own_case, ""),
    same: listPattern(d.same, ""),
    kindAsked: listPattern(d.kind_asked, ""),
    starts: listPattern(d.starts, ""),
    totalFirst: new RegExp(`^(?:${listPattern(d.total, "").source})`),
    receiving: listPattern(d.receiving, ""),
    exists: listPattern(d.exists, ""),
    // 大型还是中型: the whole of what stands between two values.
    choice: new RegExp(`^(?:${listPattern(d.choice, "").source})$`),
    // (Not 最多, 至少, or the 少 of 多少.)
    moreBy: new RegExp(`(?<![最很好许至差])(?:${listPattern(d.more_by, "").source})$`),
    fewerBy: new RegExp(`(?<![多至最])(?:${listPattern(d.fewer_by, "").source})$`),
    // 四万多，具体41800 / 五六千，准确说5800: all that stands between a rough figure (its 左右 included) and the exact one.
    exactly: new RegExp(`^[吧啊呀呢]?[，,、\\s]*(?:${listPattern(d.exactly, "").source})[^，。；\\d]{0,4}$`),
    // 没领过 / 也没享受过: a negator right before a word, a 也/还/都 between them.
    negatedBefore: new RegExp(`(?:${listPattern(d.negators, "").source})[也还都]?$`),
    // 不在哈尔滨 / 不是大庆的: a place said not to be the user's.
    notPlace: new RegExp(`(?:${listPattern(d.negators, "").source})[在是]?$`),
    screening: listPattern(d.screening, ""),
    comparison: listPattern(d.comparison, ""),
    everywhere: listPattern(d.everywhere, ""),
    // 第二项 / 第2个: the number in a group of its own in each wording.
    item: new RegExp(d.item.map((w) => w.split("…").map(escape).join(`(${ITEM_NUMBER})`)).join("|") || "(?!)"),
    ...Object.fromEntries(ASK_KINDS.map((k) => [k, listPattern(asked[k], "")])),
  } as Vocabulary["patterns"];
  const asksGlobal = ASK_KINDS.map((kind) => ({ kind, pattern: listPattern(asked[kind]), literal: new Set(asked[kind].filter((w) => !/[…$]/.test(w))) }));
  // (…的 and a size may stand between the count and what it counts: 一个做餐饮的小公司, 一个小微企业.)
  const notPeople = new RegExp(`^(?:[^，,。；的\\d]{1,6}的)?[小大新中微型]{0,3}(?:${listPattern(parsedSlots.data.not_people, "").source})`);
  const thingMeasures = new RegExp(`^(?:${listPattern(parsedSlots.data.thing_measures, "").source})`);
  const sharePaid = new RegExp(`(?:${listPattern(parsedSlots.data.share_paid_after, "").source})$`);
  const respectively = listPattern(parsedSlots.data.respectively);
  // (我们, 我家, 我们家 are no one person.)
  const { self, others, apart, both, pronouns, named } = parsedSlots.data.persons;
  const surname = `[${named.surnames.join("")}]`;
  const oneNamed = `(?:(?:${listPattern(named.before, "").source})${surname}|${surname}(?:${listPattern(named.after, "").source}))`;
  const namedPeople = { list: new RegExp(`${oneNamed}(?:(?:和|跟|与|及|、|，|,|还有|以及)?${oneNamed})+`, "g"), one: new RegExp(oneNamed, "g") };
  const together = listPattern([...d.total, ...both], "");
  const [me, them] = [listPattern(self, "").source, listPattern([...others, ...apart], "").source];
  const ofAnotherHousehold = new RegExp(`(?:${listPattern(apart, "").source})$`);
  const persons = new RegExp(`(?:(?:${me})?(?:${them})|${me})(?![们家])`, "g");
  const selfWord = new RegExp(`^(?:${me})$`);
  const pronoun = new RegExp(`^(?:${listPattern(pronouns, "").source})$`);
  const asFact = parsedSlots.data.name_as_fact;
  // Before it, a few words may stand between (在村里的公益岗, 是村里公益岗); after it, right next to it.
  const nameAsFact = { before: new RegExp(`(?:${listPattern(asFact.before, "").source})[^，。；\\s]{0,5}$`), after: new RegExp(`^(?:${listPattern(asFact.after, "").source})`) };
  const byFirst = <T>(items: T[], word: (t: T) => string) => {
    const map = new Map<string, T[]>();
    for (const t of items) map.set(word(t)[0]!, [...(map.get(word(t)[0]!) ?? []), t]);
    return map;
  };
  const cuesByFirst = byFirst(cues, (c) => c.word);
  const phrasesByFirst = byFirst(phrases, (p) => p.pattern.source.replace(/^\\/, ""));
  const specificsAsked = Object.entries(d.specifics_asked).map(([w, thing]) => ({ pattern: new RegExp(wording(w), "g"), thing }));
  return { slots, notPeople, thingMeasures, sharePaid, respectively, persons, namedPeople, ofAnotherHousehold, together, self: selfWord, pronoun, nameAsFact, cues, cuesByFirst, phrases, phrasesByFirst, dialogue: d, patterns, asksGlobal, specificsAsked, bounds };
}

/** The vocabulary of a corpus: its slots.yaml and dialogue.yaml, and the group bounds its parameters state. */
export function vocabularyOf(corpus: Corpus): Vocabulary {
  let v = compiled.get(corpus);
  if (!v) {
    const bounds = groupBounds((name) => corpus.parameters.first(name));
    compiled.set(corpus, (v = compileVocabulary(corpus.data[SLOTS], corpus.data[DIALOGUE], bounds, (file) => readFileSync(join(corpus.dir, file), "utf8"))));
  }
  return v;
}
const compiled = new WeakMap<Corpus, Vocabulary>();
