import { EDITOR_PATHS } from "./editor-paths";

/**
 * /admin's page. Our setup script comes first: it tells Decap not to start on
 * its own, and starts it once its file format, blocks and preview are
 * registered. No inline script or style, so its policy needs neither
 * (lib/security-headers.ts); noindex as well as the header and robots.txt.
 */
export function editorPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>Editor · Reframe Health and Justice</title>
<link href="${EDITOR_PATHS.config}" type="text/yaml" rel="cms-config-url">
<script defer src="${EDITOR_PATHS.setupScript}"></script>
<script defer src="${EDITOR_PATHS.decapScript}"></script>
</head>
<body>
<noscript>The editor needs JavaScript. The site itself works without it.</noscript>
</body>
</html>
`;
}
