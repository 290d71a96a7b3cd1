import type { Feed } from "feed";
import { FEEDS } from "@/lib/routes";

export type FeedFormat = keyof typeof FEEDS;

/**
 * The `feed` package writes JSON Feed 1.0, with one author per item. JSON Feed
 * 1.1 replaces `author` with `authors` and adds `language`; this lifts its
 * output to 1.1 from the same Feed object, so co-authors are not dropped.
 */
export function jsonFeed11(feed: Feed): string {
  const data = JSON.parse(feed.json1()) as Record<string, unknown> & { author?: unknown; items: Record<string, unknown>[] };
  const { author, ...rest } = data;
  const items = data.items.map((item, index) => {
    const upgraded: Record<string, unknown> = { ...item };
    delete upgraded.author;
    const authors = feed.items[index]?.author ?? [];
    return { ...upgraded, authors: authors.map((person) => ({ name: person.name, url: person.link })) };
  });
  return JSON.stringify(
    { ...rest, version: "https://jsonfeed.org/version/1.1", language: feed.options.language, authors: author ? [author] : [], items },
    null,
    2,
  );
}

const render: Record<FeedFormat, (feed: Feed) => string> = {
  rss: (feed) => feed.rss2(),
  atom: (feed) => feed.atom1(),
  json: jsonFeed11,
};

export function feedResponse(feed: Feed, format: FeedFormat): Response {
  return new Response(render[format](feed), {
    headers: { "Content-Type": `${FEEDS[format].type}; charset=utf-8` },
  });
}
