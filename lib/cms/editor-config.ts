import type { z } from "zod";
import { type FieldType, type FrontmatterField, frontmatterFields } from "../content/frontmatter-fields";
import { articleImagesPath, REPOSITORY_LAYOUT } from "../content/repository-layout";
import { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "../content/schema";
import { ENTRY_FORMAT } from "./entry-file";

/**
 * The browser editor's configuration (Decap CMS's config.yml), made from the
 * content schema, so every field the check accepts is in the form with the
 * widget, required-ness and default the schema gives it, and nothing else is.
 *
 * Choices the schema cannot express are the tables below: which slug lists
 * name which collection, which texts are long enough for a text area, and the
 * labels. A new essay starts as a draft; that is the one default the form does
 * not take from the schema (whose default, `draft: false`, suits a file
 * written by hand that simply leaves the line out).
 */

/** Where the sign-in popup is served (issue 27's handshake), relative to `base_url`. */
export const GITHUB_AUTH_ENDPOINT = "api/cms-auth/auth";

export interface EditorConfigOptions {
  /** The site's public address (SITE_URL): the sign-in handshake lives there. */
  siteUrl: string;
  /** The GitHub repository, owner/name (CMS_GITHUB_REPO); without it the hosted editor cannot sign in. */
  githubRepo?: string;
  /** The branch every essay's pull request goes into. */
  branch?: string;
}

type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** Each list of slugs names the files of one collection. */
export const RELATION_COLLECTIONS: Record<string, "authors" | "topics"> = { authors: "authors", topics: "topics" };

/** Texts a writer types more than a line of. */
export const LONG_TEXT_FIELDS = new Set(["summary", "contentNote", "description"]);

const LABELS: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  published: "Published",
  updated: "Updated",
  authors: "Authors",
  topics: "Topics",
  section: "Section",
  originalUrl: "Originally published at",
  canonical: "Canonical address",
  sentenceCaseTitle: "Title in sentence case (for citations)",
  contentNote: "Content note",
  draft: "Draft",
  name: "Name",
  description: "Description",
  links: "Links",
  label: "Label",
  url: "Address",
  exitUrl: "“Exit this page” address",
};

/** The field's value as a YYYY-MM-DD string, the form the schema and the site read. */
const DATE_WIDGET = { widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false, picker_utc: true };

/** The check's own words for an address that is not https. */
const HTTPS_PATTERN = ["^https://\\S+$", "expected an https:// address"];

/** An image with no description fails the check; the form says so before saving. */
export const IMAGE_ALT_PATTERN = ["^(?![\\s\\S]*!\\[\\s*\\]\\()", "every image needs a description of what it shows (its alt text)"];

/**
 * Where the schema's description speaks of files and slugs, the form speaks of what a writer
 * picks; every other field's hint is the schema's own description.
 */
const HINTS: Record<string, string> = {
  authors: "Pick each author by name. An author who is not listed yet is added under Authors first.",
  topics: "Pick the essay's topics by name.",
  draft: "On: the essay is not published, even once its pull request is merged. Switch it off when the essay is ready.",
  links: "The author's own pages, each with a label and an https:// address.",
};

function label(key: string): string {
  return LABELS[key] ?? key;
}

