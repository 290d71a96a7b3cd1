import { type Article, type Site } from "@/lib/content";
import { formatCitations } from "@/lib/citation/citations";
import { CITATION_FILE_EXTENSIONS, CITATION_FILE_TYPES } from "@/lib/citation/file-types";
import { essayCslItem } from "@/lib/citation/essay-item";
import { citationFilePath } from "@/lib/routes";
import { ContentTree } from "./ContentTree";
import styles from "./CiteThisEssay.module.css";

/**
 * "Cite this essay": ready-made citations in the styles of lib/citation/styles.ts,
 * made at build time, and the files reference managers import. Closed until a
 * reader opens it; the citations are plain text, selectable without JavaScript,
 * and the copy buttons appear only where the browser can copy.
 */
export function CiteThisEssay({ site, article }: { site: Site; article: Article }) {
  const citations = formatCitations(essayCslItem(site, article));
  return (
    <details className={styles.cite} data-pagefind-ignore="all">
      <summary className={styles.summary}>Cite this essay</summary>
      <dl className={styles.citations}>
        {citations.flatMap(({ style, forms }) =>
          forms.map((form) => {
            const label = forms.length > 1 ? `${style.label}, ${form.kind}` : style.label;
            const id = `citation-${style.id}-${form.kind}`;
            return (
              <div key={id} className={styles.citation}>
                <dt>{label}</dt>
                <dd>
                  <ContentTree as="p" id={id} className={styles.text} tree={form.tree} />
                  <button type="button" className={styles.copy} data-copy-citation={id} aria-label={`Copy the ${label} citation`} hidden>
                    Copy
                  </button>
                </dd>
              </div>
            );
          }),
        )}
      </dl>
      <p className={styles.downloads}>
        For reference managers (Zotero, Mendeley, EndNote):{" "}
        {CITATION_FILE_EXTENSIONS.map((extension, index) => (
          <span key={extension}>
            {index > 0 && " · "}
            <a href={citationFilePath(article.slug, extension)} download={`${article.slug}.${extension}`} type={CITATION_FILE_TYPES[extension].contentType.split(";")[0]}>
              {`${CITATION_FILE_TYPES[extension].label} (.${extension})`}
            </a>
          </span>
        ))}
      </p>
      {/* Announces each copy (reader-scripts/copy-citations.ts). */}
      <p className="visually-hidden" role="status" aria-live="polite" data-copy-citation-status="" />
    </details>
  );
}
