import type { Root as MdastRoot } from "mdast";
import type { TreeProblem } from "./mdx-safety";

/**
 * Limits on what one file may hold, far above anything a real essay uses, so
 * that no file can make the check or the build run out of stack or time.
 * docs/editing.md lists them; each message names its limit and what to do.
 */
export const LIMITS = {
  /** Bytes in one file. The longest essay today is about 11 KB. */
  fileBytes: 1_000_000,
  /** Characters on one line: a whole paragraph on one line is fine. */
  lineCharacters: 20_000,
  /** Quotes and lists inside one another, counted together. */
  containerDepth: 20,
  /** Columns of indentation at the start of a line. */
  indentColumns: 100,
  /** Square or curly brackets inside one another on one line (in the text or the frontmatter). */
  bracketDepth: 20,
  /** Characters that open emphasis, brackets or HTML on one line: the parser's time grows with their square. */
  markupPerLine: 1_000,
  /** `*`, `_` or `~` in a row. */
  emphasisRun: 20,
  /** Elements of any kind inside one another (quotes, lists, emphasis, links, HTML). */
  treeDepth: 60,
  /** Footnotes in one file. */
  footnotes: 1_000,
} as const;

type LineProblem = { line: number; column: number; message: string };

/**
 * Checks the text before it is parsed: the Markdown parser takes time that
 * grows with the square of some nestings, and runs out of stack on others.
 * One pass over each line's start, and a character scan only of lines that
 * hold brackets or emphasis markers.
 */
export function checkTextLimits(text: string): LineProblem[] {
  const problems: LineProblem[] = [];
  // The first line over each limit is enough to act on; the rest would be noise.
  const reported = new Set<string>();
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const at = (kind: string, column: number, message: string) => {
      if (!reported.has(kind)) problems.push({ line: index + 1, column, message });
      reported.add(kind);
    };
    if (line.length > LIMITS.lineCharacters) {
      at("line", LIMITS.lineCharacters + 1, `the line is ${line.length.toLocaleString("en")} characters long; the limit is ${LIMITS.lineCharacters.toLocaleString("en")}. Break it into paragraphs`);
      continue;
    }
    const prefix = /^[ \t>*+\-0-9.)]*/.exec(line)![0];
    if (prefix.length > 0) {
      const markers = (prefix.match(/>|(?:^|[ \t>])(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)/g) ?? []).length;
      if (markers > LIMITS.containerDepth) {
        at("containers", 1, `quotes and lists are nested ${markers} deep; the limit is ${LIMITS.containerDepth}`);
        continue;
      }
      const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, "    ").length;
      if (indent > LIMITS.indentColumns) {
        at("indent", 1, `the line is indented ${indent} columns; the limit is ${LIMITS.indentColumns} (lists nested about ${Math.floor(LIMITS.indentColumns / 4)} deep)`);
        continue;
      }
    }
    const markup = line.length > LIMITS.markupPerLine ? (line.match(/[*_~<[{]/g) ?? []).length : 0;
    if (markup > LIMITS.markupPerLine) {
      at("markup", 1, `the line holds ${markup.toLocaleString("en")} of the characters * _ ~ < [ {; the limit is ${LIMITS.markupPerLine.toLocaleString("en")}. Break it into paragraphs, or write them as \\* \\_ \\~ \\< \\[ \\{`);
      continue;
    }
    const run = /([*_~])\1{20,}/.exec(line);
    // A line of nothing but the marker is a horizontal rule, however long.
    if (run && run[0].length > LIMITS.emphasisRun && line.replace(/[ \t]/g, "").replaceAll(run[1], "") !== "") {
      at("emphasis", run.index + 1, `${run[0].length} ${run[1]} characters in a row; the limit is ${LIMITS.emphasisRun}. Emphasis nests at most a few deep; write a literal ${run[1]} as \\${run[1]}`);
      continue;
    }
    if (line.includes("[") || line.includes("{")) {
      let depth = 0;
      for (let column = 0; column < line.length; column++) {
        const character = line[column];
        if (character === "\\") column++;
        else if ((character === "[" || character === "{") && ++depth > LIMITS.bracketDepth) {
          at("brackets", column + 1, `brackets are nested more than ${LIMITS.bracketDepth} deep; the limit is ${LIMITS.bracketDepth}. Write a literal ${character} as \\${character}`);
          break;
        } else if ((character === "]" || character === "}") && depth > 0) depth--;
      }
    }
  }
  return problems;
}

const NAMES: Record<string, string> = {
  blockquote: "quotes",
  list: "lists",
  emphasis: "emphasis",
  strong: "emphasis",
  delete: "emphasis",
  link: "links",
  linkReference: "links",
  mdxJsxFlowElement: "HTML elements",
  mdxJsxTextElement: "HTML elements",
};

/**
 * Checks the parsed tree before anything walks it recursively: turning
 * Markdown into HTML recurses once per level. Walks with its own stack.
 */
export function checkTreeLimits(tree: MdastRoot): TreeProblem[] {
  type Node = { type: string; children?: Node[]; position?: { start: { line: number; column: number } } };
  const stack: { node: Node; depth: number }[] = [{ node: tree as Node, depth: 0 }];
  let footnotes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node.type === "footnoteDefinition" && ++footnotes === LIMITS.footnotes + 1) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      return [{ ...start, field: "footnotes", message: `more than ${LIMITS.footnotes.toLocaleString("en")} footnotes; the limit is ${LIMITS.footnotes.toLocaleString("en")}. Split the essay` }];
    }
    if (depth > LIMITS.treeDepth) {
      const start = node.position?.start ?? { line: 1, column: 1 };
      const what = NAMES[node.type] ?? "elements";
      return [{ ...start, field: "nesting", message: `${what} and other elements are nested more than ${LIMITS.treeDepth} deep; the limit is ${LIMITS.treeDepth}` }];
    }
    for (const child of node.children ?? []) stack.push({ node: child, depth: depth + 1 });
  }
  return [];
}
