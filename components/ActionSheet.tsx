import { type Article, type Site, authorsOf } from "@/lib/content";
import { articlePath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";
import { ContentTree } from "./ContentTree";
import { FormattedDate } from "./FormattedDate";
import "./ActionSheet.css";

/** One printable page: the essay's action steps in order, with where they come from. */
export function ActionSheet({ site, article }: { site: Site; article: Article }) {
  const names = authorsOf(site, article).map((author) => author.name).join(" and ");
  const url = absoluteUrl(articlePath(article.slug));
  return (
    <article className="page action-sheet" aria-labelledby="action-sheet-title">
      <header className="page-header">
        <p className="kicker">Action sheet · {site.collective.name}</p>
        <h1 id="action-sheet-title">{article.title}</h1>
        <p className="meta">
          Action steps from the essay by {names}, <FormattedDate date={article.published} />.
        </p>
      </header>
      <ol className="action-step-list action-sheet-steps">
        {article.actionSteps.map((step) => (
          <li key={step.id} className="action-step">
            <h2>{step.title}</h2>
            {step.details.children.length > 0 && <ContentTree tree={step.details} />}
          </li>
        ))}
      </ol>
      <footer className="action-sheet-footer">
        <p>
          Read the whole essay: <a href={articlePath(article.slug)}>{url}</a>
        </p>
      </footer>
    </article>
  );
}
