import type { Element, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";

/**
 * Gives each action step a permalink, and a "Copy link" button that stays
 * hidden until the page's script can make it work, so no reader meets a dead
 * control with JavaScript off. Its space is reserved by CSS either way.
 */
export function withStepControls(tree: Root): Root {
  const copy = structuredClone(tree);
  visit(copy, "element", (node: Element) => {
    if (node.tagName !== "li" || !(node.properties.className as string[] | undefined)?.includes("action-step")) return;
    const heading = node.children.find((child): child is Element => child.type === "element" && headingRank(child) === 3);
    const id = heading?.properties.id;
    if (typeof id !== "string") return;
    const title = toString(heading!).trim();
    node.children.splice(node.children.indexOf(heading!) + 1, 0, {
      type: "element",
      tagName: "span",
      // Controls, not the essay's words: search results would quote "#Copy link" after every step.
      properties: { className: ["step-controls"], dataPagefindIgnore: "all" },
      children: [
        {
          type: "element",
          tagName: "a",
          properties: { className: ["step-permalink"], href: `#${id}`, ariaLabel: `Link to this step: ${title}` },
          children: [{ type: "text", value: "#" }],
        },
        {
          type: "element",
          tagName: "button",
          properties: { type: "button", className: ["copy-step-link"], dataCopyLink: `#${id}`, hidden: true, ariaLabel: `Copy the link to this step: ${title}` },
          children: [{ type: "text", value: "Copy link" }],
        },
      ],
    });
  });
  return copy;
}
