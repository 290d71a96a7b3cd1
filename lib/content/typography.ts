import type { Link, Root as MdastRoot, Text } from "mdast";
import remarkSmartypants from "remark-smartypants";
import { retext } from "retext";
import retextSmartypants, { type Options as SmartypantsOptions } from "retext-smartypants";
import { unified } from "unified";
import { visit } from "unist-util-visit";

/**
 * True typography for everything a reader sees: curly quotes and apostrophes,
 * en and em dashes, ellipses. Bodies go through `remark-smartypants`, and
 * frontmatter text through the same library (`retext-smartypants`, which
 * remark-smartypants runs underneath) with the same options, so a title and a
 * paragraph are set alike.
 *
 * `--` is an en dash (ranges, 1990--2000) and `---` an em dash, as in TeX and
 * SmartyPants' "oldschool" setting; a dash typed as a character stays as it is.
 */
export const SMARTYPANTS_OPTIONS: SmartypantsOptions = { dashes: "oldschool" };

const frontmatterProcessor = retext().use(retextSmartypants, SMARTYPANTS_OPTIONS).freeze();

/** Sets a line of frontmatter text (a title, a summary, a name) in true typography. */
export function typeset(text: string): string {
  return String(frontmatterProcessor.processSync(text));
}

/**
 * remark-smartypants for MDX bodies. It changes only text nodes, so code,
 * link addresses and JSX attributes are left alone; the one kind of text that
 * is an address, a bare URL turned into a link, is put back as written.
 */
const bodyProcessor = unified().use(remarkSmartypants, SMARTYPANTS_OPTIONS).freeze();

export function remarkTypography() {
  return (tree: MdastRoot) => {
    const addresses: [Text, string][] = [];
    visit(tree, "link", (link: Link) => {
      const [only] = link.children;
      if (link.children.length === 1 && only.type === "text" && isAddressText(only.value, link.url)) addresses.push([only, only.value]);
    });
    bodyProcessor.runSync(tree);
    for (const [node, value] of addresses) node.value = value;
  };
}

function isAddressText(text: string, url: string): boolean {
  return [text, `mailto:${text}`, `http://${text}`, `https://${text}`].includes(url);
}
