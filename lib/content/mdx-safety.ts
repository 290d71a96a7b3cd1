import type { Root as MdastRoot } from "mdast";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import {
  CONTENT_COMPONENTS,
  DANGEROUS_ELEMENTS,
  GLOBAL_ATTRIBUTES,
  SAFE_ELEMENTS,
  URL_ATTRIBUTES,
  isAllowedUrl,
  urlScheme,
} from "./mdx-allowlist";

/**
 * Checks a parsed MDX tree against the allowlist. The tree is never compiled to
 * JavaScript or evaluated: what passes here is rendered from data with a fixed
 * component map, so this check is about what may appear on a page, and it
 * refuses everything MDX would otherwise turn into code.
 */

export interface TreeProblem {
  line: number;
  column: number;
  field: string;
  message: string;
}

type Positioned = { position?: { start: { line: number; column: number } } };

export function checkMdxTree(tree: MdastRoot): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const report = (node: Positioned, field: string, message: string) => {
    const start = node.position?.start ?? { line: 1, column: 1 };
    problems.push({ line: start.line, column: start.column, field, message });
  };

  visit(tree, (node) => {
    switch (node.type) {
      case "mdxjsEsm":
        report(node, "import/export", "import and export statements are not allowed in content; write plain Markdown, and use only the site's content components, which need no import");
        break;
      case "mdxFlowExpression":
      case "mdxTextExpression":
        report(node, "{expression}", "curly-brace expressions run code and are not allowed in content; to show a literal brace, write \\{");
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement":
        checkJsxElement(node, report);
        break;
      case "link":
      case "definition":
        if (!isAllowedUrl(node.url)) {
          report(node, "link", `links may only use http, https or mailto addresses; found a "${urlScheme(node.url) ?? node.url}:" address`);
        }
        break;
      case "image":
      case "imageReference":
        if (node.type === "image" && (urlScheme(node.url) !== undefined || node.url.startsWith("//"))) {
          report(node, "image", `images must be files in public/, addressed from the site root like /images/photo.jpg; found ${JSON.stringify(node.url)}`);
        }
        break;
      case "html":
        report(node, "html", "raw HTML is not allowed in content");
        break;
      default:
        break;
    }
  });
  return problems;
}

function checkJsxElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  report: (node: Positioned, field: string, message: string) => void,
) {
  const name = node.name;
  if (name === null) {
    report(node, "<>", "fragments (<>…</>) are not allowed in content");
    return;
  }
  const label = `<${name}>`;
  if (DANGEROUS_ELEMENTS.has(name.toLowerCase())) {
    report(node, label, `${label} is not allowed in content: it could run code or change the page's look or behaviour`);
    return;
  }
  const component = CONTENT_COMPONENTS[name as keyof typeof CONTENT_COMPONENTS];
  const safeAttributes = component ? component.attributes : SAFE_ELEMENTS[name];
  if (!safeAttributes) {
    const allowed = [...Object.keys(CONTENT_COMPONENTS), ...Object.keys(SAFE_ELEMENTS)].join(", ");
    report(node, label, `${label} is not an allowed element or content component; allowed: ${allowed}`);
    return;
  }
  const allowedAttributes = new Set<string>([...safeAttributes, ...(component ? [] : GLOBAL_ATTRIBUTES)]);
  for (const attribute of node.attributes) {
    if (attribute.type === "mdxJsxExpressionAttribute") {
      report(attribute, label, "spread attributes ({...x}) run code and are not allowed in content");
      continue;
    }
    const attributeLabel = `${label} ${attribute.name}`;
    if (/^on/i.test(attribute.name)) {
      report(attribute, attributeLabel, "event handler attributes (on…) are not allowed in content");
      continue;
    }
    if (!allowedAttributes.has(attribute.name)) {
      const list = [...allowedAttributes].join(", ") || "none";
      report(attribute, attributeLabel, `the attribute "${attribute.name}" is not allowed on ${label}; allowed: ${list}`);
      continue;
    }
    if (attribute.value !== null && typeof attribute.value === "object") {
      report(attribute, attributeLabel, "attribute values must be plain text in quotes; {expressions} run code and are not allowed");
      continue;
    }
    if (typeof attribute.value === "string" && URL_ATTRIBUTES.has(attribute.name) && !isAllowedUrl(attribute.value)) {
      report(attribute, attributeLabel, `addresses may only use http, https or mailto; found a "${urlScheme(attribute.value)}:" address`);
    }
  }
}
