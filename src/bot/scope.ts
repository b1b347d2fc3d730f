// Which documents a question is about: the places it names, else the user's known region.
import type { Corpus } from "../knowledge/corpus.js";
import type { PolicyDocument } from "../knowledge/documents.js";
import type { Place, PlaceMention } from "../knowledge/regions.js";
import { vocabularyOf } from "./understand/vocabulary.js";

export interface Scope {
  /** The places the question is about (named in it, or the user's region); empty when unknown. */
  places: Place[];
  /** Names of places that only select documents (兴安盟, 黑龙江): searching for them adds noise. */
  selectors: string[];
  /** Names of places inside a document's jurisdiction (齐齐哈尔): they rank clauses but are no topic. */
  mentioned: string[];
  /** Documents that apply there; every document when the place is unknown. */
  documents: PolicyDocument[];
  /** True when no place is known: answers must not pick one region's rule silently. */
  open: boolean;
  /** Places the question is about that no document covers (北京): the corpus cannot answer for them. */
  uncovered: Place[];
}

// 去浙江打工: a place someone goes to work is not the place whose rules apply to them.
// (搬到 / 迁到 / 回到 say where one lives now, 换到 the region asked instead: that place's rules apply.)
// (是去的辽宁: 去的 too.)
const DESTINATION = /(?:^|[^搬迁回换])(?:去|到|往|赴|跑|去的)$/;

/** No place known: these documents (every one, by default), each region's rule shown for what it is. */
export function openScope(documents: PolicyDocument[], uncovered: Place[] = []): Scope {
  return { places: [], selectors: [], mentioned: [], documents, open: true, uncovered };
}

/** The place itself or the nearest above it that `issues` (静宁县 → 平凉市, whose documents it has). */
export const nearestUp = (place: Place, issues: (region: string) => boolean): string | undefined => place.chain.find(issues);

/** Documents governing a place: its own and those of every place above it; else those of places inside it. */
export function documentsFor(corpus: Corpus, place: Place): PolicyDocument[] {
  const above = corpus.documents.filter((d) => place.chain.includes(d.jurisdiction));
  return above.length ? above : corpus.documents.filter((d) => corpus.places.within(d.jurisdiction, place.name));
}

// 在江苏打工 / 在哈尔滨干了3个月: a place someone works in. 就业 and 工作 are nouns too (平凉的就业见习,
// 哈尔滨的工作要求): they say so only after 在 (在江苏就业).
// (在外省，江苏，一共干了半年: the work may follow the place after a comma.)
const WORK = /^[，,]?[^，,。；;！？!?\s]{0,6}?(?:打工|务工|干活|干了|干的|干过|干(?=$|[，,。；;！？!?\s])|上班|做工|待了|呆了|待着|进厂|工地|厂里)/;
const WORK_AFTER_AT = /^[^，,。；;！？!?\s]{0,6}?(?:工作|就业)/;
const goesTo = (question: string, m: PlaceMention) => DESTINATION.test(question.slice(Math.max(0, m.start - 2), m.start));
// 从鸡西去江苏打工: the place one sets out from is home, though the work follows it.
const ORIGIN = /(?:从|由|打)$/;
const worksIn = (question: string, m: PlaceMention) =>
  !ORIGIN.test(question.slice(0, m.start)) &&
  (goesTo(question, m) || WORK.test(question.slice(m.end)) || (question[m.start - 1] === "在" && WORK_AFTER_AT.test(question.slice(m.end))));

/**
 * Provinces of the places a message says the user went to or works in (去浙江打工 → 浙江省) — or, answering the
 * bot's 是跨省就业还是省内就业 (`answering`), any place no document covers (江苏, 广东那边).
 */
export function destinationsIn(corpus: Corpus, question: string, answering = false): string[] {
  // (是去的福建，不是哈尔滨: a place said not to be it is none.)
  const notIt = vocabularyOf(corpus).patterns.notPlace;
  const mentions = corpus.places.find(question).filter((m) => !notIt.test(question.slice(Math.max(0, m.start - 3), m.start)));
  const named = answering ? mentions.filter((m) => !documentsFor(corpus, m).length) : [];
  return (named.length ? named : mentions.filter((m) => worksIn(question, m))).map((m) => m.chain.at(-1)!);
}

export function scopeOf(corpus: Corpus, question: string, knownRegion: string | null | undefined): Scope {
  // 在山东干了半年: a place of work whose rules the corpus has only for a place inside it (邹平) is
  // where the user went to work, not whose rules apply to them.
  const ownRules = (m: PlaceMention) => corpus.documents.some((d) => m.chain.includes(d.jurisdiction));
  const notTheirs = vocabularyOf(corpus).patterns.notPlace;
  const denied = (m: PlaceMention) => notTheirs.test(question.slice(Math.max(0, m.start - 3), m.start));
  const mentions = corpus.places.find(question).filter((m) => !goesTo(question, m) && !(worksIn(question, m) && !ownRules(m)) && !denied(m));
  // 我是绥化的 … 在哈尔滨干了3个月: where they are from is whose rules apply; where they worked, only when it is all they say.
  const home = mentions.filter((m) => !worksIn(question, m));
  // 滨州邹平 / 黑龙江大庆: a place and one inside it are the inner one.
  const covered = (home.length ? home : mentions).filter((m) => documentsFor(corpus, m).length > 0);
  const named = covered.filter((p) => !covered.some((q) => q.name !== p.name && corpus.places.within(q.name, p.name)));
  const known = knownRegion ? corpus.places.resolve(knownRegion) : null;
  const places: Place[] = named.length ? named : known ? [known] : [];
  // A place of work the documents do not cover (在江苏打工) is no question about that place's rules.
  // (辽宁沈阳: the inner place is the one named.)
  const outside = mentions.filter((m) => !documentsFor(corpus, m).length && !worksIn(question, m));
  const uncovered = outside.filter((p) => !outside.some((q) => q.name !== p.name && corpus.places.within(q.name, p.name)));
  if (!places.length) return openScope(corpus.documents, uncovered);
  const ids = new Set(places.flatMap((p) => documentsFor(corpus, p).map((d) => d.id)));
  const isSelector = (p: Place) => corpus.documents.some((d) => corpus.places.within(d.jurisdiction, p.name));
  const written = (ms: typeof mentions) => ms.map((m) => question.slice(m.start, m.end));
  return {
    places,
    selectors: written(mentions.filter(isSelector)),
    mentioned: written(mentions.filter((m) => !isSelector(m))),
    documents: corpus.documents.filter((d) => ids.has(d.id)),
    open: false,
    uncovered: [],
  };
}

/** The region an answer is for: the place the user is in, else the jurisdiction of the cited document. */
export function regionOf(scope: Scope, fallback: string | null): string | null {
  return scope.places[0]?.name ?? fallback;
}
