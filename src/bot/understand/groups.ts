// Several counts of people in one message, each with facts of its own: 招了3个去年毕业的，还有1个今年
// 毕业的 / 介绍了8个，6个签了两年合同，另外2个签的半年 / 9个，其中2个工资没到监测标准. Each count's
// stretch of the message is read on its own; facts said of all (都签的一年) stay common.
import { CHINESE_DIGIT, CHINESE_UNIT } from "../../knowledge/numerals.js";
import { bigrams } from "../../knowledge/text.js";
import { deriveFacts, FAMILIES, ownOver } from "./derive.js";
import type { Quantity } from "./quantities.js";
import type { SlotKey, SlotValues } from "./slot-values.js";
import { fits, rangeOf, valueFor, type Group, type Range, type SlotReading } from "./slots.js";
import type { Vocabulary } from "./vocabulary.js";

/** 合同都签的一年: said of everyone counted, not of the last group only. */
const OF_ALL = /[都均全]|一律|全部/;
/** 也签了一年合同 said of the last ones counted: theirs, and the others' too where nothing else is said of them. */
const ALSO = /也/;
/** 还有个…, 另外…, 又招了…: more people, not some of those just counted. */
const ADDED = /还有|另外|又|再|以及|加上/;
/** 还招了一个 in a message after the first: more people than those counted before (还 alone will do there). */
const MORE = new RegExp(`还|${ADDED.source}`);
/** 还有登记失业半年以上的2个: the word adding them opening the clause the count ends. */
const MORE_FIRST = new RegExp(`^(?:${MORE.source})`);
/** Where one group's words end and the next one's begin. */
const BREAK = /[，,、；;：:\s]|还有|另外|以及/g;
/** 三个都是四十多岁: the people already counted, said again. */
const AGAIN = /^[^，。；\s]{0,3}都|^人都/;
/** 还没开始交 / 没签: the verb a group denies. */
const DENIED = /(?:还没有|还没|没有|还未|没|未)(?:开始)?([\u4e00-\u9fff])/;
/** 其他的都达到了 / 剩下的都签了: the rest of the people counted before. */
const REST = /(?:其他|其余|剩下|剩余|余下|别的)(?:的|人)?(?:都|也|全)/;
/** 这7个人 / 那3个: the people just counted, pointed at again. */
const POINTED = /(?:这|那|这些|那些)$/;

interface Count {
  q: Quantity;
  /** The facts of its stretch that belong to the people it counts, and those said roughly (1年以上). */
  own: SlotValues;
  ranges: Record<string, Range>;
  /** 其中 right before it, or a smaller count with facts after a total: part of that count. */
  partOf: Count | null;
}

const factsOf = (c: Count) => [...Object.keys(c.own), ...Object.keys(c.ranges)];

/** Two counts say different things of their people (今年毕业 and 离校未就业; or groups decided apart). */
function conflict(a: Count, b: Count, vocab: Vocabulary): boolean {
  const shared = Object.keys(a.own).filter((k) => k in b.own && a.own[k as SlotKey] !== b.own[k as SlotKey]);
  const ga = deriveFacts(a.own, vocab.bounds).facts.group;
  const gb = deriveFacts(b.own, vocab.bounds).facts.group;
  return shared.length > 0 || (ga !== undefined && gb !== undefined && ga !== gb);
}

/**
 * 2个登记失业的青年，一个19岁一个26岁: counts of one right after a count, adding up to it, describing
 * its people one by one. Each becomes a group of its own, with the count's facts and its own.
 */
function splitDetails(text: string, counts: Count[]): void {
  for (let i = 0; i < counts.length - 2; i++) {
    const p = counts[i]!;
    let sum = 0;
    let j = i + 1;
    while (j < counts.length && sum < p.q.value) sum += counts[j++]!.q.value;
    const details = counts.slice(i + 1, j);
    // (One by one: 一个…一个…; 7个…另外3个… are groups of their own.)
    const oneByOne = (d: Count) => d.q.value === 1 && /^(?:一|另一)/.test(d.q.text) && !ADDED.test(text.slice(Math.max(0, d.q.start - 4), d.q.start));
    if (sum !== p.q.value || details.length < 2 || details.some((d) => d.partOf || !oneByOne(d))) continue;
    for (const d of details) {
      d.own = { ...p.own, ...d.own };
      d.ranges = { ...p.ranges, ...d.ranges };
      d.partOf = p.partOf;
    }
    counts.splice(i, 1);
  }
}

/**
 * 9个工资够监测标准，另外3个没达到: a group that denies, with 没/不 and a word of its wordings, the
 * yes-or-no fact another group states, has the opposite.
 */
