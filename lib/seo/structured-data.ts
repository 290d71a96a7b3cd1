import type { Article as ArticleLd, BreadcrumbList, ItemList, Organization, Person, ProfilePage, WebSite, WithContext } from "schema-dts";
import { type Article, type Author, type Site, adjacentArticles, authorsOf, moreOnTopics, topicsOf } from "@/lib/content";
import { articleShareImagePath } from "@/lib/og/share-image";
import { articlePath, authorPath, collectivePath, homePath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";

/** Structured data for search engines, typed against schema.org by schema-dts. */

export const LOGO_PATH = "/logo.png";

// schema-dts types also admit a bare string; these helpers always build nodes.
type OrganizationNode = Exclude<Organization, string>;
type PersonNode = Exclude<Person, string>;

function organization(site: Site): OrganizationNode {
  return {
    "@type": "Organization",
    "@id": absoluteUrl(`${collectivePath()}#organization`),
    name: site.collective.name,
    description: site.collective.description,
    url: absoluteUrl(collectivePath()),
    logo: { "@type": "ImageObject", url: absoluteUrl(LOGO_PATH), width: "512", height: "512" },
  };
}

function person(author: Author): PersonNode {
  return { "@type": "Person", "@id": absoluteUrl(`${authorPath(author.slug)}#person`), name: author.name, url: absoluteUrl(authorPath(author.slug)) };
}

export function articleStructuredData(site: Site, article: Article): (WithContext<ArticleLd> | WithContext<BreadcrumbList> | WithContext<ItemList>)[] {
  const url = absoluteUrl(articlePath(article.slug));
  const related = relatedLinks(site, article);
  const steps: WithContext<ItemList>[] =
    article.actionSteps.length === 0
      ? []
      : [
          {
            "@context": "https://schema.org",
            "@type": "ItemList",
            name: `Action steps: ${article.title}`,
            itemListOrder: "https://schema.org/ItemListOrderAscending",
            numberOfItems: article.actionSteps.length,
            itemListElement: article.actionSteps.map((step) => ({ "@type": "ListItem", position: step.number, name: step.title, url: `${url}#${step.id}` })),
          },
        ];
  return [
    {
      "@context": "https://schema.org",
      "@type": "Article",
      headline: article.title,
      description: article.summary,
      datePublished: article.published,
      dateModified: article.updated ?? article.published,
      author: authorsOf(site, article).map(person),
      publisher: organization(site),
      mainEntityOfPage: { "@type": "WebPage", "@id": url, ...(related.length > 0 ? { relatedLink: related } : {}) },
      url,
      image: absoluteUrl(articleShareImagePath(article.slug)),
      articleSection: article.section,
      keywords: topicsOf(site, article).map((topic) => topic.name),
      wordCount: article.wordCount,
      inLanguage: "en",
      ...(article.originalUrl ? { isBasedOn: article.originalUrl } : {}),
    },
    {
      "@context": "https://schema.org",
      "@type": "BreadcrumbList",
      itemListElement: [
        { "@type": "ListItem", position: 1, name: site.collective.name, item: absoluteUrl(homePath()) },
        { "@type": "ListItem", position: 2, name: article.title, item: url },
      ],
    },
    ...steps,
  ];
}

/** The essays the page links to at its end ("More on …", previous and next), as the page lists them. */
function relatedLinks(site: Site, article: Article): string[] {
  const { previous, next } = adjacentArticles(site, article);
  const linked = [...moreOnTopics(site, article).flatMap((list) => list.articles), previous, next];
  return [...new Set(linked.filter((other): other is Article => other !== undefined).map((other) => absoluteUrl(articlePath(other.slug))))];
}

export function authorStructuredData(author: Author): WithContext<ProfilePage> {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absoluteUrl(authorPath(author.slug)),
    mainEntity: {
      ...person(author),
      description: author.description,
      // An empty list says nothing, so an author with no links of their own has no sameAs.
      ...(author.links.length > 0 ? { sameAs: author.links.map((link) => link.url) } : {}),
    },
  };
}

export function collectiveStructuredData(site: Site): WithContext<Organization> {
  return { "@context": "https://schema.org", ...organization(site) };
}

export function websiteStructuredData(site: Site): WithContext<WebSite> {
  return {
    "@context": "https://schema.org",
    "@type": "WebSite",
    name: site.collective.name,
    description: site.collective.description,
    url: absoluteUrl(homePath()),
    inLanguage: "en",
    publisher: { "@id": absoluteUrl(`${collectivePath()}#organization`) },
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. Escaping `<` means no
 * title or summary can close the script element, whatever an editor writes.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
