// Which questions are "similar": those naming the same policy terms (corpus/terms.yaml), whatever
// else they say; failing a policy, the same topic outside the documents (个税, 房贷); failing that,
// the same informative words.
import type { Corpus } from "../knowledge/corpus.js";
import { contentWords } from "../knowledge/search.js";
import { normalize } from "../knowledge/text.js";

export interface Topic {
  key: string;
  label: string;
}

/** The redaction's stand-ins ([手机号]) say nothing of the topic. */
const REDACTED = /\[[^\]\s]{2,5}\]/g;

export function topicOf(corpus: Corpus, question: string): Topic {
  const text = corpus.index.corrected(normalize(question.replace(REDACTED, " ")));
  const terms = [...new Set(corpus.terms.policyNames(text).map((r) => r.meaning))].sort();
  if (terms.length) return { key: `policy:${terms.join("+")}`, label: terms.join("、") };
  const outside = [...new Set(corpus.terms.outsideAt(text).map((at) => text.slice(at.start, at.end)))].sort();
  if (outside.length) return { key: `outside:${outside.join("+")}`, label: `${outside.join("、")}（文件未涉及的话题）` };
  // Places only choose the documents; figures and single characters are this asker's, not the topic.
  const places = corpus.places.find(text).map((m) => text.slice(m.start, m.end));
  const words = contentWords(text, corpus.terms.stopwords)
    .filter((w) => w.length > 1 && !/\d/.test(w) && !places.some((p) => p.includes(w) || w.includes(p)))
    .sort();
  const label = words.join(" ") || text.trim().slice(0, 20);
  return { key: `words:${label}`, label };
}
