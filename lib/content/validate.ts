import type { z } from "zod";
import type { ParsedFrontmatter } from "./frontmatter";
import { type ContentProblem, describeValue, didYouMean } from "./problems";

/**
 * Validates parsed frontmatter against a schema and turns every zod issue into
 * a located problem that says what was expected and what was found.
 */
export function validateFrontmatter<Schema extends z.ZodObject>(
  schema: Schema,
  parsed: ParsedFrontmatter,
  file: string,
): { ok: true; value: z.infer<Schema> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(parsed.data);
  if (result.success) return { ok: true, value: result.data };

  const knownKeys = Object.keys(schema.shape);
  const problems: ContentProblem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file,
          ...parsed.locate(path, "key"),
          field: fieldName(path),
          message: `unknown field${didYouMean(key, knownKeys)}; expected one of: ${knownKeys.join(", ")}`,
        });
      }
      continue;
    }
    if (issue.code === "invalid_type" && issue.path.length === 0) {
      problems.push({ file, line: 1, column: 1, field: "frontmatter", message: "expected fields like title: …, one per line" });
      continue;
    }
    const found = valueAt(parsed.data, issue.path);
    const message = issue.message.includes("found") ? issue.message : `${issue.message}, found ${describeValue(found)}`;
    problems.push({
      file,
      ...parsed.locate(issue.path),
      field: fieldName(issue.path),
      message: found === undefined && issue.code === "invalid_type" ? `missing; ${issue.message}` : message,
    });
  }
  return { ok: false, problems };
}

/** A field as the check names it everywhere: authors[0], links[1].url. */
function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((name, segment) => (typeof segment === "number" ? `${name}[${segment}]` : name ? `${name}.${String(segment)}` : String(segment)), "");
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}
