// Input-method slips that sound right (档按 for 档案, 社宝 for 社保): typing pinyin, a user picks a
// character of the same sound. A pair of characters the documents never use, neither of them inside a
// word of the message nor a function word (是, 的), that sounds like one two-character word the
// documents do use and keeps one of its characters, is read as that word. The sounds come from
// pinyin-pro when the index is built and are kept in its snapshot: answering loads no pinyin table.
import { createRequire } from "node:module";
import { memoize } from "./memo.js";
import { knownWords } from "./text.js";

export interface HomophoneTable {
  /**
   * Each character's toneless readings, "|"-joined (行 → xing|hang|heng): what a slip may have been typed
   * as — one entry per character of the block, ","-joined in one string (restored in the time of one).
   */
  readings: string;
  /** "dang an" → 档案, "shi ye" → 失业|事业: the documents' two-character words of those sounds, "|"-joined. */
  words: Map<string, string>;
}

type Pinyin = (text: string, options: { toneType: "none"; type: "array"; multiple?: boolean }) => string[];

/** Every character of the CJK Unified Ideographs block: a slip may be any of them. */
const FIRST = 0x4e00;
const LAST = 0x9fff;

/** The table for the documents' two-character words (`vocabulary`, each used in `minUses` clauses or more). */
export function buildHomophones(vocabulary: Iterable<[word: string, uses: number]>, minUses = 2): HomophoneTable {
  const { pinyin } = createRequire(import.meta.url)("pinyin-pro") as { pinyin: Pinyin };
  const readings: string[] = [];
  for (let code = FIRST; code <= LAST; code++) {
    const sounds = pinyin(String.fromCodePoint(code), { toneType: "none", type: "array", multiple: true }).filter((s) => /^[a-zü]+$/.test(s));
    readings.push([...new Set(sounds)].join("|"));
  }
  const words = new Map<string, string>();
  for (const [word, uses] of vocabulary) {
    if (uses < minUses || !/^\p{Script=Han}{2}$/u.test(word)) continue;
    // (The word's own reading, in context: 银行 is yin hang.)
    const key = pinyin(word, { toneType: "none", type: "array" }).join(" ");
    words.set(key, words.has(key) ? `${words.get(key)}|${word}` : word);
  }
  return { readings: readings.join(","), words };
}

export class Homophones {
  private sounds: string[] | null = null;

  constructor(
    /** What the index's snapshot keeps. */
    readonly table: HomophoneTable,
    /** Whether the documents use a word (a pair they use is no slip). */
    private readonly used: (word: string) => boolean,
    /** Function words (是, 的, 有): a pair with one is how people talk (我是 is no slip for 我市). */
    private readonly stopwords: ReadonlySet<string>,
  ) {}

  private readingsOf(char: string): string[] {
    this.sounds ??= this.table.readings.split(",");
    return this.sounds[char.codePointAt(0)! - FIRST]?.split("|") ?? [];
  }

  /** The word a pair of characters was meant to be, if it is a slip for exactly one. */
  private meant(pair: string): string | null {
    const [a, b] = [...pair] as [string, string];
    const found = new Set<string>();
    for (const x of this.readingsOf(a)) {
      for (const y of this.readingsOf(b)) {
        // (失叶: of 失业 and 事业, the one keeping a character.)
        for (const word of this.table.words.get(`${x} ${y}`)?.split("|") ?? []) if (word !== pair && (word[0] === a || word[1] === b)) found.add(word);
      }
    }
    return found.size === 1 ? [...found][0]! : null;
  }

  /** The (normalised) text with its slips corrected. */
  readonly correct = memoize((text: string): string =>
    text.replace(/\p{Script=Han}{2,}/gu, (run) => {
      const meant: Array<string | null> = [];
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run.slice(i, i + 2);
        meant.push(![...pair].some((c) => this.stopwords.has(c)) && !this.used(pair) ? this.meant(pair) : null);
      }
      if (!meant.some((w) => w)) return run;
      // Characters inside a word the segmenter knows (实业, 公司) are as meant (cut only when a slip may be there).
      const inWord = new Array<boolean>(run.length).fill(false);
      let at = 0;
      for (const w of knownWords(run)) {
        if (w.length > 1) inWord.fill(true, at, at + w.length);
        at += w.length;
      }
      let out = "";
      for (let i = 0; i < run.length; i++) {
        const word = !inWord[i] && !inWord[i + 1] ? meant[i] : null;
        if (word) {
          out += word;
          i++;
        } else out += run[i];
      }
      return out;
    }),
  );
}