function sayNotAgain(text: string, counts: Count[], starts: number[], persons: Quantity[], vocab: Vocabulary): void {
  const stretchOf = (c: Count) => {
    const i = persons.indexOf(c.q);
    return text.slice(starts[i], starts[i + 1] ?? text.length);
  };
  for (const c of counts) {
    const stretch = stretchOf(c);
    // 3个交了两个月，另外2个还没开始交: the verb denied is the other group's only fact, and it is none.
    const denied = stretch.match(DENIED)?.[1];
    if (denied && factsOf(c).length === 0) {
      for (const other of counts) {
        const facts = Object.entries(other.own);
        if (other === c || facts.length !== 1 || !stretchOf(other).includes(denied)) continue;
        const [k, v] = facts[0]!;
        const type = vocab.slots.get(k as SlotKey)?.type;
        if (type === "yesno" && typeof v === "boolean") Object.assign(c.own, { [k]: !v });
        else if (type === "months" || type === "count") Object.assign(c.own, { [k]: 0 });
      }
    }
    for (const other of counts) {
      for (const [k, v] of Object.entries(other.own)) {
        const slot = vocab.slots.get(k as SlotKey);
        if (other === c || k in c.own || slot?.type !== "yesno" || typeof v !== "boolean") continue;
        const heads = (value: boolean) => vocab.phrases.filter((p) => p.slot === k && p.value === value).map((p) => p.pattern.source.split("[")[0]!);
        const verbs = heads(true).map((w) => w.slice(0, 2));
        // 7个过了监测标准，另外2个没到: the first word of a wording of the opposite, its object left unsaid.
        const own = heads(v), opposite = heads(!v).filter((w) => w && !own.includes(w));
        const saysOpposite = opposite.some((w) => stretch.includes(w)) && !own.some((w) => w && stretch.includes(w));
        if (saysOpposite || verbs.some((w) => w && new RegExp(`(?:没|没有|未|不)${w}`).test(stretch))) Object.assign(c.own, { [k]: !v });
      }
    }
  }
}

/** Each count and its stretch of the message, from the last break before it (the start, for the first) to the last break before the next. */
function readCounts(text: string, persons: Quantity[], vocab: Vocabulary, read: (stretch: string) => SlotReading): { counts: Count[]; starts: number[]; also: Record<string, unknown> } {
  const breakBefore = (q: Quantity, from: number) => {
    const between = text.slice(from, q.start);
    const at = Math.max(...[...between.matchAll(BREAK)].map((m) => m.index + m[0].length), 0);
    // With no break before it, the first count's stretch starts with the message (毕业年度的大学生3个: its noun before it).
    return at > 0 ? from + at : from === 0 ? 0 : q.start;
  };
  const starts = persons.map((q, i) => breakBefore(q, i ? persons[i - 1]!.end : 0));
  const counts: Count[] = [];
  const also: Record<string, unknown> = {};
  persons.forEach((q, i) => {
    const stretch = text.slice(starts[i], starts[i + 1] ?? text.length);
    const r = read(stretch);
    // Facts of each person, unless said of all after the last group (…，合同都签了一年).
    // (剩下的都签了一年以上: the 都 of the rest is theirs.)
    const last = i === persons.length - 1 && !REST.test(stretch.slice(0, q.end - starts[i]!));
    const theirs = (k: SlotKey) => {
      const at = r.where[k];
      return vocab.slots.get(k)?.each === true && !(last && at && OF_ALL.test(stretch.slice(Math.max(0, at.start - 1), at.end)));
    };
    const own = Object.fromEntries(Object.entries(r.values).filter(([k]) => theirs(k as SlotKey)));
    if (last) {
      for (const [k, v] of Object.entries(own)) {
        const at = r.where[k as SlotKey];
        if (at && ALSO.test(stretch.slice(Math.max(0, at.start - 1), at.end))) also[k] = v;
      }
    }
    const ranges: Record<string, Range> = {};
    for (const x of r.approximate) if (theirs(x.slot)) ranges[x.slot] = rangeOf(x);
    const before = text.slice(Math.max(0, q.start - 4), q.start);
    counts.push({ q, own: own as SlotValues, ranges, partOf: i > 0 && vocab.patterns.subset.test(before) ? counts[i - 1]! : null });
  });
  return { counts, starts, also };
}

/**
 * The groups of people a message counts, when it counts more than one group with facts of their
 * own; the reading unchanged otherwise. `read` reads a stretch of the message as the whole is read.
 */
/** The people counted in earlier messages, and the facts already known of them. */
export interface Earlier {
  people: number;
  known: ReadonlySet<SlotKey>;
}

