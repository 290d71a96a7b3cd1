
export function SiteFooter({ name, description }: { name: string; description: string }) {
  return (
    <footer className="site-footer">
      <p>
        <a href="/collective">{name}</a>: {description}
      </p>
      <p>This site sets no cookies, runs no trackers and loads nothing from other websites.</p>
    </footer>
  );
}
