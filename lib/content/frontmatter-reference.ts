import { z } from "zod";
import { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "./schema";

/**
 * The frontmatter reference tables in docs/editing.md, generated from the zod
 * schemas so the documentation cannot drift from what the check accepts.
 */

interface JsonSchemaProperty {
  type?: string;
  pattern?: string;
  format?: string;
  description?: string;
  default?: unknown;
  items?: JsonSchemaProperty;
}

function describeType(property: JsonSchemaProperty): string {
  if (property.type === "array") {
    const item = describeType(property.items ?? {});
    return item === "slug" ? "list of slugs" : `list of ${item}`;
  }
  if (property.type === "boolean") return "true or false";
  if (property.type === "object") return "fields";
  if (property.pattern?.includes("\\d{4}")) return "date (2020-06-17)";
  if (property.pattern?.includes("[a-z0-9]")) return "slug";
  if (property.format === "uri") return "https:// address";
  if (property.type === "string") return "text";
  return property.type ?? "value";
}

export function frontmatterTable(schema: z.ZodObject): string {
  const json = z.toJSONSchema(schema, { io: "input" }) as { properties: Record<string, JsonSchemaProperty>; required?: string[] };
  const required = new Set(json.required ?? []);
  const rows = Object.entries(json.properties).map(([key, property]) => {
    const need = required.has(key) ? "yes" : property.default !== undefined ? `no (default ${JSON.stringify(property.default)})` : "no";
    return `| \`${key}\` | ${need} | ${describeType(property)} | ${property.description ?? ""} |`;
  });
  return ["| field | required | type | what it is |", "| --- | --- | --- | --- |", ...rows].join("\n");
}

export const REFERENCE_SECTIONS = [
  { marker: "article", schema: ArticleFrontmatter },
  { marker: "author", schema: AuthorFrontmatter },
  { marker: "topic", schema: TopicFrontmatter },
  { marker: "collective", schema: CollectiveFrontmatter },
] as const;

/** Replaces the text between `<!-- frontmatter:NAME -->` and `<!-- /frontmatter:NAME -->` with each generated table. */
export function withGeneratedTables(markdown: string): string {
  let result = markdown;
  for (const { marker, schema } of REFERENCE_SECTIONS) {
    const pattern = new RegExp(`(<!-- frontmatter:${marker} -->\\n)[\\s\\S]*?(<!-- /frontmatter:${marker} -->)`);
    if (!pattern.test(result)) throw new Error(`docs/editing.md has no <!-- frontmatter:${marker} --> … <!-- /frontmatter:${marker} --> section`);
    result = result.replace(pattern, `$1${frontmatterTable(schema)}\n$2`);
  }
  return result;
}
