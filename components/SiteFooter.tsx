import { leavingQuicklyPath } from "@/lib/routes";
import "./SiteFooter.css";

export function SiteFooter({ name, description }: { name: string; description: string }) {
  return (
    <footer className="site-footer">
      <p>
        <a href="/collective">{name}</a>: {description}
      </p>
      <p>This site sets no cookies, runs no trackers and loads nothing from other websites.</p>
      <p>
        <a href={leavingQuicklyPath()}>Leaving quickly and browsing safely</a>: what the &ldquo;Exit this page&rdquo; button does,
        and how to keep your visits private.
      </p>
    </footer>
  );
}
