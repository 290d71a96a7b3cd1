/**
 * The editor's one script of ours, loaded by /admin before Decap's bundle
 * (scripts/build-editor.mts bundles it for the browser): it stops Decap from
 * starting on its own, then registers the site's file format, its blocks
 * (action steps, images with a required description), the escape plugin for
 * rich-text mode and the preview, and starts Decap with the configuration
 * at /admin/config.yml.
 *
 * The preview is the site's: the file as it will be saved goes through the
 * content layer's own check and pipeline (lib/cms/check-entry.ts), is shown
 * with the site's markup and stylesheets, and runs the site's footnote
 * previews, under the problems the pull request's check will report.
 */
import { startFootnotePreviews } from "../../components/reader-scripts/footnote-previews";
import { actionStepsComponent } from "./action-steps-block";
import { checkEntry, type EditorCollection, entryFile } from "./check-entry";
import { decapSlug } from "./decap-slug";
import { ENTRY_FORMAT, type EntryData, readEntryFile, writeEntryFile } from "./entry-file";
import { remarkEscapeMdxText } from "./escape-mdx-text";
import { imageComponent } from "./image-block";
import { showingUploads, uploadedFiles } from "./uploaded-images";
import { compileBody } from "../content/mdx";
import { parseFrontmatter } from "../content/frontmatter";
import { articlePreview, bodyPreview, checkReport, previewHtml } from "./preview-html";
import type { SiteIndex } from "./site-index-data";
import { EDITOR_PATHS } from "./editor-paths";
import { parse } from "yaml";

/** Immutable.js values, as Decap hands them over; only what is used here. */
interface Immutable {
  get(key: string): unknown;
  toJS(): unknown;
}

interface PreviewProps {
  entry: Immutable;
  collection: Immutable;
  fields: { map<T>(f: (field: Immutable) => T): { toArray(): T[] } };
  getAsset: (path: string) => { toString(): string } | undefined;
  document: Document;
}

interface ReactClass {
  props: PreviewProps;
  container?: HTMLElement | null;
  [key: string]: unknown;
}

interface DecapGlobals {
  CMS_MANUAL_INIT?: boolean;
  CMS: {
    registerCustomFormat(name: string, extension: string, formatter: { fromFile(text: string): EntryData; toFile(data: EntryData, order?: string[]): string }): void;
    registerEditorComponent(component: object): void;
    registerRemarkPlugin(plugin: unknown): void;
    registerPreviewStyle(path: string): void;
    registerPreviewTemplate(name: string, component: unknown): void;
    getWidget(name: string): { control: unknown; preview: unknown; schema?: object } | undefined;
    registerWidget(name: string, control: unknown, preview: unknown, schema?: object): void;
    init(options: { config: object }): void;
  };
  createClass(spec: Record<string, unknown>): unknown;
  h(type: unknown, props: Record<string, unknown>): unknown;
}

const decap = window as unknown as Window & DecapGlobals;
decap.CMS_MANUAL_INIT = true;

let siteIndex: Promise<SiteIndex | undefined> | undefined;
function loadSiteIndex(): Promise<SiteIndex | undefined> {
  siteIndex ??= fetch(EDITOR_PATHS.siteIndex, { credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<SiteIndex>) : undefined))
    .catch(() => undefined);
  return siteIndex;
}

const NO_SITE: SiteIndex = { pages: {}, publicFiles: [], articles: [], authors: [], topics: [] };

