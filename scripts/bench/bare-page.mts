/**
 * The baseline the bench compares the site against: a bare Next 16 project
 * whose only page holds the essay's title, summary and text as plain
 * paragraphs, with no client component, no CSS and no content layer. Whatever
 * the site costs beyond this page is the site's own doing.
 */
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/** The essay's blocks as plain text: footnote marks, emphasis, headings and tags removed. */
export function plainParagraphs(source: string): { title: string; summary: string; paragraphs: string[] } {
  const { data, content } = matter(source);
  const paragraphs = content
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/<\/?[A-Za-z][^>]*>/g, "")
        .replace(/\[\^[^\]]+\]:?/g, "")
        .replace(/^#+\s*/gm, "")
        .replace(/[*_`]/g, "")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter(Boolean);
  return { title: String(data.title), summary: String(data.summary), paragraphs };
}

/** Writes the bare project into `dir`, sharing the site's node_modules (so the same Next and React). */
export function bareProject(root: string, dir: string, essayFile: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  const essay = plainParagraphs(readFileSync(essayFile, "utf8"));
  symlinkSync(path.relative(dir, path.join(root, "node_modules")), path.join(dir, "node_modules"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-baseline", private: true }, null, 2));
  // Next looks for its config upwards, so the bare project needs its own; Turbopack's
  // root is the site's, where the linked node_modules really is.
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  writeFileSync(path.join(dir, ".env"), "NEXT_TELEMETRY_DISABLED=1\n");
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        compilerOptions: { target: "ES2022", lib: ["dom", "dom.iterable", "esnext"], skipLibCheck: true, strict: true, noEmit: true, esModuleInterop: true, module: "esnext", moduleResolution: "bundler", resolveJsonModule: true, isolatedModules: true, jsx: "react-jsx", incremental: true, plugins: [{ name: "next" }] },
        include: ["next-env.d.ts", "**/*.ts", "**/*.tsx", ".next/types/**/*.ts"],
        exclude: ["node_modules"],
      },
      null,
      2,
    ),
  );
  writeFileSync(
    path.join(dir, "app", "layout.tsx"),
    `import type { ReactNode } from "react";\nexport const metadata = { title: ${JSON.stringify(essay.title)} };\nexport default function RootLayout({ children }: { children: ReactNode }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  );
  writeFileSync(
    path.join(dir, "app", "page.tsx"),
    `const title = ${JSON.stringify(essay.title)};\nconst summary = ${JSON.stringify(essay.summary)};\nconst paragraphs: string[] = ${JSON.stringify(essay.paragraphs)};\nexport default function Page() {\n  return (\n    <main>\n      <h1>{title}</h1>\n      <p>{summary}</p>\n      {paragraphs.map((text, index) => (\n        <p key={index}>{text}</p>\n      ))}\n    </main>\n  );\n}\n`,
  );
  return dir;
}
