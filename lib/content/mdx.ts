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
    return { ok: false, problems: [syntaxProblem(error, body)] };
  }
  const problems = checkTreeLimits(mdast);
  if (problems.length === 0) problems.push(...checkMdxTree(mdast));
  if (problems.length > 0) return { ok: false, problems };
  const { links, problems: linkProblems } = collectLinks(mdast, body);

  const tree = (await toHtmlTree.run(mdast, file)) as HastRoot;
  stripPositions(tree);
  return { ok: true, tree, links, problems: linkProblems };
}

type Point = { line: number; column: number; offset?: number };

/**
 * MDX's parser errors, said so that an editor can act on them, at the place to change. The
 * parser's own words name other places by their position in the body, which is not the file's
 * line (the frontmatter comes first), so those are dropped and the problem points there instead;
 * its advice to write comments as `{/* text *\/}` is dropped too, since the check refuses
 * expressions.
 */
function syntaxProblem(error: unknown, body: string): TreeProblem {
  const { reason: raw, place, ruleId } = error as { reason?: string; place?: Point | { start?: Point }; ruleId?: string };
  const reason = (raw ?? (error instanceof Error ? error.message : String(error))).replace(/\s*\(note: to create a comment in MDX, use `[^`]*`\)/, "");
  const at = (place && "start" in place ? place.start : (place as Point | undefined)) ?? { line: 1, column: 1 };
  const problem = (point: Point, message: string): TreeProblem => ({ line: point.line, column: point.column, field: "MDX", message });

  const unclosed = /^Expected a closing tag for `(<[^`]+>)` \((\d+):(\d+)-\d+:\d+\)/.exec(reason);
  if (unclosed) {
    const [, tag, line, column] = unclosed;
    const name = /^<([^\s>/]*)/.exec(tag)![1];
    const where = /before the end of `paragraph`/.test(reason) ? "before its paragraph ends" : "where it ends";
    return problem({ line: Number(line), column: Number(column) }, `${tag} is never closed: add </${name}> ${where}, or write a literal < as \\<`);
  }
  if ((ruleId === "unexpected-character" || ruleId === "unexpected-eof") && /before name/.test(reason)) {
    const opener = tagOpener(body, at.offset);
    const where = opener === undefined ? at : pointAt(body, opener);
    if (opener !== undefined && body.startsWith("<!--", opener)) {
      return problem(where, "<!-- --> comments are not allowed in an essay: delete the comment (a note for other editors belongs in the pull request)");
    }
    return problem(where, "a < that does not start a tag: write a literal < as \\< (for example \\<5%)");
  }
  if (ruleId === "unexpected-eof" && /closing brace/.test(reason)) {
    const brace = unclosedBrace(body, at.offset ?? body.length);
    if (brace) return problem(brace, "a { with no closing }: write a literal { as \\{ (curly braces are MDX's code, which the check does not allow)");
  }
  return problem(at, `the text could not be read as MDX: ${reason.replace(/ \(\d+:\d+-\d+:\d+\)/g, "")}. A literal < or { must be written as \\< or \\{`);
}

/** The { that the parser was still inside when the text ended: the first one left open, skipping \{ and code spans. */
function unclosedBrace(body: string, end: number): Point | undefined {
  const open: number[] = [];
  let inCode = false;
  for (let index = 0; index < Math.min(end, body.length); index++) {
    const character = body[index];
    if (character === "\\") index++;
    else if (character === "`") inCode = !inCode;
    else if (!inCode && character === "{") open.push(index);
    else if (!inCode && character === "}") open.pop();
  }
  return open.length === 0 ? undefined : pointAt(body, open[0]);
}

/**
 * The < whose tag the parser gave up on at `offset`: MDX lets spaces, line breaks and a / come
 * between the < and the name, so the character it refused may be lines below the <.
 */
function tagOpener(body: string, offset: number | undefined): number | undefined {
  if (offset === undefined) return undefined;
  let index = offset - 1;
  while (index >= 0 && /[\s/]/.test(body[index])) index--;
  return body[index] === "<" ? index : undefined;
}

/** The line and column, in the body, of the character at `index`. */
function pointAt(body: string, index: number): Point {
  const before = body.slice(0, index);
  return { line: before.split("\n").length, column: index - (before.lastIndexOf("\n") + 1) + 1 };
}

/** Positions are for error messages; the cached, rendered tree does not need them. */
function stripPositions(tree: HastRoot) {
  visit(tree, (node) => {
    delete node.position;
  });
}
