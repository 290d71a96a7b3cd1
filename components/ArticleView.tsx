import { type Article, type Site, authorsOf, topicsOf } from "@/lib/content";
import { withSidenotes } from "@/lib/article-tree/sidenotes";
import { withStepControls } from "@/lib/article-tree/step-controls";
import { actionSheetPath, articlePath } from "@/lib/routes";
import { absoluteUrl } from "@/lib/site-url";
import { articleStructuredData } from "@/lib/seo/structured-data";
import { ActionStepOutline } from "./ActionStepOutline";
import { JsonLd } from "./JsonLd";
import { Byline } from "./Byline";
import { CiteThisEssay } from "./CiteThisEssay";
import { ContentNote } from "./ContentNote";
import { ContentTree } from "./ContentTree";
import { FormattedDate } from "./FormattedDate";
import { RelatedEssays } from "./RelatedEssays";
import { ReaderScript } from "./ReaderScript";
import { ShareEssay } from "./ShareEssay";
import "./ArticleView.css";
import "./FootnotePreviews.css";

export function ArticleView({ site, article }: { site: Site; article: Article }) {
  const authors = authorsOf(site, article);
  const topics = topicsOf(site, article);
  return (
    <>
      <article className="article" aria-labelledby="article-title" data-pagefind-body="">
        {!article.draft && articleStructuredData(site, article).map((data, index) => <JsonLd key={index} data={data} />)}
        <header className="article-header page-header">
          {article.draft && (
            <p className="draft-banner" role="status">
              Draft: this essay is not published and appears only while editing.
            </p>
          )}
          {article.section && <p className="kicker">{article.section}</p>}
          <h1 id="article-title">{article.title}</h1>
          <p className="lede">{article.summary}</p>
          <p className="meta">
            <Byline authors={authors} /> · <FormattedDate date={article.published} />
            {article.updated && (
              <>
                {" "}
                · updated <FormattedDate date={article.updated} />
              </>
            )}{" "}
            · {article.readingMinutes} min read
          </p>
          {topics.length > 0 && (
            <p className="meta topics">
              Topic{topics.length > 1 ? "s" : ""}:{" "}
              {topics.map((topic, index) => (
                <span key={topic.slug}>
                  {index > 0 && ", "}
                  <a href={`/topics/${topic.slug}`} rel="tag">
                    {topic.name}
                  </a>
                </span>
              ))}
            </p>
          )}
          {article.contentNote && <ContentNote note={article.contentNote} />}
        </header>
        <div className="article-layout">
          {/* A plain box: the outline inside is its own named navigation landmark, and an unnamed
              aside around it was a second, nameless complementary one beside "Leave this site quickly". */}
          <div className="article-margin" data-pagefind-ignore="all">
            <ActionStepOutline steps={article.actionSteps} actionSheetHref={actionSheetPath(article.slug)} />
          </div>
          <ContentTree className="prose" tree={withStepControls(withSidenotes(article.body))} />
          {/* Announces each copied step link (reader-scripts/copy-step-links.ts). */}
          {article.actionSteps.length > 0 && <p className="visually-hidden" role="status" aria-live="polite" data-copy-link-status="" />}
          {/* Footnote previews, the outline's tracking, the copy buttons and sharing. */}
          <ReaderScript name="essay" />
        </div>
        <footer className="article-footer" data-pagefind-ignore="all">
          {article.originalUrl && (
            <p>
              {/* Its words are its address already, so print does not add the address again (ContentTree.css). */}
              Originally published at{" "}
              <a href={article.originalUrl} data-address-shown="">
                {article.originalUrl.replace(/^https:\/\//, "")}
              </a>
              .
            </p>
          )}
          <p>
            Written <Byline authors={authors} /> for <a href="/collective">{site.collective.name}</a>.
          </p>
          {!article.draft && <CiteThisEssay site={site} article={article} />}
          {/* A draft shows only while editing: its address is not public yet, so there is nothing to share. */}
          {!article.draft && <ShareEssay title={article.title} url={absoluteUrl(articlePath(article.slug))} />}
        </footer>
      </article>
      <RelatedEssays site={site} article={article} />
    </>
  );
}
