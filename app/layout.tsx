import type { Metadata, Viewport } from "next";
// First, so that every component's own styles come after the globals they build on.
import "./globals.css";
import type { ReactNode } from "react";
import { ContentProblemsBanner } from "@/components/ContentProblems";
import { ExitThisPage } from "@/components/ExitThisPage";
import { SiteFooter } from "@/components/SiteFooter";
import { SiteHeader } from "@/components/SiteHeader";
import { getSite } from "@/lib/content";
import { siteOrigin } from "@/lib/site-url";

export async function generateMetadata(): Promise<Metadata> {
  const { collective } = await getSite();
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: collective.name, template: `%s — ${collective.name}` },
    description: collective.description,
    applicationName: collective.name,
    // The Referrer-Policy header's rule again, in the page, for hosts that send no headers
    // (GitHub Pages): a reader who follows a link out tells the other site nothing of this one.
    referrer: "no-referrer",
  };
}

export const viewport: Viewport = {
  colorScheme: "light dark",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#faf7f2" },
    { media: "(prefers-color-scheme: dark)", color: "#16140f" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const site = await getSite();
  const { collective } = site;
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <ExitThisPage exitUrl={collective.exitUrl} />
        <SiteHeader name={collective.name} />
        <ContentProblemsBanner files={site.problems} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter name={collective.name} description={collective.description} />
      </body>
    </html>
  );
}
