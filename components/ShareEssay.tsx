import styles from "./ShareEssay.module.css";

/**
 * Ways to pass an essay on, none of them a third party's: an email (a plain
 * mailto: link, so it works without JavaScript), and, where the browser can,
 * copying the address and the device's own share sheet. Nothing is requested
 * from anyone until the reader chooses one. The buttons come to life in the
 * essay's script (reader-scripts/share-essay.ts).
 */
export function ShareEssay({ title, url }: { title: string; url: string }) {
  const mailto = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n${url}`)}`;
  return (
    <section className={styles.share} aria-labelledby="share-heading" data-share-url={url} data-share-title={title}>
      <h2 id="share-heading" className={styles.heading}>
        Share
      </h2>
      <p className={styles.actions}>
        <a href={mailto} className={styles.action}>
          Email<span className="visually-hidden"> this essay</span>
        </a>
        <button type="button" className={styles.action} data-share="copy" hidden>
          Copy link
        </button>
        <button type="button" className={styles.action} data-share="native" hidden>
          Share…
        </button>
      </p>
      <p className={styles.status} role="status" data-share-status="" />
    </section>
  );
}
