import { z } from "zod";

/**
 * What each frontmatter field is, read from the zod schema: its kind of value,
 * whether it is required, its default and its description. The docs'
 * reference tables (frontmatter-reference.ts) and the browser editor's form
 * (lib/cms/editor-config.ts) are both made from this, so neither can drift
 * from what the check accepts.
 */

export type FieldType =
  | { kind: "text" | "date" | "slug" | "address" | "boolean" }
  | { kind: "list"; item: FieldType; minItems?: number }
  | { kind: "fields"; fields: FrontmatterField[] };

export interface FrontmatterField {
  key: string;
  type: FieldType;
  required: boolean;
  default?: unknown;
  description?: string;
}

interface JsonSchemaProperty {
  type?: string;
  pattern?: string;
  format?: string;
  description?: string;
  default?: unknown;
  minItems?: number;
  items?: JsonSchemaProperty;
  properties?: Record<string, JsonSchemaProperty>;
  required?: string[];
}

export function frontmatterFields(schema: z.ZodObject): FrontmatterField[] {
  return fieldsOf(z.toJSONSchema(schema, { io: "input" }) as JsonSchemaProperty);
}

function fieldsOf(object: JsonSchemaProperty): FrontmatterField[] {
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([key, property]) => ({
    key,
    type: typeOf(property),
    required: required.has(key),
    ...(property.default !== undefined ? { default: property.default } : {}),
    ...(property.description !== undefined ? { description: property.description } : {}),
  }));
}

function typeOf(property: JsonSchemaProperty): FieldType {
  if (property.type === "array") return { kind: "list", item: typeOf(property.items ?? {}), ...(property.minItems ? { minItems: property.minItems } : {}) };
  if (property.type === "object") return { kind: "fields", fields: fieldsOf(property) };
  if (property.type === "boolean") return { kind: "boolean" };
  if (property.pattern?.includes("\\d{4}")) return { kind: "date" };
  if (property.pattern?.includes("[a-z0-9]")) return { kind: "slug" };
  if (property.format === "uri") return { kind: "address" };
  if (property.type === "string") return { kind: "text" };
  throw new Error(`a frontmatter field of JSON schema type ${property.type ?? "unknown"} has no kind; add it to frontmatter-fields.ts`);
}
