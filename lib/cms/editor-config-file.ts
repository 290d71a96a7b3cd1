import { stringify } from "yaml";
import { siteOrigin } from "../site-url";
import { editorConfig } from "./editor-config";

/** Decap's settings that the environment gives at build time (docs/editing.md, "Writing in the browser"). */
export const GITHUB_REPO_VARIABLE = "CMS_GITHUB_REPO";

const REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/** /admin/config.yml for this build: the schema's form, pointed at this site's sign-in and repository. */
export function editorConfigYaml(env: Record<string, string | undefined> = process.env): string {
  const repo = env[GITHUB_REPO_VARIABLE]?.trim() || undefined;
  if (repo && !REPOSITORY.test(repo)) throw new Error(`${GITHUB_REPO_VARIABLE} must name a GitHub repository as owner/name, like reframe-collective/site, found "${repo}"`);
  const config = editorConfig({ siteUrl: siteOrigin(env.SITE_URL), githubRepo: repo });
  return `# Generated from lib/content/schema.ts by lib/cms/editor-config.ts; do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}
