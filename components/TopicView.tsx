import { type Article, type Site, type Topic } from "@/lib/content";
import type { Page } from "@/lib/pagination";
import { topicPath } from "@/lib/routes";
import { ArticleList } from "./ArticleList";
import { ContentTree } from "./ContentTree";
import { Pagination } from "./Pagination";

export function TopicView({ site, topic, page }: { site: Site; topic: Topic; page: Page<Article> }) {
  return (
    <div className="page">
      <header className="page-header">
        <p className="kicker">Topic{page.number > 1 ? ` · page ${page.number}` : ""}</p>
        <h1>{topic.name}</h1>
        <p className="lede">{topic.description}</p>
      </header>
      {page.number === 1 && topic.body.children.length > 0 && (
        <ContentTree className="prose" tree={topic.body} />
      )}
      <section aria-labelledby="topic-essays">
        <h2 id="topic-essays" className="section-heading">
          Essays
        </h2>
        <ArticleList site={site} articles={page.items} headingLevel={3} />
        <Pagination basePath={topicPath(topic.slug)} number={page.number} count={page.count} label={`Pages of essays on ${topic.name}`} />
      </section>
    </div>
  );
}