export function withGroups(text: string, reading: SlotReading, vocab: Vocabulary, read: (stretch: string) => SlotReading, before?: Earlier): SlotReading {
  const earlier = before?.people;
  // Counts of people: those read as the headcount hired or placed, and counts no fact took (还有1个…).
  // (两个加一起 after 初级…中级 counts the things said, not people.)
  const lastThing = Math.max(...reading.things.map((t) => t.end));
  const countsThings = (q: Quantity) => reading.things.length > 0 && q.value === reading.things.length && q.start >= lastThing && !PEOPLE_AFTER.test(text.slice(q.end));
  const persons = reading.figures
    .filter((f) => f.quantity.type === "count" && f.quantity.unit !== "家" && (f.slot === "people" || !f.slot))
    .map((f) => f.quantity)
    .filter((q) => !countsThings(q))
    .sort((a, b) => a.start - b.start);
  // 其中3个…，另外2个… / 有2个没达到，其他的都达到了 / 有7个达到了: parts of the people counted in an earlier message.
  const ofEarlier =
    earlier !== undefined &&
    persons.length > 0 &&
    (vocab.patterns.subset.test(text.slice(0, persons[0]!.start)) ||
      vocab.patterns.subsetLead.test(text.slice(0, persons[0]!.start)) ||
      REST.test(text.slice(persons.at(-1)!.end)) ||
      // 7个签了一年以上，俩签的半年 after 介绍成功了9个: counts that add up to those counted before.
      (persons.length > 1 && persons.reduce((n, q) => n + q.value, 0) === earlier));
  // 有4个只签了半年，剩下的都签了一年以上: the rest of those counted before, said with facts of their own, are a count too.
  const lastEnd = persons.at(-1)?.end ?? 0;
  const restAt = ofEarlier ? REST.exec(text.slice(lastEnd)) : null;
  const restLeft = (earlier ?? 0) - persons.reduce((n, q) => n + q.value, 0);
  if (restAt && restLeft > 0 && text.slice(lastEnd + restAt.index + restAt[0].length).trim().length > 0) {
    const start = lastEnd + restAt.index;
    persons.push({ ...persons.at(-1)!, value: restLeft, figure: restLeft, text: text.slice(start, start + restAt[0].length), start, end: start + restAt[0].length });
  }
  // 一个失业十个月，一个失业半年多: people described one by one are counted even with no headcount said.
  const oneByOne = persons.length >= 2 && persons.every((q) => q.value === 1 && /^(?:一|另一)/.test(q.text));
  // 我老公考了…，我考了…: people named by who they are come first (a 了个 or 我俩 among them counts no one else).
  const byWho = oneByWho(text, reading, vocab, read);
  if (byWho) return byWho;
  const each = oneEach(text, reading, vocab, persons);
  if (each) return each;
  // 考了焊工初级证，又考了电工中级证, no more than one person counted: each certificate is a part of its own.
  if (reading.things.length && !persons.some((q) => q.value > 1)) {
    const parts = timesOf(vocab, reading.things.map((t): Group => ({ people: 1, values: { [t.slot]: t.value } as SlotValues, ranges: {}, text: t.text })), reading.values);
    return finish(text, reading, vocab, persons, [text.length], parts, [], {}, new Set());
  }
  // (2个今年刚毕业的…；还有3个四十来岁的…: counts of people no cue placed, the later ones said to be more.)
  const moreSaid = persons.slice(1).some((q) => ADDED.test(text.slice(Math.max(0, q.start - 4), q.start)));
  if (!ofEarlier && ((!reading.figures.some((f) => f.slot === "people") && !oneByOne && !moreSaid) || persons.length < 2)) return reading;
  const { counts, starts, also } = readCounts(text, persons, vocab, read);
  if (ofEarlier && persons.reduce((n, q) => n + q.value, 0) <= earlier) {
    const whole: Count = { q: { ...persons[0]!, value: earlier, text: `${earlier}人`, start: 0, end: 0 }, own: {}, ranges: {}, partOf: null };
    for (const c of counts) c.partOf = whole;
    counts.unshift(whole);
  }

  // 三个都是四十多岁 / 这7个人: those counted before, said again — their facts are everyone's.
  const common: Record<string, unknown> = { ...also };
  const again = new Set<Quantity>();
  for (let i = counts.length - 1; i > 0; i--) {
    const c = counts[i]!;
    const before = counts.slice(0, i).reduce((s, o) => s + o.q.value, 0);
    const pointed = POINTED.test(text.slice(Math.max(0, c.q.start - 2), c.q.start)) && counts.slice(0, i).some((o) => o.q.value === c.q.value);
    // (新招了仨人，俩是…，还有一个…，仨人都签的一年合同: the first count said again, after its parts.)
    const first = counts[0]!.q.value;
    if (((c.q.value === before || (i > 1 && c.q.value === first && before - first === first)) && AGAIN.test(text.slice(c.q.end))) || pointed) {
      Object.assign(common, c.own);
      again.add(c.q);
      counts.splice(i, 1);
    }
  }
  splitDetails(text, counts);
  sayNotAgain(text, counts, starts, persons, vocab);
  const base = (groups: Group[], notes: string[] = []): SlotReading => finish(text, reading, vocab, persons, starts, groups, notes, common, again);
  if (counts.length < 2 || counts.every((c) => factsOf(c).length === 0)) return base([]);

  // 介绍了10个，7个签了两年合同，另外3个签的半年 / 介绍了20个，16个签了合同: smaller counts after a
  // first one, each with a fact the first does not have and none it contradicts, are its parts —
  // all of them when they add up to it, else some of them, as with 其中.
  const [head, ...tail] = counts as [Count, ...Count[]];
  const fresh = (c: Count) => factsOf(c).some((k) => !factsOf(head).includes(k));
  const added = (c: Count) => ADDED.test(text.slice(Math.max(0, c.q.start - 4), c.q.start));
  const sum = tail.reduce((s, c) => s + c.q.value, 0);
  const parts = (c: Count) => !c.partOf && c.q.value < head.q.value && !conflict(head, c, vocab);
  // Parts that add up to the first count may include some said to be none of its kinds (另外俩是跳槽来的).
  const whole = tail.length > 0 && sum === head.q.value && tail.every(parts) && tail.some(fresh);
  // 吸纳了20名，16个…，另外4个…。另外还招了一个…: parts adding up to the first count, then more people beside them.
  let upTo = 0;
  for (let n = 0; !whole && upTo < tail.length && n < head.q.value; upTo++) n += tail[upTo]!.q.value;
  const first = tail.slice(0, upTo);
  const wholeFirst = !whole && upTo < tail.length && first.reduce((n, c) => n + c.q.value, 0) === head.q.value && first.every(parts) && first.some(fresh) && tail.slice(upTo).every((c) => MORE.test(text.slice(Math.max(0, c.q.start - 8), c.q.start)));
  const wholeParts = whole ? tail : wholeFirst ? first : [];
  const split = whole || wholeFirst || (tail.length > 0 && tail.every((c) => parts(c) && fresh(c)) && !(tail.some(added) && sum !== head.q.value));
  if (split && !whole && !wholeFirst) for (const c of tail) c.partOf = head;
  // 6个，其中5个…，1个…: a count after a part of a whole, that fits in what is left of it, is a part too.
  counts.forEach((c, i) => {
    if (c.partOf || i === 0) return;
    const of = counts.slice(0, i).find((o) => counts.some((p) => p.partOf === o));
    if (!of) return;
    const used = counts.filter((p) => p.partOf === of).reduce((s, p) => s + p.q.value, 0);
    if (used + c.q.value <= of.q.value) c.partOf = of;
  });

  // 介绍了15个，上岗13个，其中11个…，2个…: counts adding up to a smaller count said after the first are
  // its parts, and it a part of the first; 介绍了15个，上岗13个 alone: the 13 are some of the 15.
  // (还有2个登记失业的小年轻，一个22一个19: the counts after more people beside the first are theirs.)
  counts.forEach((c, i) => {
    if (i === 0 || (c.partOf && c.partOf !== head)) return;
    const beside = c.q.value >= head.q.value || added(c) || conflict(head, c, vocab);
    let n = 0;
    let j = i + 1;
    while (j < counts.length && n < c.q.value) n += counts[j++]!.q.value;
    const inner = counts.slice(i + 1, j);
    const itsParts = inner.length >= 2 && n === c.q.value && inner.every((p) => !p.partOf || p.partOf === head);
    if (itsParts && (!beside || inner.every((p) => !added(p)))) for (const p of inner) p.partOf = c;
    if (!beside && (itsParts || (!c.partOf && !fresh(c) && !split))) c.partOf = head;
  });
  const wholes = new Set(counts.flatMap((c) => (c.partOf ? [c.partOf] : [])));
  /** A count's facts with those of the counts it is a part of. */
  const ownOf = (c: Count): SlotValues => (c.partOf ? ownOver(ownOf(c.partOf), c.own, vocab.bounds) : c.own);
  const rangesOf = (c: Count): Record<string, Range> => ({ ...(c.partOf ? rangesOf(c.partOf) : {}), ...c.ranges });

  const groups: Group[] = [];
  const notes: string[] = [];
  const done = new Set<Count>(wholeParts.length ? [head, ...wholeParts] : []);
  for (const c of wholeParts) groups.push({ people: c.q.value, values: { ...head.own, ...c.own }, ranges: { ...head.ranges, ...c.ranges }, text: describe(text, c.q, persons) });
  for (const c of counts) {
    if (!c.partOf || done.has(c)) continue;
    const of = c.partOf;
    done.add(of);
    // (A part that has parts of its own is counted in them.)
    const said = describe(text, c.q, persons);
    if (!wholes.has(c)) groups.push({ people: c.q.value, values: ownOf(c), ranges: rangesOf(c), text: REST.test(said) ? said : `其中${said}` });
    // 其中2个工资没到监测标准: the others are the ones who meet it (and 剩下3个… says them again);
    // 其中一个领过吸纳就业补贴: the others have not.
    const fact = Object.entries(c.own).find(([k]) => ["yesno", "policy"].includes(vocab.slots.get(k as SlotKey)!.type));
    const rest = of.q.value - c.q.value;
    // (Not when other parts are said with facts of their own: 其中2个…，1个…，剩下3个… are all the parts there are.)
    const siblings = counts.filter((o) => o !== c && o.partOf === of);
    const alone = siblings.length === 0;
    const restSaid = siblings.length === 1 && siblings[0]!.q.value === rest && Object.keys(siblings[0]!.own).every((k) => k === fact?.[0]);
    // 都签了一年以上 … 不对，有5个只签了半年: the others keep what was said of everyone before.
    // (…都失业一年多了 → 有个其实刚失业俩月，43了: a fact known of everyone said again of one, with more of that one's own.)
    // (…都属于长期失业的 … 一个其实才失业三个月: a wording of the same fact, FAMILIES, is known too.)
    const known = (k: SlotKey) => FAMILIES.find((f) => f.includes(k))?.some((x) => before?.known.has(x)) ?? before?.known.has(k) === true;
    // (5个失业超过半年的，其中俩其实只失业4个月: in one message, a part said to be of another kind than all.)
    const correcting = alone && (of.q.end === 0 ? (Object.keys(c.own) as SlotKey[]).some(known) : conflict(of, c, vocab));
    if (correcting && !fact && rest > 0) {
      groups.push({ people: rest, values: of.own, ranges: of.ranges, text: `其余${rest}人` });
    } else if (fact && rest > 0 && (alone || restSaid)) {
      const theirs = typeof fact[1] === "boolean" ? { ...of.own, [fact[0]]: !fact[1] } : of.own;
      groups.push({ people: rest, values: theirs as SlotValues, ranges: of.ranges, text: `其余${rest}人` });
      for (const o of counts) if (o !== c && o !== of && o.q.value === rest && o.q.start > c.q.start) done.add(o);
    } else if (alone) notes.push(`共${of.q.text}，其中${describe(text, c.q, persons)}，按这${c.q.value}人计算`);
  }
  for (const c of counts) if (!c.partOf && !done.has(c)) groups.push({ people: c.q.value, values: c.own, ranges: c.ranges, text: describe(text, c.q, persons) });
  return base(groups, notes);
}

