import type { Metadata } from "next";

export const metadata: Metadata = {
  title: "Page not found",
  robots: { index: false },
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
