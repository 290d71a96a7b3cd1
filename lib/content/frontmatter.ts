import matter from "gray-matter";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { ContentProblem } from "./problems";

/**
 * Splits a file into frontmatter and body and parses the frontmatter as plain
 * YAML data, keeping positions so that problems can point into the file.
 *
 * gray-matter ships engines that evaluate JavaScript (`---js`), so every engine
 * but YAML is replaced by one that refuses, and YAML itself is parsed by the
 * `yaml` package with the core schema: no tags that build functions, dates or
 * other non-data values.
 */

export interface ParsedFrontmatter {
  data: unknown;
  body: string;
  /** Number of lines before the body, to turn body positions into file positions. */
  bodyLineOffset: number;
  /** Finds the file position of a frontmatter path, falling back to the opening fence. */
  locate(path: readonly PropertyKey[], part?: "key" | "value"): { line: number; column: number };
}

class RefusedEngine extends Error {}

function refuse(language: string) {
  return () => {
    throw new RefusedEngine(
      `frontmatter must be YAML between two lines of ---; "---${language}" frontmatter is not allowed`,
    );
  };
}

const refusedEngines = Object.fromEntries(
  ["js", "javascript", "coffee", "coffeescript", "cson", "json", "toml"].map((language) => [language, refuse(language)]),
);

export function parseFrontmatter(source: string, file: string): ParsedFrontmatter | ContentProblem[] {
  const atFile = (message: string, line = 1, column = 1): ContentProblem[] => [{ file, line, column, message }];

  if (!/^---[ \t]*\r?\n/.test(source)) {
    const language = /^---([a-z]+)/i.exec(source)?.[1];
    return atFile(
      language
        ? `frontmatter must be YAML between two lines of ---; "---${language}" frontmatter is not allowed`
        : "expected the file to start with frontmatter: a line of ---, the fields, and another line of ---",
    );
  }

  let split: matter.GrayMatterFile<string>;
  try {
    split = matter(source, {
      language: "yaml",
      engines: {
        ...refusedEngines,
        // The data is parsed below with positions; gray-matter only splits.
        yaml: () => ({}),
      },
    });
  } catch (error) {
    return atFile(error instanceof Error ? error.message : String(error));
  }

  const raw = split.matter;
  if (!source.endsWith(split.content) || raw === undefined) {
    return atFile("expected the frontmatter to be closed by a line of ---");
  }
  const closed = source.slice(0, source.length - split.content.length);
  if (!/\n---[ \t]*(\r?\n|$)/.test(closed)) {
    return atFile("expected the frontmatter to be closed by a line of ---");
  }

  const lineCounter = new LineCounter();
  // `raw` starts right after the opening ---, so its line 1 is the fence line
  // and its line numbers are the file's.
  const doc = parseDocument(raw, { schema: "core", lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ContentProblem[] = [];
  const lines = raw.split("\n");
  const reported = new Set<number>();
  for (const error of [...doc.errors, ...doc.warnings]) {
    const position = lineCounter.linePos(error.pos[0]);
    // One slip often makes the parser complain several times about the same line; the first says it.
    if (reported.has(position.line)) continue;
    reported.add(position.line);
    const tag = /Unresolved tag: (\S+)/.exec(error.message)?.[1];
    if (tag) {
      const message = `frontmatter may only hold plain text, numbers, true/false, dates and lists; the YAML tag ${tag.replace("tag:yaml.org,2002:", "!!")} is not allowed`;
      problems.push({ file, line: position.line, column: position.col, message });
      continue;
    }
    problems.push({ file, line: position.line, column: position.col, ...yamlSlip(error.code, error.message.split("\n")[0], lines[position.line - 1] ?? "") });
  }
  if (problems.length > 0) return problems;

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 20 });
  } catch (error) {
    return atFile(`frontmatter could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (data === null || data === undefined) data = {};

  function locate(path: readonly PropertyKey[], part: "key" | "value" = "value") {
    let node: unknown = doc.contents;
    let keyNode: YamlNode | undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
        if (!pair) break;
        keyNode = pair.key as YamlNode;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === "number") {
        node = node.items[segment];
        keyNode = node as YamlNode;
      } else {
        break;
      }
    }
    const target = (part === "key" ? keyNode : (node as YamlNode | null) ?? keyNode) ?? keyNode;
    const offset = target?.range?.[0];
    if (offset === undefined) return { line: 1, column: 1 };
    const position = lineCounter.linePos(offset);
    return { line: position.line, column: position.col };
  }

  return {
    data,
    body: split.content,
    bodyLineOffset: closed.split("\n").length - 1,
    locate,
  };
}

/**
 * The YAML slips an editor makes, said with the field they are on and how to fix them; any other
 * error keeps the parser's words. `line` is the text of the line the parser stopped at.
 */
function yamlSlip(code: string, parserMessage: string, line: string): { field?: string; message: string } {
  const field = /^\s*([A-Za-z][\w-]*)\s*:/.exec(line)?.[1];
  if (field && code === "BLOCK_AS_IMPLICIT_KEY" && /^Nested mappings/.test(parserMessage)) {
    const value = line.slice(line.indexOf(":") + 1).trim();
    return { field, message: `the value holds ": ", which YAML reads as the start of another field; put the whole value in double quotes: ${field}: "${value.replaceAll('"', '\\"')}"` };
  }
  if (field && code === "DUPLICATE_KEY") return { field, message: `written a second time; keep one ${field} line` };
  return { field, message: `frontmatter is not valid YAML: ${parserMessage}${field ? "" : " (check this line's indentation: a list item is written as two spaces, a dash and the value)"}` };
}