/** Between the figures of a list said one each (19岁、24岁和26岁). */
const LIST_GAP = /^[、，,和跟及与\s]*$/;
/** Between 分别 and the first figure: a verb or two (分别签了1年和半年). */
const LIST_LEAD = /^[^，,。；;！!？?\d]{0,3}$/;

/**
 * 招了3个小年轻，分别是18、22、25岁: after a word of `respectively`, figures of one type, as many as the
 * people counted right before, are theirs one each — a group of one per figure, in the slot the first
 * was read for (or the one slot of that type marked `each`). Null otherwise.
 */
function oneEach(text: string, reading: SlotReading, vocab: Vocabulary, persons: readonly Quantity[]): SlotReading | null {
  for (const m of text.matchAll(vocab.respectively)) {
    const at = m.index + m[0].length;
    const after = reading.figures.map((f) => f.quantity).filter((q) => q.start >= at).sort((a, b) => a.start - b.start);
    const said: Quantity[] = [];
    for (const q of after) {
      const kind = said.find((o) => o.type !== "number")?.type;
      if (said.length ? !LIST_GAP.test(text.slice(said.at(-1)!.end, q.start)) || (q.type !== "number" && kind !== undefined && q.type !== kind) : !LIST_LEAD.test(text.slice(at, q.start))) break;
      said.push(q);
    }
    // (分别是18、23和25岁: bare numbers before the last take its unit.)
    const last = said.at(-1);
    const list = last && last.type !== "number" && last.figure ? said.map((q) => (q.type === "number" ? { ...q, type: last.type, value: (q.figure * last.value) / last.figure, unit: last.unit } : q)) : [];
    const count = persons.filter((q) => q.end <= m.index).at(-1);
    if (list.length < 2 || count?.value !== list.length) continue;
    const placed = reading.figures.find((f) => said.includes(f.quantity) && f.slot)?.slot;
    const fitting = [...vocab.slots.values()].filter((s) => s.each && fits(s, list[0]!));
    const slot = placed ? vocab.slots.get(placed) : fitting.length === 1 ? fitting[0] : undefined;
    if (!slot?.each) continue;
    const groups = list.map((q): Group => ({ people: 1, values: { [slot.key]: valueFor(slot, q) } as SlotValues, ranges: {}, text: `${q.text}的` }));
    const out = finish(text, reading, vocab, [...persons], [text.length], groups, [], {}, new Set());
    return { ...out, unplaced: out.unplaced.filter((u) => !said.includes(u.quantity)) };
  }
  return null;
}