/** Renders one entry's preview into `container`, in the preview frame's document. */
async function renderPreview(props: PreviewProps, container: HTMLElement): Promise<void> {
  const collection = String(props.collection.get("name")) as EditorCollection;
  const data = props.entry.get("data") ? (props.entry.get("data") as Immutable).toJS() as EntryData : {};
  const order = props.fields.map((field) => String(field.get("name"))).toArray();
  const text = writeEntryFile(data, order);
  const loadedSite = await loadSiteIndex();
  const site = loadedSite ?? NO_SITE;
  const slug = entrySlug(props.entry, collection, data, site);
  // Images uploaded with the entry: in public/ on its branch once saved, in the browser until then.
  const uploaded = uploadedFiles(props.entry);
  const { loaded, problems } = await checkEntry({ collection, slug, text, addedFiles: [...uploaded.keys()] }, site);
  const resolveImage = (src: string) => uploaded.get(src) || props.getAsset(src)?.toString() || src;

  let page;
  if (loaded.kind === "article" && loaded.entry) {
    page = articlePreview(loaded.entry.value, { authors: new Map(site.authors.map((author) => [author.slug, author.name])), topics: new Map(site.topics.map((topic) => [topic.slug, topic.name])) }, resolveImage);
  } else if (loaded.entry) {
    const value = loaded.entry.value as { body?: unknown; bio?: unknown; name?: string };
    page = bodyPreview(value.name, (value.bio ?? value.body) as Parameters<typeof bodyPreview>[1], resolveImage);
  } else {
    // The frontmatter does not pass yet: the body still shows, if it can be read.
    const parsed = parseFrontmatter(text, entryFile(collection, slug).displayPath);
    const compiled = Array.isArray(parsed) ? undefined : await compileBody(parsed.body, entryFile(collection, slug).displayPath);
    const title = typeof data.title === "string" ? data.title : typeof data.name === "string" ? data.name : undefined;
    page = compiled?.ok ? bodyPreview(title, compiled.tree, resolveImage) : [];
  }
  const notes = loadedSite ? [] : ["The site's list of pages could not be loaded, so links to other pages are not checked here."];
  container.innerHTML = previewHtml(checkReport(problems, notes), page);
}

function entrySlug(entry: Immutable, collection: EditorCollection, data: EntryData, site: SiteIndex): string {
  const saved = entry.get("slug");
  if (typeof saved === "string" && saved !== "") return saved;
  const identifier = typeof data.title === "string" ? data.title : typeof data.name === "string" ? data.name : "";
  const taken = collection === "articles" ? site.articles : collection === "authors" ? site.authors.map((author) => author.slug) : site.topics.map((topic) => topic.slug);
  return decapSlug(identifier, taken) || "untitled";
}

/** Links in the preview would load the site inside the pane: anchors scroll instead, and other links do nothing. */
function keepLinksInPreview(document: Document): () => void {
  const onClick = (event: MouseEvent) => {
    const view = document.defaultView;
    if (!view || !(event.target instanceof view.Element)) return;
    const link = event.target.closest("a[href]");
    if (!link || event.defaultPrevented) return;
    event.preventDefault();
    const href = link.getAttribute("href") ?? "";
    if (href.startsWith("#")) document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView({ block: "center" });
  };
  document.addEventListener("click", onClick);
  return () => document.removeEventListener("click", onClick);
}

function sitePreview() {
  return decap.createClass({
    componentDidMount(this: ReactClass) {
      (this.stopLinks as (() => void) | undefined)?.();
      this.stopLinks = keepLinksInPreview(this.props.document);
      (this.schedule as () => void)();
    },
    componentDidUpdate(this: ReactClass) {
      (this.schedule as () => void)();
    },
    componentWillUnmount(this: ReactClass) {
      window.clearTimeout(this.timer as number | undefined);
      (this.stopFootnotes as (() => void) | undefined)?.();
      (this.stopLinks as (() => void) | undefined)?.();
    },
    // The check parses the whole file; while the writer types, it runs once they pause.
    schedule(this: ReactClass) {
      window.clearTimeout(this.timer as number | undefined);
      this.timer = window.setTimeout(() => (this.update as () => void)(), this.rendered ? 200 : 0);
    },
    async update(this: ReactClass) {
      const container = this.container;
      if (!container) return;
      const run = ((this.run as number | undefined) ?? 0) + 1;
      this.run = run;
      const target = container.ownerDocument.createElement("div");
      try {
        await renderPreview(this.props, target);
      } catch (error) {
        target.textContent = `The preview could not be made: ${error instanceof Error ? error.message : String(error)}`;
      }
      // A slower run for older text must not replace a newer one.
      if (run !== this.run || !this.container) return;
      (this.stopFootnotes as (() => void) | undefined)?.();
      container.replaceChildren(...Array.from(target.childNodes));
      this.rendered = true;
      container.dataset.previewRuns = String(run);
      const prose = container.querySelector<HTMLElement>(".prose");
      this.stopFootnotes = prose ? startFootnotePreviews(prose) : undefined;
    },
    render(this: ReactClass) {
      return decap.h("div", { className: "site-preview", "data-site-preview": "", ref: (element: HTMLElement | null) => (this.container = element) });
    },
  });
}

