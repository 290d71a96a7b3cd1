import { type Article, type Site, adjacentArticles, moreOnTopics } from "@/lib/content";
import { articlePath } from "@/lib/routes";
import { FormattedDate } from "./FormattedDate";
import styles from "./RelatedEssays.module.css";

/**
 * Where to read on after an essay: more on each of its topics, and the essays
 * published just before and after it. Nothing at all when there are none.
 */
export function RelatedEssays({ site, article }: { site: Site; article: Article }) {
  const lists = moreOnTopics(site, article);
  const { previous, next } = adjacentArticles(site, article);
  if (lists.length === 0 && !previous && !next) return null;
  return (
    <nav className={styles.related} aria-label="More essays" data-pagefind-ignore="all">
      {lists.map(({ topic, articles }) => (
        <section key={topic.slug} aria-labelledby={`more-on-${topic.slug}`}>
          <h2 id={`more-on-${topic.slug}`} className="section-heading">
            More on {topic.name}
          </h2>
          <ul className={styles.list}>
            {articles.map((other) => (
              <li key={other.slug}>
                <a href={articlePath(other.slug)}>{other.title}</a> <span className="meta">· <FormattedDate date={other.published} /></span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {(previous || next) && (
        <ul className={styles.sequence} aria-label="Previous and next essays">
          {previous && <Neighbour label="Previous essay" article={previous} rel="prev" />}
          {next && <Neighbour label="Next essay" article={next} rel="next" />}
        </ul>
      )}
    </nav>
  );
}

function Neighbour({ label, article, rel }: { label: string; article: Article; rel: "prev" | "next" }) {
  return (
    <li className={rel === "next" ? styles.next : undefined}>
      <span className={styles.label}>{label}</span>
      <a href={articlePath(article.slug)} rel={rel}>
        {article.title}
      </a>
    </li>
  );
}