/**
 * One person's certificates, each a part: the highest level first (it pays the most), each the next
 * time of the year (the slot whose `tally` counts them, 今年已享受的次数) after those had before — so
 * that a yearly limit (每人每年最多3次) counts the best ones.
 */
function timesOf(vocab: Vocabulary, parts: Group[], before: SlotValues): Group[] {
  const key = Object.keys(parts[0]?.values ?? {})[0] as SlotKey | undefined;
  const slot = key ? vocab.slots.get(key) : undefined;
  const times = [...vocab.slots.values()].find((t) => t.tally?.of === key);
  if (!key || !slot?.levels || !times) return parts;
  const rank = (g: Group) => Number(Object.entries(slot.levels!).find(([, v]) => v === g.values[key])?.[0] ?? Infinity);
  const had = Number(before[times.key] ?? 0);
  // (The first one, with none had before, is no time to count against the limit.)
  return [...parts].sort((a, b) => rank(a) - rank(b)).map((g, i) => (had + i ? { ...g, values: { ...g.values, [times.key]: had + i } as SlotValues } : g));
}

/** A fact of each person's own (slots.yaml `each`; the province one worked in, from their places, like 跨省). */
const isEach = (vocab: Vocabulary, key: string) => vocab.slots.get(key as SlotKey)?.each === true || key === "destinationProvince";
/** The facts of a person's own, of some values. */
const eachOf = (vocab: Vocabulary, values: SlotValues) => Object.fromEntries(Object.entries(values).filter(([k]) => isEach(vocab, k))) as SlotValues;

/** A count of people says so right after it (两个人, 2名). */
const PEOPLE_AFTER = /^[人名位]/;
/** He or she: the one just named. */
const PRONOUN = /^[他她]$/;
/**
 * 那我媳妇呢 / …一级的呢 / …，她能给多少: a question about that person alone — 呢 closing a clause
 * after them, or a clause of its own begun with 他/她 — unless both are asked of (一共, 我俩).
 */
const ABOUT_THEM = /^呢|呢(?:[，,。；;？?！!\s]|$)|(?:^|[，,。；;！!？?\s])[他她](?!们)/;
/** 我和媳妇…: the first one named with another. */
const TOGETHER = /^(?:和|跟|与|同)/;
/** Where a clause begins: people said by who they are stand there (我参加了…，我儿子也…). */
const CLAUSE_START = /[，,。；;！!？?\s：:]/;
/** Words a clause may open with before someone is named (然后我媳妇…, 另外我儿子…). */
const LEADS = "后来|然后|另外|还有";
/** A clause's start before someone named, with a time or a lead said first (22年我在天津…, 去年我媳妇…). */
const CLAUSE_HEAD = new RegExp(`(?:^|${CLAUSE_START.source})(?:\\d{2,4}年|去年|今年|前年|那年|${LEADS})?$`);

