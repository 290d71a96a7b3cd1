import { editorConfigYaml } from "@/lib/cms/editor-config-file";

// Written once per build, also for the static export: the settings are build-time environment variables.
export const dynamic = "force-static";

export function GET() {
  return new Response(editorConfigYaml(), { headers: { "Content-Type": "text/yaml; charset=utf-8" } });
}
