import type { Element, Root as HastRoot } from "hast";
import type { FootnoteDefinition, Image, PhrasingContent, Root as MdastRoot, RootContent } from "mdast";
import type { MdxJsxFlowElement } from "mdast-util-mdx-jsx";
import rehypeRemark, { type Options as RehypeRemarkOptions } from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkMdx from "remark-mdx";
import remarkStringify, { type Options as StringifyOptions } from "remark-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { ACTION_STEPS_TAG } from "./action-steps";
import { findAll, isElement, plainText } from "./hast";
import { IMAGE_INDEX_PROPERTY } from "./images";
import type { ImportLog } from "./log";
import { NOTE_REF_TAG, NOTE_TAG, NOTES_TAG } from "./notes";

/**
 * Turns a cleaned-up post (hast) into the MDX an editor would have written:
 * rehype-remark makes the Markdown tree, remark-stringify writes it with GFM
 * and MDX escaping, so `{`, `<` and Markdown's own characters in the text read
 * as themselves. Figures, recovered notes and action steps have handlers here;
 * everything else is rehype-remark's own.
 */

type Handle = NonNullable<NonNullable<RehypeRemarkOptions["handlers"]>[string]>;

const figure: Handle = (state, node) => {
  const images: PhrasingContent[] = [];
  const rest: Element[] = [];
  let caption: Element | undefined;
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (child.tagName === "figcaption") caption = child;
    else if (child.tagName === "img") images.push(state.one(child, node) as Image);
    else {
      const inner = findAll(child, (element) => element.tagName === "img");
      if (inner.length > 0 && child.tagName !== "p") images.push(...inner.map((image) => state.one(image, child) as Image));
      else rest.push(child);
    }
  }
  const result: RootContent[] = [];
  if (images.length > 0) result.push({ type: "paragraph", children: images.flatMap((image, index) => (index === 0 ? [image] : [{ type: "text", value: " " } as PhrasingContent, image])) });
  for (const other of rest) result.push(...(state.toFlow([state.one(other, node)].flat() as RootContent[]) as RootContent[]));
  if (caption && plainText(caption) !== "") result.push({ type: "paragraph", children: state.all(caption) as PhrasingContent[] });
  return result;
};

const img: Handle = (_state, node) => {
  const image: Image = { type: "image", url: "", alt: typeof node.properties.alt === "string" ? node.properties.alt : "", title: null };
  image.data = { importImage: Number(node.properties[IMAGE_INDEX_PROPERTY]) } as Image["data"];
  return image;
};

const noteReference: Handle = (_state, node) => {
  const identifier = String(node.properties.number);
  return { type: "footnoteReference", identifier, label: identifier };
};

const notes: Handle = (state, node) =>
  node.children.filter((child): child is Element => isElement(child, NOTE_TAG)).map((note): FootnoteDefinition => {
    const identifier = String(note.properties.number);
    return { type: "footnoteDefinition", identifier, label: identifier, children: state.toFlow(state.all(note)) as FootnoteDefinition["children"] };
  });

const actionSteps: Handle = (state, node): MdxJsxFlowElement => ({
  type: "mdxJsxFlowElement",
  name: "ActionSteps",
  attributes: [],
  children: state.toFlow(state.all(node)) as MdxJsxFlowElement["children"],
});

const toMarkdownTree = unified()
  .use(rehypeRemark, {
    handlers: { figure, img, [NOTE_REF_TAG]: noteReference, [NOTES_TAG]: notes, [ACTION_STEPS_TAG]: actionSteps },
  })
  .freeze();

/**
 * Every image needs words for readers who cannot see it: its own alt text,
 * else its caption; an image with neither gets a plain placeholder and a
 * warning, so the check passes and an editor knows to describe it.
 */
export function fillAltText(tree: HastRoot, log: ImportLog) {
  visit(tree, "element", (node) => {
    if (node.tagName !== "figure") return;
    const caption = node.children.find((child): child is Element => isElement(child, "figcaption"));
    for (const image of findAll(node, (child) => child.tagName === "img")) {
      if (typeof image.properties.alt === "string" && image.properties.alt.trim() !== "") continue;
      if (caption && plainText(caption) !== "") image.properties.alt = plainText(caption);
    }
  });
  let missing = 0;
  visit(tree, "element", (node) => {
    if (node.tagName !== "img" || (typeof node.properties.alt === "string" && node.properties.alt.trim() !== "")) return;
    node.properties.alt = "An image from the original post";
    missing++;
  });
  if (missing > 0) log.warn(`${missing === 1 ? "an image has" : `${missing} images have`} neither alt text nor a caption; each got the alt text “An image from the original post”: describe what it shows`);
}

export function toMdast(tree: HastRoot): MdastRoot {
  return toMarkdownTree.runSync(structuredClone(tree)) as MdastRoot;
}

/** Points every image at its file in the post's folder, e.g. /images/articles/<slug>/image-1.png. */
export function setImageUrls(tree: MdastRoot, folder: string, fileNames: Map<number, string>): void {
  visit(tree, "image", (node) => {
    const index = (node.data as { importImage?: number } | undefined)?.importImage;
    const fileName = index === undefined ? undefined : fileNames.get(index);
    node.url = fileName ? `${folder}/${fileName}` : "";
  });
}

const stringifyOptions: StringifyOptions = {
  bullet: "-",
  emphasis: "*",
  strong: "*",
  fence: "`",
  fences: true,
  rule: "-",
  listItemIndent: "one",
  // MDX has no <autolinks>, so a link whose text is its address is written out in full.
  resourceLink: true,
  // A line of text starting with `import` or `export` would read as code in MDX.
  unsafe: [
    { character: "i", atBreak: true, after: "mport\\b" },
    { character: "e", atBreak: true, after: "xport\\b" },
    // "[^a-z]" in prose would read as a footnote reference.
    { character: "[", after: "\\^" },
  ],
};

const writer = unified().use(remarkGfm).use(remarkMdx).use(remarkStringify, stringifyOptions).freeze();

export function toMdx(tree: MdastRoot): string {
  return writer.stringify(tree);
}