const localBackendUrl = `${window.location.origin}${EDITOR_PATHS.localBackend}`;

/** How many times the local backend is asked before the editor says it is not connected. */
const BACKEND_ATTEMPTS = 3;

/**
 * Whether Decap has a backend to start with: the GitHub repository this build
 * was configured with (CMS_GITHUB_REPO), or, on this machine, the local git
 * backend that `npm run edit` runs. Without either, Decap would only show a
 * configuration error; the writer is told instead what is missing and where
 * the setup is described.
 */
async function hasBackend(): Promise<boolean> {
  try {
    const config = parse(await (await fetch(EDITOR_PATHS.config, { credentials: "same-origin" })).text()) as { backend?: { repo?: string } };
    if (config.backend?.repo) return true;
  } catch {
    // An unreadable configuration: let Decap say what is wrong with it.
    return true;
  }
  if (!["localhost", "127.0.0.1"].includes(window.location.hostname)) return false;
  // The development server proxies this address to Decap's local backend, and a proxied request can
  // fail once (the backend closing a kept-alive connection as it is reused: "socket hang up" in its log, an error status here)
  // while the backend is there: a failure is asked again before the editor says it is not connected.
  // No such address (a 404) is an answer, not a failure.
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(localBackendUrl, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ action: "info" }) });
      if (response.ok || response.status < 500 || attempt === BACKEND_ATTEMPTS) return response.ok;
    } catch {
      if (attempt === BACKEND_ATTEMPTS) return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function showNotConnected() {
  const main = document.createElement("main");
  main.className = "editor-not-connected";
  const heading = document.createElement("h1");
  heading.textContent = "The editor is not connected to the site's repository yet";
  const setup = document.createElement("p");
  setup.textContent =
    "Whoever runs the site sets CMS_GITHUB_REPO (the repository, as owner/name) and the GitHub sign-in's GITHUB_OAUTH_CLIENT_ID and GITHUB_OAUTH_CLIENT_SECRET, then builds the site again: see “Writing in the browser” in docs/editing.md.";
  const local = document.createElement("p");
  local.textContent = "On your own computer, with a copy of the repository, npm run edit opens this editor without GitHub.";
  main.append(heading, setup, local);
  document.body.append(main);
}

async function start() {
  if (!(await hasBackend())) {
    showNotConnected();
    return;
  }
  const { CMS } = decap;
  CMS.registerCustomFormat(ENTRY_FORMAT, "mdx", {
    fromFile: readEntryFile,
    toFile: (data, order) => writeEntryFile(data, order ?? []),
  });
  CMS.registerEditorComponent(actionStepsComponent);
  CMS.registerEditorComponent(imageComponent);
  // Decap's image control, showing an image the writer has just uploaded from the upload itself
  // (lib/cms/uploaded-images.ts), for the image block and any image field. Registered again under
  // its own name, with its own preview and options (it has no others).
  const image = CMS.getWidget("image");
  if (image) CMS.registerWidget("image", showingUploads(image.control, decap.h), image.preview, image.schema);
  CMS.registerRemarkPlugin(remarkEscapeMdxText);
  CMS.registerPreviewStyle(EDITOR_PATHS.previewStyles);
  const preview = sitePreview();
  for (const name of ["articles", "authors", "topics", "collective"]) CMS.registerPreviewTemplate(name, preview);
  void loadSiteIndex();
  CMS.init({
    // Only on 127.0.0.1 or localhost, and only when `npm run edit` (or the tests) proxy this address to
    // Decap's local git backend: the same origin as the page, so the editor talks to no other.
    config: { local_backend: { url: localBackendUrl } },
  });
}

// Both scripts are deferred, ours first: Decap's has run by the time the document is parsed.
document.addEventListener("DOMContentLoaded", () => void start(), { once: true });
