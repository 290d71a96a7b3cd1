import type { z } from "zod";
import { type FieldType, frontmatterFields } from "./frontmatter-fields";
import { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "./schema";

/**
 * The frontmatter reference tables in docs/editing.md, generated from the zod
 * schemas so the documentation cannot drift from what the check accepts.
 */

function describeType(type: FieldType): string {
  switch (type.kind) {
    case "list": {
      const item = describeType(type.item);
      return item === "slug" ? "list of slugs" : `list of ${item}`;
    }
    case "boolean":
      return "true or false";
    case "fields":
      return "fields";
    case "date":
      return "date (2020-06-17)";
    case "address":
      return "https:// address";
    default:
      return type.kind;
  }
}

export function frontmatterTable(schema: z.ZodObject): string {
  const rows = frontmatterFields(schema).map((field) => {
    const need = field.required ? "yes" : field.default !== undefined ? `no (default ${JSON.stringify(field.default)})` : "no";
    return `| \`${field.key}\` | ${need} | ${describeType(field.type)} | ${field.description ?? ""} |`;
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
