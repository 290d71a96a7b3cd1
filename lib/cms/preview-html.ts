import type { Element, ElementContent, Properties, Root } from "hast";
import { toHtml } from "hast-util-to-html";
import { visit } from "unist-util-visit";
import { withSidenotes } from "../article-tree/sidenotes";
import { withStepControls } from "../article-tree/step-controls";
import type { ActionStep, Article } from "../content/types";
import { formatDate } from "../format-date";
import { type ContentProblem, formatProblem } from "../content/problems";
import { count } from "../content/report";

/**
 * The preview pane's page: the essay as the site shows it (the body goes
 * through the same tree transforms and the same HTML serialiser as
 * components/ContentTree, inside the same markup and class names as
 * components/ArticleView, so the site's own stylesheets style it), under the
 * report of what the check will say about the file.
 */

type Child = ElementContent | string | false | undefined;

function h(tagName: string, properties: Properties, ...children: Child[]): Element {
  return {
    type: "element",
    tagName,
    properties,
    children: children.flatMap((child): ElementContent[] => (child === false || child === undefined ? [] : typeof child === "string" ? [{ type: "text", value: child }] : [child])),
  };
}

export interface PreviewNames {
  /** Names by slug, for the byline and the topics line. */
  authors: ReadonlyMap<string, string>;
  topics: ReadonlyMap<string, string>;
}

/** Where an image the essay shows is loaded from: an image uploaded with the entry is not on the site yet. */
export type ResolveImage = (src: string) => string;

/** The report above the preview: every problem in the check's own words, or that there are none. */
export function checkReport(problems: readonly ContentProblem[], notes: readonly string[] = []): Element {
  const noteElements = notes.map((note) => h("p", { className: ["check-report-note"] }, note));
  if (problems.length === 0) {
    return h("section", { className: ["check-report", "check-report-ok"], ariaLabel: "What the check will say" }, h("p", {}, "The check finds no problems in this file."), ...noteElements);
  }
  return h(
    "section",
    { className: ["check-report"], ariaLabel: "What the check will say" },
    h("h2", {}, `The check will report ${count(problems.length)}`),
    h("p", {}, "The pull request's check will say the same, on the same lines. You can still save: nothing is published before an editor reviews it."),
    h("ul", {}, ...problems.map((problem) => h("li", {}, h("code", {}, formatProblem(problem))))),
    ...noteElements,
  );
}

/** An essay, as its page shows it. */
export function articlePreview(article: Article, names: PreviewNames, resolveImage: ResolveImage): Element[] {
  const authors = article.authors.map((slug) => ({ slug, name: names.authors.get(slug) ?? slug }));
  const topics = article.topics.map((slug) => ({ slug, name: names.topics.get(slug) ?? slug }));
  const header = h(
    "header",
    { className: ["article-header", "page-header"] },
    article.draft && h("p", { className: ["draft-banner"], role: "status" }, "Draft: this essay is not published and appears only while editing."),
    article.section && h("p", { className: ["kicker"] }, article.section),
    h("h1", { id: "article-title" }, article.title),
    h("p", { className: ["lede"] }, article.summary),
    h(
      "p",
      { className: ["meta"] },
      byline(authors),
      " · ",
      h("time", { dateTime: article.published }, formatDate(article.published)),
      ...(article.updated ? [" · updated ", h("time", { dateTime: article.updated }, formatDate(article.updated))] : []),
      ` · ${article.readingMinutes} min read`,
    ),
    topics.length > 0 &&
      h(
        "p",
        { className: ["meta", "topics"] },
        `Topic${topics.length > 1 ? "s" : ""}: `,
        ...topics.flatMap((topic, index) => [index > 0 ? ", " : "", h("a", { href: `/topics/${topic.slug}`, rel: ["tag"] }, topic.name)]),
      ),
    article.contentNote && h("aside", { className: ["content-note"], ariaLabel: "Content note" }, h("strong", {}, "Content note:"), ` ${article.contentNote}`),
  );
  return [
    h(
      "article",
      { className: ["article"], ariaLabelledBy: ["article-title"] },
      header,
      h("div", { className: ["article-layout"] }, h("aside", { className: ["article-margin"] }, outline(article.actionSteps)), proseOf(withStepControls(withSidenotes(article.body)), resolveImage)),
    ),
  ];
}

/** A body whose frontmatter does not pass yet: the text still shows, under the title as typed. */
export function bodyPreview(title: string | undefined, body: Root, resolveImage: ResolveImage): Element[] {
  return [
    h(
      "article",
      { className: ["article"] },
      title && h("header", { className: ["article-header", "page-header"] }, h("h1", {}, title)),
      h("div", { className: ["article-layout"] }, proseOf(withSidenotes(body), resolveImage)),
    ),
  ];
}

export function previewHtml(report: Element, page: Element[]): string {
  return toHtml({ type: "root", children: [report, ...page] });
}

function byline(authors: { slug: string; name: string }[]): Element {
  return h(
    "span",
    { className: ["byline"] },
    "by ",
    ...authors.flatMap((author, index) => [index > 0 ? (index === authors.length - 1 ? " and " : ", ") : "", h("a", { href: `/authors/${author.slug}`, rel: ["author"] }, author.name)]),
  );
}

function outline(steps: ActionStep[]): Element | undefined {
  if (steps.length === 0) return undefined;
  return h(
    "nav",
    { className: ["action-step-outline"], ariaLabelledBy: ["action-step-outline-heading"] },
    h(
      "details",
      { className: ["outline-details"] },
      h("summary", {}, h("h2", { id: "action-step-outline-heading", className: ["outline-heading"] }, "Action steps"), " ", h("span", { className: ["outline-count"] }, `(${steps.length})`)),
      h("ol", {}, ...steps.map((step) => h("li", {}, h("a", { href: `#${step.id}` }, step.title)))),
    ),
  );
}

function proseOf(tree: Root, resolveImage: ResolveImage): Element {
  const copy = structuredClone(tree);
  visit(copy, "element", (node: Element) => {
    if (node.tagName === "img" && typeof node.properties.src === "string") node.properties.src = resolveImage(node.properties.src);
  });
  return h("div", { className: ["prose"] }, ...(copy.children as ElementContent[]));
}
