import type { Root } from "hast";
import { toString } from "hast-util-to-string";

/** Words per minute for a careful read of a serious essay. */
const WORDS_PER_MINUTE = 230;

export function countWords(tree: Root): number {
  return toString(tree).split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