/**
 * 我参加了15天的培训，我儿子也参加了20天 / 我路费800，我媳妇路费600: people said one by one by who
 * they are, each at the start of a clause. Two or more of them with facts of their own are a group
 * each (the clauses of one person, said twice, are theirs together); null otherwise.
 */
function oneByWho(text: string, reading: SlotReading, vocab: Vocabulary, read: (stretch: string) => SlotReading): SlotReading | null {
  const said: Quantity[] = [...text.matchAll(vocab.persons)]
    .filter((m) => CLAUSE_HEAD.test(text.slice(Math.max(0, m.index - 6), m.index)))
    .map((m) => ({ type: "count", value: 1, figure: 1, text: m[0], start: m.index, end: m.index + m[0].length, unit: "" }));
  // 女儿考了证，她现在没上班: 他 / 她 is the last one named before other than the user, wherever
  // (我和我老婆都…，我考了…，她考了…: 老婆).
  const named = [...text.matchAll(vocab.persons)].filter((m) => !vocab.self.test(m[0]) && !PRONOUN.test(m[0]));
  const keys = said.map((q) => (PRONOUN.test(q.text) ? (named.filter((m) => m.index < q.start).at(-1)?.[0] ?? q.text) : q.text));
  if (new Set(keys.filter((w) => !PRONOUN.test(w))).size < 2) return null;
  // Each one's clauses run to the next one named; what is said before the first is everyone's.
  const starts = said.map((q) => q.start);
  const byWho = new Map<string, Group>();
  const things = new Map<string, SlotReading["things"]>();
  const loose = new Map<string, Quantity[]>();
  // What is said before anyone is named (我家是零就业家庭。我…，我儿子…) is the household's.
  const common: Record<string, unknown> = { ...read(text.slice(0, starts[0])).values };
  said.forEach((q, i) => {
    const stretch = text.slice(q.start, starts[i + 1] ?? text.length);
    const r = read(stretch);
    // 我和媳妇是脱贫户，在浙江干了5个月 / 都去浙江干了5个月: what is said of both, or with 都, is everyone's.
    const together = TOGETHER.test(stretch.slice(q.text.length));
    const ofAll = (k: string) => {
      const at = r.where[k as SlotKey];
      if (!at) return together;
      let from = at.start;
      while (from > 0 && !CLAUSE_START.test(stretch[from - 1]!)) from--;
      return together || OF_ALL.test(stretch.slice(from, at.end));
    };
    for (const [k, v] of Object.entries(r.values)) if (ofAll(k)) common[k] = v;
    const own = Object.fromEntries(Object.entries(r.values).filter(([k]) => isEach(vocab, k) && !ofAll(k)));
    const ranges = Object.fromEntries(r.approximate.filter((x) => vocab.slots.get(x.slot)?.each).map((x) => [x.slot, rangeOf(x)]));
    const had = byWho.get(keys[i]!);
    byWho.set(keys[i]!, { people: 1, values: { ...had?.values, ...own } as SlotValues, ranges: { ...had?.ranges, ...ranges }, text: keys[i]! });
    // 考了焊工高级证，又考了电工中级证: one's several certificates, each a part of theirs.
    if (r.things.length > 1) things.set(keys[i]!, [...(things.get(keys[i]!) ?? []), ...r.things]);
    loose.set(keys[i]!, [...(loose.get(keys[i]!) ?? []), ...r.unplaced.map((u) => u.quantity)]);
  });
  // 我老公交失业险两年多了…；我交了才10个月: a figure said of one the way another's was is of the same fact.
  for (const [who, figures] of loose) {
    const g = byWho.get(who)!;
    const said = (o: Group) => [...Object.keys(o.values), ...Object.keys(o.ranges)];
    const theirs = new Set([...byWho.values()].filter((o) => o !== g).flatMap(said));
    for (const q of figures) {
      const like = [...theirs].filter((k) => !said(g).includes(k) && vocab.slots.get(k as SlotKey)?.each && fits(vocab.slots.get(k as SlotKey)!, q));
      if (like.length === 1) g.values = { ...g.values, [like[0]!]: valueFor(vocab.slots.get(like[0] as SlotKey)!, q) } as SlotValues;
    }
  }
  const groups = [...byWho.values()]
    .filter((g) => Object.keys(g.values).length + Object.keys(g.ranges).length > 0)
    .flatMap((g) => things.get(g.text)?.map((t): Group => ({ ...g, values: { ...g.values, [t.slot]: t.value } as SlotValues, text: `${g.text}·${t.text}` })) ?? [g]);
  if (groups.length < 2) return null;
  // (Counts of people besides them — 考了个证, 我俩 — count the same ones: none is asked about.)
  const counted = reading.figures.filter((f) => f.quantity.type === "count" && (!f.slot || f.slot === "people")).map((f) => f.quantity);
  return finish(text, reading, vocab, [...said, ...counted], starts, groups, [], common, new Set());
}

