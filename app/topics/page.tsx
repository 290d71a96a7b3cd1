import type { Metadata } from "next";
import { articlesInTopic, getSite } from "@/lib/content";
import { topicsPath } from "@/lib/routes";
import { pageMetadata } from "@/lib/seo/page-metadata";
import "@/components/link-lists.css";

export async function generateMetadata(): Promise<Metadata> {
  const { collective } = await getSite();
  return pageMetadata(collective, { title: "Topics", description: "The topics the collective writes about, each with its essays.", path: topicsPath() });
}

export default async function TopicsPage() {
  const site = await getSite();
  return (
    <div className="page">
      <header className="page-header">
        <h1>Topics</h1>
      </header>
      <ul className="topic-list">
        {site.topics.map((topic) => {
          const count = articlesInTopic(site, topic.slug).length;
          return (
            <li key={topic.slug}>
              <h2>
                <a href={`/topics/${topic.slug}`}>{topic.name}</a>
              </h2>
              <p>{topic.description}</p>
              <p className="meta">{count === 1 ? "1 essay" : `${count} essays`}</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
