import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

export interface ActionStep {
  /** 1-based position, as the reader sees it. */
  number: number;
  title: string;
  /** The heading's id, for `#` links. */
  id: string;
  /** What the essay says under the step's heading; empty when it has only a heading. */
  details: Root;
}

/** Reads the action steps back from a tree that went through `rehypeActionSteps`. */
export function extractActionSteps(tree: Root): ActionStep[] {
  const steps: ActionStep[] = [];
  visit(tree, "element", (node: Element) => {
    if (node.tagName !== "li" || !(node.properties.className as string[] | undefined)?.includes("action-step")) return;
    const heading = node.children.find((child): child is Element => child.type === "element" && headingRank(child) === 3);
    if (!heading) return;
    const details: Root = { type: "root", children: node.children.filter((child) => child !== heading) };
    steps.push({ number: steps.length + 1, title: toString(heading).trim(), id: String(heading.properties.id ?? ""), details });
  });
  return steps;
}
