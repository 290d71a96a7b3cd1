import type { Root } from "hast";
import { toHtml } from "hast-util-to-html";
import "./ContentTree.css";
import "./ActionSteps.css";

/**
 * Renders a checked content tree. The tree is data that passed the content
 * check; nothing in it is evaluated, and only plain elements are produced.
 *
 * It goes to the page as one HTML string rather than as React elements: an
 * essay is hundreds of elements that never change in the browser, and as
 * React elements each one would travel a second time in the page's payload and
 * be walked by hydration. As a string React hydrates one element and leaves
 * its contents alone. hast-util-to-html escapes every text and attribute.
 */
export function ContentTree({ tree, className, id, as: Element = "div" }: { tree: Root; className?: string; id?: string; as?: "div" | "p" }) {
  return <Element id={id} className={className} dangerouslySetInnerHTML={{ __html: toHtml(tree) }} />;
}
