// Text handling shared by the parser, the index and the question reader:
// scan clean-up, normalisation (full-width → half-width, traditional → simplified) and segmentation.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { Jieba } from "@node-rs/jieba";
import * as OpenCC from "opencc-js/t2cn";
import { installedVersion, repoPath } from "../repo.js";
import { memoize } from "./memo.js";

const HAN = "\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef";
const SPACE_NEXT_TO_HAN = new RegExp(`[ \\u3000]+(?=[${HAN}])|(?<=[${HAN}])[ \\u3000]+`, "gu");

/**
 * Removes the scan's spacing artefacts from one line: spaces next to Chinese characters or
 * full-width punctuation ("2024 年 12 月" → "2024年12月"). Tabs (table cells) are kept.
 */
export function cleanScanLine(line: string): string {
  return line.replace(SPACE_NEXT_TO_HAN, "").replace(/^[ \u3000]+|[ \u3000]+$/g, "");
}

const toSimplified = OpenCC.Converter({ from: "t", to: "cn" });

/** The form every comparison uses: NFKC (full-width digits and punctuation → ASCII), simplified characters. */
export const normalize = memoize((text: string): string => toSimplified(text.normalize("NFKC")), 4096);

/** Removes all whitespace: how quoted phrases are compared with clause text. */
export function squash(text: string): string {
  return normalize(text).replace(/\s+/g, "");
}

let segmenter: Jieba | null = null;
let extraWords: readonly string[] = [];

/** Words the segmenter must keep whole (policy terms). Call before the first `segment`. */
export function addSegmenterWords(words: readonly string[]): void {
  extraWords = [...new Set([...extraWords, ...words])];
  if (segmenter) loadWords(segmenter, words);
}

function loadWords(jieba: Jieba, words: readonly string[]): void {
  if (words.length) jieba.loadDict(Buffer.from(words.map((w) => `${w} 200000 n`).join("\n")));
}

/**
 * jieba's dictionary cut to its most frequent words: a question or clause word rarer than these is
 * cut into shorter words, the same way in both, and the dictionary loads in a sixth of the time
 * (25 ms instead of 170 ms; the batch is timed from process start). Made once, kept on disk.
 */
const DICTIONARY_WORDS = 60_000;

function dictionary(): Buffer {
  const file = repoPath("node_modules", ".cache", "policy-hotline", `jieba-${installedVersion("@node-rs/jieba")}-${DICTIONARY_WORDS}.txt`);
  try {
    return readFileSync(file);
  } catch {
    // not made yet
  }
  const full = (createRequire(import.meta.url)("@node-rs/jieba/dict") as { dict: Buffer }).dict.toString("utf8");
  const entries = full.split("\n").filter((l) => l.trim()).map((line) => ({ line, freq: Number(line.split(" ")[1]) || 0 }));
  const top = entries.sort((a, b) => b.freq - a.freq).slice(0, DICTIONARY_WORDS);
  const made = Buffer.from(top.map((e) => e.line).join("\n"));
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, made);
    renameSync(tmp, file);
  } catch {
    // A read-only install makes it at every start.
  }
  return made;
}

function jieba(): Jieba {
  if (!segmenter) {
    segmenter = Jieba.withDict(dictionary());
    loadWords(segmenter, extraWords);
  }
  return segmenter;
}

// A number with its decimal part and percent sign stays one token ("5.5%", "0.5%", "6.22").
const RUNS = /(\d+(?:\.\d+)?%?)|([a-z]+)|([\p{Script=Han}]+)/gu;

/**
 * Search tokens of normalised text: jieba's search-mode words for Chinese runs, numbers whole,
 * Latin words lower-cased. Punctuation is dropped.
 */
export function segment(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).toLowerCase().matchAll(RUNS)) {
    if (m[3]) out.push(...jieba().cutForSearch(m[3], true));
    else out.push(m[0]);
  }
  return out;
}

/** Loads the segmenter's dictionary now, at start, rather than during the first question. */
export function warmSegmenter(): void {
  jieba();
}

/** The words of a run of Chinese characters, as the segmenter cuts it (not search mode). */
export function words(run: string): string[] {
  return jieba().cut(run, true);
}

/** The words of a run that the segmenter's dictionary has (none guessed from the characters: 社宝 stays 社, 宝). */
export function knownWords(run: string): string[] {
  return jieba().cut(run, false);
}

/** Overlapping character pairs of each Chinese run: recall where the segmenter splits differently. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(/\p{Script=Han}+/gu)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  }
  return out;
}
