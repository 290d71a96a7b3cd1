import type { Root } from "hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import "./ContentTree.css";
import "./ActionSteps.css";

/**
 * Renders a checked content tree. The tree is data that passed the content
 * check; nothing in it is evaluated, and only plain elements are produced.
 */
export function ContentTree({ tree }: { tree: Root }) {
  return toJsxRuntime(tree, { Fragment, jsx, jsxs });
}
