import { leavingQuicklyPath } from "@/lib/routes";
import { ReaderScript } from "./ReaderScript";
import "./ExitThisPage.css";
import styles from "./ExitThisPage.module.css";

/**
 * "Exit this page", after GOV.UK's component: a link to an ordinary site at the
 * top of every page, kept in view while scrolling. Without JavaScript it is a
 * plain link that tells the other site nothing of where the reader came from
 * (`rel="noreferrer"`, and the site's Referrer-Policy); with it, activating the
 * link or pressing Shift three times covers the page at once and replaces it in
 * the tab's history (reader-scripts/exit-this-page.ts).
 */
export function ExitThisPage({ exitUrl }: { exitUrl: string }) {
  return (
    <aside className={styles.area} aria-label="Leave this site quickly">
      <div className={styles.bar}>
        <a href={exitUrl} rel="noreferrer" className={styles.button} data-exit-this-page="">
          <span className="visually-hidden">Emergency </span>Exit this page
        </a>
        <span className={styles.presses} data-exit-presses="" aria-hidden="true" hidden>
          <span className={styles.press} />
          <span className={styles.press} />
          <span className={styles.press} />
        </span>
        <span className="visually-hidden" aria-live="polite" data-exit-status="" />
      </div>
      <p className={styles.help}>
        <a href={leavingQuicklyPath()}>What the exit button does</a>
      </p>
      <div className={styles.cover} data-exit-cover="" hidden />
      <ReaderScript name="exit-this-page" />
    </aside>
  );
}
