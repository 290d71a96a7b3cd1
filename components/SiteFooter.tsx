import Link from "next/link";
import "./SiteFooter.css";

export function SiteFooter({ name, description }: { name: string; description: string }) {
  return (
    <footer className="site-footer">
      <p>
        <Link href="/collective">{name}</Link>: {description}
      </p>
      <p>This site sets no cookies, runs no trackers and loads nothing from other websites.</p>
    </footer>
  );
}
