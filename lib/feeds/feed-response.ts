import { type Extension, Feed, type Item } from "feed";
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

/**
 * RSS 2.0 defines an item's `<author>` as an email address, and the `feed`
 * package writes a bare name there, which validators reject. Authors whose
 * email content does not give are named with Dublin Core's `<dc:creator>`
 * instead, one per author, as WordPress and most publishers do; an `<author>`
 * is kept only for someone whose email the content gives.
 */
export function rss2WithCreators(feed: Feed): string {
  const rss = new Feed(feed.options);
  feed.categories.forEach((category) => rss.addCategory(category));
  feed.extensions.forEach((extension) => rss.addExtension(extension));
  for (const item of feed.items) {
    const authors = item.author ?? [];
    const creators = authors.filter((person) => person.name).map((person) => ({ _text: person.name }));
    const withEmail = authors.filter((person) => person.email);
    const extensions = [...(item.extensions ?? [])];
    if (creators.length > 0) extensions.push({ name: "dc:creator", objects: creators as unknown as Extension["objects"] });
    const copy: Item = { ...item, author: withEmail.length > 0 ? withEmail : undefined, extensions };
    rss.addItem(copy);
  }
  const xml = rss.rss2();
  // The package declares the Dublin Core namespace only for items with content; declare it whenever it is used.
  if (xml.includes("<dc:creator>") && !xml.includes('xmlns:dc="http://purl.org/dc/elements/1.1/"')) {
    return xml.replace("<rss ", '<rss xmlns:dc="http://purl.org/dc/elements/1.1/" ');
  }
  return xml;
}

const render: Record<FeedFormat, (feed: Feed) => string> = {
  rss: rss2WithCreators,
  atom: (feed) => feed.atom1(),
  json: jsonFeed11,
};

export function feedResponse(feed: Feed, format: FeedFormat): Response {
  return new Response(render[format](feed), {
    headers: { "Content-Type": `${FEEDS[format].type}; charset=utf-8` },
  });
}