/** The reading with the groups in place of the counts: what is left common, said, and still unplaced. */
function finish(
  text: string,
  reading: SlotReading,
  vocab: Vocabulary,
  persons: Quantity[],
  starts: number[],
  groups: Group[],
  notes: string[],
  common: Record<string, unknown>,
  again: ReadonlySet<Quantity>,
): SlotReading {
  const unplaced = reading.unplaced.filter((u) => !again.has(u.quantity));
  if (!groups.length) return { ...reading, values: { ...reading.values, ...common } as SlotValues, unplaced };
  const inGroups = new Set(groups.flatMap((g) => [...Object.keys(g.values), ...Object.keys(g.ranges)]));
  // A fact of each person read in a group's stretch belongs to that group, unless said of all.
  const inStretches = (k: string) => {
    const at = reading.where[k as SlotKey];
    return vocab.slots.get(k as SlotKey)?.each === true && at !== undefined && at.start >= starts[0]! && !OF_ALL.test(text.slice(Math.max(0, at.start - 1), at.end));
  };
  const kept = Object.entries(reading.values).filter(([k]) => k !== "people" && !inGroups.has(k) && !inStretches(k));
  const values = { ...Object.fromEntries(kept), ...common } as SlotValues;
  // A figure left over in a group's stretch (另外2个签的半年) is that group's fact, not a rival of another.
  const inStretch = (q: Quantity) => q.start > starts[0]!;
  const said = Object.fromEntries(Object.entries(reading.said).filter(([k]) => k in values));
  return {
    ...reading,
    values,
    approximate: reading.approximate.filter((x) => !inGroups.has(x.slot)),
    said: { ...said, people: groups.map((g) => g.text).join("、") },
    unplaced: unplaced.filter((u) => !persons.includes(u.quantity) && !(inStretch(u.quantity) && u.candidates.every((k) => inGroups.has(k)))),
    notes: [...reading.notes, ...notes],
    groups,
  };
}

/** The words describing a count's people: from the count to the next separator after its facts, or to the next count (2个应届生和1个…). */
function describe(text: string, count: Quantity, persons: readonly Quantity[]): string {
  const next = persons.find((q) => q.start > count.start);
  const rest = text.slice(count.start, next?.start);
  // (…2个呢: a particle ending the question is no part of them.)
  const after = rest.match(/^[^，,。；;！!？?\s]+/)?.[0].replace(/(?:另外|还有|其中|以及|和|与|及|呢|吧|啊|呀|吗)+$/, "") ?? count.text;
  // (还有个…: one, its numeral left out.)
  if (after !== count.text) return after.replace(/^个/, "1个");
  // 登记失业8个月的大姐3个: the count after its people — they are described before it.
  const before = clauseBefore(text, count.start, GROUP_BREAK).replace(LEAD_VERB, "");
  return before + count.text;
}

/** The stretch of `text` before `at`, back to the last of the `breaks`. */
const clauseBefore = (text: string, at: number, breaks: RegExp) => text.slice(0, at).split(breaks).at(-1)!;
/** Where a group's words begin, before its count: a clause's start or a word adding more people. */
const GROUP_BREAK = new RegExp(`${CLAUSE_START.source}|还有|另外|以及`);

/** 招了 / 又招了 / 有 before people described: not part of what they are. */
const LEAD_VERB = /^(?:又|再|也)?(?:招了|招收了|招用了|招聘了|雇了|介绍了|帮了|安置了|吸纳了|招|有)?/;

/**
 * 不对，大姐是2个: a count corrected for one of the groups, named by words of its description (大姐)
 * that no other group's has. Null when the message names no one group.
 */
export function recount(text: string, reading: SlotReading, groups: readonly Group[]): Group[] | null {
  const people = reading.values.people;
  if (people === undefined || groups.length < 2) return null;
  const words = text.match(/\p{Script=Han}{2,}/gu) ?? [];
  const pick = (word: string) => groups.filter((g) => g.text.includes(word));
  const named = words.flatMap((w) => bigrams(w).filter((pair) => pick(pair).length === 1).map((pair) => pick(pair)[0]!));
  // The group most of the message's character pairs name (登记失业的是: 登记, 失业 — not the 业的 of 就业的).
  const votes = groups.map((g) => named.filter((n) => n === g).length);
  const most = Math.max(0, ...votes);
  const group = most > 0 && votes.filter((v) => v === most).length === 1 ? groups[votes.indexOf(most)] : undefined;
  if (!group) return null;
  // (登记失业的是3个: the words naming the group may state a fact in passing; any other fact is a new statement.)
  const inName = (k: string) => {
    const at = reading.where[k as SlotKey];
    return at !== undefined && group.text.includes(text.slice(at.start, at.end));
  };
  if (Object.keys(reading.values).some((k) => k !== "people" && !inName(k))) return null;
  return groups.map((g) => (g === group ? { ...g, people, text: g.text.replace(COUNT_SAID, `${people}个`) } : g));
}

/** The count in a group's words, before or after its people (4个登记失业的 / 大姐3个) — not 8个月. */
const COUNT_SAID = new RegExp(`[\\d${CHINESE_DIGIT}${CHINESE_UNIT}]+[个名位人](?![月年天])`);

/**
 * 还招了一个45岁的大姐 / 另外又介绍了3个, in a later message: more people beside those counted
 * before — each lot a group with its own facts (the earlier ones' from what was said of them). Null
 * when the message counts no one, or does not say they are more.
 */
