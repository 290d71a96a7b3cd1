import type { Root, RootContent } from "hast";
import { h, headingLevel, isElement, plainText } from "./hast";
import type { ImportLog } from "./log";
import { NOTES_TAG } from "./notes";

/**
 * Finds a section of steps a reader can take ("Action steps", "What you can
 * do", "Take action") whose items are headings, and marks it (as
 * ACTION_STEPS_TAG) to become the site's <ActionSteps>: a numbered list with
 * its own "Action steps" heading, so the section's own heading is dropped and
 * the log names it and every step for an editor to check.
 */

export const ACTION_STEPS_TAG = "import-action-steps";

const ACTION_HEADING = /^(?:action steps?|(?:what|things) (?:you|we|can you) (?:can )?do\??|take action|steps (?:you|we) can take|how (?:you|to) can help)\s*:?$/i;

export function markActionSteps(tree: Root, log: ImportLog): void {
  const blocks = tree.children;
  for (let index = 0; index < blocks.length; index++) {
    const level = headingLevel(blocks[index]);
    if (level === undefined || !ACTION_HEADING.test(plainText(blocks[index]))) continue;
    const heading = plainText(blocks[index]);
    let end = index + 1;
    while (end < blocks.length && !endsSection(blocks[end], level)) end++;
    const section = blocks.slice(index + 1, end);
    const stepLevel = Math.min(...section.map((block) => headingLevel(block) ?? Infinity));
    if (stepLevel === Infinity) {
      log.warn(`the section “${heading}” has no headings for its steps, so it stays ordinary text; to make it the site's action steps, give each step a ### heading inside <ActionSteps>`);
      continue;
    }
    const steps: string[] = [];
    for (const block of section) {
      if (headingLevel(block) === stepLevel && isElement(block)) {
        block.tagName = "h3";
        steps.push(plainText(block));
      } else if (isElement(block) && (headingLevel(block) ?? 0) > stepLevel) {
        block.tagName = "h4";
      }
    }
    blocks.splice(index, end - index, h(ACTION_STEPS_TAG, {}, section as never));
    log.replace("the action steps' heading (the site shows its own, “Action steps”)", heading, "headings");
    log.actionSteps.push(...steps);
    log.warn(`the section “${heading}” became the site's action steps (shown under the heading “Action steps”): ${steps.map((step) => `“${step}”`).join(", ")}; check each step`);
    return;
  }
}

function endsSection(block: RootContent, level: number): boolean {
  const next = headingLevel(block);
  return (next !== undefined && next <= level) || isElement(block, "hr") || isElement(block, NOTES_TAG);
}
