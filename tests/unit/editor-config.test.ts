import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";
import { editorConfig, RELATION_COLLECTIONS } from "@/lib/cms/editor-config";
import { editorConfigYaml } from "@/lib/cms/editor-config-file";
import { ENTRY_FORMAT } from "@/lib/cms/entry-file";
import { REPOSITORY_LAYOUT } from "@/lib/content/repository-layout";
import { ArticleFrontmatter, AuthorFrontmatter, CollectiveFrontmatter, TopicFrontmatter } from "@/lib/content/schema";

/**
 * The editor's form cannot drift from the schema: every field the check
 * accepts is in it, with the widget its kind of value needs, the schema's
 * required-ness and default, and nothing the check would refuse. This reads
 * the schema through zod's own JSON schema, not through the code that makes
 * the form, so a mistake in that code shows here.
 */

type Field = Record<string, unknown> & { name: string; widget: string; required?: boolean; default?: unknown; fields?: Field[] };
type Collection = { name: string; folder?: string; files?: { file: string; fields: Field[] }[]; fields?: Field[]; format?: string; publish?: boolean; delete?: boolean; extension?: string };

const config = editorConfig({ siteUrl: "https://reframe.example", githubRepo: "reframe/site" }) as unknown as { collections: Collection[]; backend: Record<string, unknown>; publish_mode: string };
const collection = (name: string) => config.collections.find((candidate) => candidate.name === name)!;
const fieldsOf = (name: string) => collection(name).fields ?? collection(name).files![0].fields;

interface JsonProperty {
  type?: string;
  pattern?: string;
  format?: string;
  default?: unknown;
  minItems?: number;
  items?: JsonProperty;
  properties?: Record<string, JsonProperty>;
  required?: string[];
}

/** What a form field must be for one property of the schema. */
function expectFieldMatches(field: Field | undefined, key: string, property: JsonProperty, required: boolean, expectedDefault: unknown) {
  expect(field, `${key} is in the form`).toBeDefined();
  expect(field!.required ?? true, `${key} required`).toBe(required);
  expect(field!.default, `${key} default`).toEqual(expectedDefault);
  if (property.type === "boolean") {
    expect(field!.widget, key).toBe("boolean");
  } else if (property.type === "array" && property.items?.type === "object") {
    expect(field!.widget, key).toBe("list");
    expectFieldsMatch(field!.fields!, property.items);
  } else if (property.type === "array") {
    // A list of slugs: picked by name from the collection whose files they name.
    expect(field!.widget, key).toBe("relation");
    expect(field).toMatchObject({ multiple: true, value_field: "{{slug}}", display_fields: ["name"] });
    expect(collection(field!.collection as string).folder).toBe(REPOSITORY_LAYOUT[RELATION_COLLECTIONS[key]]);
    expect(field!.min, `${key} min`).toBe(property.minItems);
  } else if (property.pattern?.includes("\\d{4}")) {
    expect(field).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", date_format: "YYYY-MM-DD", time_format: false });
  } else if (property.format === "uri") {
    expect(field!.widget, key).toBe("string");
    const [pattern] = field!.pattern as [string, string];
    expect(new RegExp(pattern).test("https://example.org/page"), key).toBe(true);
    expect(new RegExp(pattern).test("http://example.org/page"), key).toBe(false);
  } else {
    expect(["string", "text"], key).toContain(field!.widget);
  }
}

function expectFieldsMatch(fields: Field[], object: JsonProperty, defaults: Record<string, unknown> = {}) {
  const properties = object.properties ?? {};
  const required = new Set(object.required ?? []);
  expect(fields.map((field) => field.name).filter((name) => name !== "body")).toEqual(Object.keys(properties));
  for (const [key, property] of Object.entries(properties)) {
    expectFieldMatches(
      fields.find((field) => field.name === key),
      key,
      property,
      required.has(key),
      key in defaults ? defaults[key] : property.default,
    );
  }
}

