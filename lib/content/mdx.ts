import { createProcessor, nodeTypes } from "@mdx-js/mdx";
import type { Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { VFile } from "vfile";
import { checkTreeLimits } from "./limits";
import { type BodyLink, collectLinks } from "./mdx-links";
import { checkMdxTree, type TreeProblem } from "./mdx-safety";
import { rehypeActionSteps } from "./rehype-action-steps";
import { rehypeContentElements } from "./rehype-content-elements";
import { remarkTypography } from "./typography";

/**
 * Turns an MDX body into a checked hast tree: plain data, never JavaScript.
 *
 * MDX's usual path compiles a file to a program and evaluates it, which would
 * let any pull request run code on the build machine or in readers' browsers.
 * Here `@mdx-js/mdx` only parses (MDX syntax plus GFM footnotes and tables),
 * the tree is checked against an allowlist, and the rest of the pipeline is
 * unified's Markdown-to-HTML path, which first sets the text in true
 * typography (curly quotes, dashes, ellipses; see typography.ts). Pages
 * render the tree with a fixed component map, so there is no `evaluate` and no
 * `new Function` to escape from, and the tree can be cached by the file's
 * content hash.
 */

// `createProcessor` wires the MDX and GFM syntax extensions into the parser; we
// use its `parse` and stop before its compile stages.
const parser = createProcessor({ format: "mdx", remarkPlugins: [remarkGfm] });

const toHtmlTree = unified()
  .use(remarkTypography)
  .use(remarkRehype, {
    passThrough: [...nodeTypes],
    footnoteLabel: "Notes",
    footnoteLabelTagName: "h2",
    footnoteLabelProperties: { className: ["footnotes-label"] },
    footnoteBackLabel: (referenceIndex: number, rereferenceIndex: number) =>
      `Back to reference ${referenceIndex + 1}${rereferenceIndex > 1 ? `-${rereferenceIndex}` : ""}`,
  })
  .use(rehypeContentElements)
  .use(rehypeSlug)
  .use(rehypeActionSteps)
  .freeze();

/**
 * `ok` means the body can be rendered safely. It may still carry problems that
 * do not stop rendering (a broken footnote or link), which fail the check but
 * let the rest of the site be checked against this file.
 */
export type CompiledBody = { ok: true; tree: HastRoot; links: BodyLink[]; problems: TreeProblem[] } | { ok: false; problems: TreeProblem[] };

export async function compileBody(body: string, displayPath: string): Promise<CompiledBody> {
  const file = new VFile({ value: body, path: displayPath });
  let mdast: MdastRoot;
  try {
    mdast = parser.parse(file) as MdastRoot;
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(error)] };
  }
  const problems = checkTreeLimits(mdast);
  if (problems.length === 0) problems.push(...checkMdxTree(mdast));
  if (problems.length > 0) return { ok: false, problems };
  const { links, problems: linkProblems } = collectLinks(mdast, body);

  const tree = (await toHtmlTree.run(mdast, file)) as HastRoot;
  stripPositions(tree);
  return { ok: true, tree, links, problems: linkProblems };
}

function syntaxProblem(error: unknown): TreeProblem {
  const place = (error as { place?: { line?: number; column?: number; start?: { line: number; column: number } } }).place;
  const start = place && "start" in place && place.start ? place.start : place;
  const reason = (error as { reason?: string }).reason ?? (error instanceof Error ? error.message : String(error));
  return {
    line: start?.line ?? 1,
    column: start?.column ?? 1,
    field: "MDX",
    message: `the text could not be read as MDX: ${reason}. A literal < or { must be written as \\< or \\{`,
  };
}

/** Positions are for error messages; the cached, rendered tree does not need them. */
function stripPositions(tree: HastRoot) {
  visit(tree, (node) => {
    delete node.position;
  });
}
