import type { Metadata } from "next";

// No robots entry: Next gives every not-found page its own `noindex`, and a second one here was the same tag twice.
export const metadata: Metadata = {
  title: "Page not found",
};

export default function NotFound() {
  return (
    <div className="page">
      <header className="page-header">
        <h1>Page not found</h1>
      </header>
      <p>There is no page at this address. It may have moved, or the address may have a typo.</p>
      <p>
        <a href="/">Go to the home page and its list of essays</a>
      </p>
    </div>
  );
}