describe("the editor's form, made from the schema", () => {
  const cases = [
    { name: "articles", schema: ArticleFrontmatter, folder: REPOSITORY_LAYOUT.articles, defaults: { draft: true } },
    { name: "authors", schema: AuthorFrontmatter, folder: REPOSITORY_LAYOUT.authors, defaults: {} },
    { name: "topics", schema: TopicFrontmatter, folder: REPOSITORY_LAYOUT.topics, defaults: {} },
  ] as const;

  for (const { name, schema, folder, defaults } of cases) {
    it(`has every field of ${name}' frontmatter, with the schema's widget, required-ness and default, and no other`, () => {
      expectFieldsMatch(fieldsOf(name), z.toJSONSchema(schema, { io: "input" }) as JsonProperty, defaults);
      expect(collection(name)).toMatchObject({ folder, extension: "mdx", format: ENTRY_FORMAT });
      expect(fieldsOf(name).at(-1)).toMatchObject({ name: "body", widget: "markdown" });
    });
  }

  it("has every field of the collective's page, in its one file", () => {
    expectFieldsMatch(fieldsOf("collective"), z.toJSONSchema(CollectiveFrontmatter, { io: "input" }) as JsonProperty);
    expect(collection("collective").files![0].file).toBe(REPOSITORY_LAYOUT.collective);
  });

  it("starts a new essay as a draft, where a file written by hand without the line is published", () => {
    expect(fieldsOf("articles").find((field) => field.name === "draft")!.default).toBe(true);
    expect(ArticleFrontmatter.parse({ title: "T", summary: "S", published: "2020-01-01", authors: ["a"] }).draft).toBe(false);
  });

  it("lets nothing be published or deleted from the editor: every save is a branch and a pull request", () => {
    expect(config.publish_mode).toBe("editorial_workflow");
    for (const candidate of config.collections) expect(candidate, candidate.name).toMatchObject({ publish: false, delete: false });
  });

  it("puts an essay's images in public/images/articles/<slug>/ and offers only the site's blocks", () => {
    expect(collection("articles")).toMatchObject({ media_folder: "/public/images/articles/{{slug}}", public_folder: "/images/articles/{{slug}}" });
    expect(fieldsOf("articles").at(-1)!.editor_components).toEqual(["image", "action-steps"]);
    // An image without its description is refused before the save, as the check would refuse it.
    const [pattern] = fieldsOf("articles").at(-1)!.pattern as [string];
    expect(new RegExp(pattern).test("Text.\n\n![A vigil](/images/a.png)\n")).toBe(true);
    expect(new RegExp(pattern).test("Text.\n\n![](/images/a.png)\n")).toBe(false);
  });

  it("signs in through the site's own handshake and saves to the configured repository's main", () => {
    expect(config.backend).toEqual({ name: "github", repo: "reframe/site", branch: "main", base_url: "https://reframe.example", auth_endpoint: "api/cms-auth/auth", squash_merges: true });
  });
});

describe("/admin/config.yml", () => {
  it("is the form for this build: SITE_URL's origin and CMS_GITHUB_REPO's repository", () => {
    const yaml = parse(editorConfigYaml({ SITE_URL: "https://reframe.example/", CMS_GITHUB_REPO: "reframe/site" }));
    expect(yaml.backend).toMatchObject({ repo: "reframe/site", base_url: "https://reframe.example" });
  });

  it("leaves the repository out when none is configured (the local backend needs none)", () => {
    expect(parse(editorConfigYaml({ SITE_URL: "https://reframe.example" })).backend.repo).toBeUndefined();
  });

  it("refuses a repository that is not owner/name, naming the variable", () => {
    expect(() => editorConfigYaml({ CMS_GITHUB_REPO: "https://github.com/reframe/site" })).toThrow(/CMS_GITHUB_REPO must name a GitHub repository as owner\/name/);
  });
});