export function besideEarlier(text: string, reading: SlotReading, vocab: Vocabulary, earlier: { groups: readonly Group[]; values: SlotValues }): Group[] | null {
  // (再加上一个…: a count no cue placed is of people too — unless the message counts something else, 又留下了2个，一共留用了5个.)
  const countsOther = reading.figures.some((f) => f.quantity.type === "count" && f.slot && f.slot !== "people");
  const first = reading.figures
    .filter((f) => f.quantity.type === "count" && f.quantity.unit !== "家" && (f.slot === "people" || (!f.slot && !countsOther)))
    .sort((a, b) => a.quantity.start - b.quantity.start)[0];
  const before = earlier.values.people;
  if (!first || (!earlier.groups.length && before === undefined)) return null;
  // (还有登记失业半年以上的2个: the word adding them may open the clause the count ends.)
  if (!MORE.test(text.slice(Math.max(0, first.quantity.start - 4), first.quantity.start)) && !MORE_FIRST.test(clauseBefore(text, first.quantity.start, CLAUSE_START))) return null;
  const lot = (people: number, values: SlotValues, text: string): Group => ({ people, values: eachOf(vocab, values), ranges: {}, text });
  const kind = (values: SlotValues) => deriveFacts(values, vocab.bounds).facts.group ?? "";
  const theirs = earlier.groups.length ? earlier.groups : [lot(before!, earlier.values, `${kind(earlier.values)}${before}人`)];
  // (再加2个人呢 / 另外又招了3个，情况一样: more with nothing of their own said are like the last lot.)
  // (还有个零就业家庭的也去了: their own facts, and the rest as the last lot's.)
  const like = ("people" in reading.changes && !Object.keys(eachOf(vocab, reading.values)).length) || vocab.patterns.same.test(text) ? theirs.at(-1)!.values : {};
  // (…，一共4个人: the total said after them counts those before too — no lot of its own.)
  const lots = reading.groups.filter((g) => Object.keys(g.values).length || !vocab.patterns.totalFirst.test(g.text));
  const more = lots.length ? lots.map((g) => ({ ...g, values: { ...like, ...g.values } })) : [lot(reading.values.people ?? first.quantity.value, { ...like, ...reading.values }, describe(text, first.quantity, []))];
  return [...theirs, ...more];
}

/**
 * 后来又考了个中级证 after 考了初级证: one more thing of a slot that is several (slots.yaml `several`),
 * said with a word adding it — each is computed on its own and added up, as when said in one message.
 * Null when nothing of the kind was said before, or the message does not say it is another.
 */
export function anotherThing(text: string, reading: SlotReading, vocab: Vocabulary, earlier: { groups: readonly Group[]; values: SlotValues }): Group[] | null {
  if (reading.groups.length || reading.things.length) return null;
  for (const [key, value] of Object.entries(reading.values) as Array<[SlotKey, unknown]>) {
    const span = reading.where[key];
    // (下半年又去考下来一个维修电工中级: the word adding it anywhere in its clause before it.)
    if (!vocab.slots.get(key)?.several || !span || !MORE.test(clauseBefore(text, span.start, CLAUSE_START))) continue;
    const lot = (v: unknown): Group => ({ people: 1, values: { [key]: v } as SlotValues, ranges: {}, text: String(v) });
    const before = earlier.groups.length ? (earlier.groups.every((g) => key in g.values) ? earlier.groups : []) : key in earlier.values ? [lot(earlier.values[key])] : [];
    if (before.length && !before.some((g) => g.values[key] === value)) return [...before, lot(value)];
  }
  return null;
}

/**
 * 我媳妇在天津干了4个月，来回花了380, after the user's own facts: another person of the family, in
 * a message of their own — a group of one beside the one (or ones) before, with what they say of
 * themself and what was said of the household (脱贫户: slots.yaml `household`). Null otherwise.
 */
export function anotherPerson(text: string, reading: SlotReading, vocab: Vocabulary, earlier: { groups: readonly Group[]; values: SlotValues }): Group[] | null {
  if (reading.groups.length) return null;
  const lead = new RegExp(`^(?:那|${LEADS})?`).exec(text)![0].length;
  const who = [...text.matchAll(vocab.persons)].find((m) => m.index === lead)?.[0];
  if (!who || vocab.self.test(who)) return null;
  // (招了一个失业的… → 他登记失业快五个月: of an employer's one hire, 他 is that hire — no one else.)
  if (earlier.values.hiring === true && (earlier.values.people ?? 1) === 1 && vocab.pronoun.test(who)) return null;
  const theirs = eachOf(vocab, reading.values);
  const ones = earlier.groups.every((g) => g.people === 1);
  const mine = eachOf(vocab, earlier.values);
  const before = earlier.groups.length ? (ones ? earlier.groups : []) : Object.keys(mine).length && (earlier.values.people ?? 1) === 1 ? [{ people: 1, values: mine, ranges: {}, text: "本人" }] : [];
  if (!before.length || !Object.keys(theirs).length) return null;
  const apart = vocab.ofAnotherHousehold.test(who);
  const household = apart ? {} : Object.fromEntries(Object.entries(before[0]!.values).filter(([k]) => vocab.slots.get(k as SlotKey)?.household));
  // (俺媳妇…跟俺一块去的，票钱一样: what was said of the one before, but for what is said of them — and for
  // one of another household, 还有我表妹也去了, not what was said of the user's.)
  const like = vocab.patterns.same.test(text) ? Object.fromEntries(Object.entries(before.at(-1)!.values).filter(([k]) => !(apart && (vocab.slots.get(k as SlotKey)?.household || k === "group")))) : {};
  const another: Group = { people: 1, values: { ...household, ...like, ...theirs } as SlotValues, ranges: {}, text: who };
  // 那我媳妇呢: asked of them alone.
  const rest = text.slice(lead + who.length);
  return ABOUT_THEM.test(rest) && !vocab.together.test(rest) ? [another] : [...before, another];
}
