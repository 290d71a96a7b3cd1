import type { Element, ElementContent, Properties, Root } from "hast";
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from "mdast-util-mdx-jsx";
import { SKIP, visit } from "unist-util-visit";

/**
 * Turns the JSX elements that passed the safety check into ordinary hast
 * elements, so the rendered tree is plain HTML data with nothing left for an
 * evaluator. `<ActionSteps>` becomes a marked section for `rehypeActionSteps`.
 */
export const ACTION_STEPS_MARKER = "dataActionSteps";

export function rehypeContentElements() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== "mdxJsxFlowElement" && node.type !== "mdxJsxTextElement") return;
      if (!parent || index === undefined) return;
      const jsx = node as MdxJsxFlowElementHast | MdxJsxTextElementHast;
      const properties: Properties = {};
      for (const attribute of jsx.attributes) {
        if (attribute.type === "mdxJsxAttribute" && (attribute.value === null || typeof attribute.value === "string")) {
          properties[attribute.name] = attribute.value ?? true;
        }
      }
      const element: Element =
        jsx.name === "ActionSteps"
          ? { type: "element", tagName: "section", properties: { [ACTION_STEPS_MARKER]: true }, children: jsx.children as ElementContent[] }
          : { type: "element", tagName: jsx.name ?? "span", properties, children: jsx.children as ElementContent[] };
      parent.children.splice(index, 1, element);
      return [SKIP, index];
    });
  };
}
