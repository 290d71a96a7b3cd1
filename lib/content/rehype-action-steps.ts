import type { Element, ElementContent, Root } from "hast";
import { headingRank } from "hast-util-heading-rank";
import { visit } from "unist-util-visit";
import { ACTION_STEPS_MARKER } from "./rehype-content-elements";

/**
 * Gives the action steps their structure: the `<ActionSteps>` section gets a
 * heading of its own and each `###` heading inside it, with whatever follows it,
 * becomes one item of an ordered list. Readers, print and screen readers then
 * all meet a numbered list; the outline is read back from this same tree.
 */
export const ACTION_STEPS_ID = "action-steps";
export const ACTION_STEPS_HEADING = "Action steps";

export function rehypeActionSteps() {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if (node.tagName !== "section" || !node.properties[ACTION_STEPS_MARKER]) return;
      const intro: ElementContent[] = [];
      const steps: Element[] = [];
      for (const child of node.children) {
        if (child.type === "element" && headingRank(child) === 3) {
          steps.push({ type: "element", tagName: "li", properties: { className: ["action-step"] }, children: [child] });
        } else if (steps.length > 0) {
          steps[steps.length - 1].children.push(child);
        } else {
          intro.push(child);
        }
      }
      node.properties = { className: ["action-steps"], ariaLabelledBy: [ACTION_STEPS_ID] };
      node.children = [
        { type: "element", tagName: "h2", properties: { id: ACTION_STEPS_ID }, children: [{ type: "text", value: ACTION_STEPS_HEADING }] },
        ...intro,
        { type: "element", tagName: "ol", properties: { className: ["action-step-list"] }, children: steps },
      ];
    });
  };
}