function hint(field: FrontmatterField): string | undefined {
  return HINTS[field.key] ?? field.description?.replace(/`/g, "");
}

/** The form field for one frontmatter field. */
export function formField(field: FrontmatterField, overrides: { default?: unknown } = {}): DecapField {
  const base: DecapField = { name: field.key, label: label(field.key), ...widgetFor(field.key, field.type), required: field.required };
  const fieldHint = hint(field);
  if (fieldHint) base.hint = fieldHint;
  const defaultValue = "default" in overrides ? overrides.default : field.default;
  if (defaultValue !== undefined) base.default = defaultValue;
  return base;
}

function widgetFor(key: string, type: FieldType): { widget: string } & Record<string, unknown> {
  switch (type.kind) {
    case "text":
      return { widget: LONG_TEXT_FIELDS.has(key) ? "text" : "string" };
    case "date":
      return { ...DATE_WIDGET };
    case "address":
      return { widget: "string", pattern: HTTPS_PATTERN };
    case "boolean":
      return { widget: "boolean" };
    case "slug":
      throw new Error(`the frontmatter field ${key} is a single slug; the editor has no widget for one yet`);
    case "fields":
      return { widget: "object", fields: type.fields.map((field) => formField(field)) };
    case "list": {
      if (type.item.kind === "slug") {
        const collection = RELATION_COLLECTIONS[key];
        if (!collection) throw new Error(`the frontmatter field ${key} is a list of slugs; say in RELATION_COLLECTIONS which collection its slugs name`);
        return {
          widget: "relation",
          collection,
          value_field: "{{slug}}",
          search_fields: ["name"],
          display_fields: ["name"],
          multiple: true,
          // Every author and topic, not the first twenty: the writer picks from the whole list.
          options_length: 10_000,
          ...(type.minItems ? { min: type.minItems } : {}),
        };
      }
      if (type.item.kind === "fields") return { widget: "list", fields: type.item.fields.map((field) => formField(field)) };
      throw new Error(`the frontmatter field ${key} is a list of ${type.item.kind}; the editor has no widget for it yet`);
    }
  }
}

function fieldsFor(schema: z.ZodObject, defaults: Record<string, unknown> = {}): DecapField[] {
  return frontmatterFields(schema).map((field) => formField(field, field.key in defaults ? { default: defaults[field.key] } : {}));
}

function bodyField(bodyLabel: string, hintText: string, editorComponents: string[]): DecapField {
  return {
    name: "body",
    label: bodyLabel,
    widget: "markdown",
    hint: hintText,
    required: false,
    buttons: ["bold", "italic", "code", "link", "heading-two", "heading-three", "heading-four", "quote", "bulleted-list", "numbered-list"],
    editor_components: editorComponents,
    pattern: IMAGE_ALT_PATTERN,
  };
}

/** Merging and deleting happen only in review, never from the editor. */
const REVIEWED = { publish: false, delete: false } as const;

export function editorConfig(options: EditorConfigOptions) {
  const branch = options.branch ?? "main";
  return {
    backend: {
      name: "github",
      ...(options.githubRepo ? { repo: options.githubRepo } : {}),
      branch,
      base_url: options.siteUrl,
      auth_endpoint: GITHUB_AUTH_ENDPOINT,
      squash_merges: true,
    },
    publish_mode: "editorial_workflow",
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    locale: "en",
    // Decap wants a default; every collection below names its own.
    media_folder: `${REPOSITORY_LAYOUT.publicDir}/images`,
    public_folder: "/images",
    // Slugs as the site's file names are: lowercase ASCII words joined by hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    collections: [
      {
        name: "articles",
        label: "Essays",
        label_singular: "Essay",
        description: "Each essay is a pull request: save it, and an editor reviews and publishes it.",
        folder: REPOSITORY_LAYOUT.articles,
        extension: "mdx",
        format: ENTRY_FORMAT,
        create: true,
        ...REVIEWED,
        slug: "{{slug}}",
        identifier_field: "title",
        summary: "{{title}}",
        sortable_fields: ["published", "title"],
        preview_path: "articles/{{slug}}",
        media_folder: `/${REPOSITORY_LAYOUT.publicDir}${articleImagesPath("{{slug}}")}`,
        public_folder: articleImagesPath("{{slug}}"),
        fields: [
          ...fieldsFor(ArticleFrontmatter, { draft: true }),
          bodyField("Essay", "Footnotes: a marker[^1] in the text and a line “[^1]: the note” at the end. Action steps: the Action steps block.", ["image", "action-steps"]),
        ],
      },
      {
        name: "authors",
        label: "Authors",
        label_singular: "Author",
        folder: REPOSITORY_LAYOUT.authors,
        extension: "mdx",
        format: ENTRY_FORMAT,
        create: true,
        ...REVIEWED,
        slug: "{{slug}}",
        identifier_field: "name",
        summary: "{{name}}",
        fields: [...fieldsFor(AuthorFrontmatter), bodyField("Bio", "A few sentences about the author, shown on their page.", [])],
      },
      {
        name: "topics",
        label: "Topics",
        label_singular: "Topic",
        folder: REPOSITORY_LAYOUT.topics,
        extension: "mdx",
        format: ENTRY_FORMAT,
        create: true,
        ...REVIEWED,
        slug: "{{slug}}",
        identifier_field: "name",
        summary: "{{name}}",
        fields: [...fieldsFor(TopicFrontmatter), bodyField("Introduction", "Optional: a few sentences that introduce the topic on its page.", [])],
      },
      {
        name: "collective",
        label: "The collective",
        ...REVIEWED,
        files: [
          {
            name: "collective",
            label: "The collective's page",
            file: REPOSITORY_LAYOUT.collective,
            format: ENTRY_FORMAT,
            fields: [...fieldsFor(CollectiveFrontmatter), bodyField("Page", "The collective's page: who you are and what you do.", [])],
          },
        ],
      },
    ],
  };
}

export type EditorConfig = ReturnType<typeof editorConfig>;
