/**
 * `<ActionSteps>` as a block in the editor's rich-text mode: an introduction
 * and a list of steps, each a title and what it involves. It writes the
 * Markdown an editor writes by hand (docs/editing.md): the block's tags on
 * lines of their own, one `###` heading per step, blank lines between.
 */

export interface ActionStepsData {
  intro: string;
  steps: { title: string; details: string }[];
}

/** The whole block, from its opening tag at the start of a line to the first closing tag. */
export const ACTION_STEPS_PATTERN = /^<ActionSteps>[ \t]*\n([\s\S]*?)\n?<\/ActionSteps>/;

export function readActionSteps(inner: string): ActionStepsData {
  const intro: string[] = [];
  const steps: { title: string; lines: string[] }[] = [];
  for (const line of inner.split("\n")) {
    const heading = /^###[ \t]+(.*?)[ \t#]*$/.exec(line);
    if (heading) steps.push({ title: heading[1], lines: [] });
    else if (steps.length > 0) steps[steps.length - 1].lines.push(line);
    else intro.push(line);
  }
  return { intro: intro.join("\n").trim(), steps: steps.map((step) => ({ title: step.title.trim(), details: step.lines.join("\n").trim() })) };
}

export function writeActionSteps(given: Partial<ActionStepsData> | { toJS(): Partial<ActionStepsData> }): string {
  // Decap hands the block's data over as plain values or as an Immutable map.
  const data = "toJS" in given && typeof given.toJS === "function" ? given.toJS() : (given as Partial<ActionStepsData>);
  const parts = [data.intro?.trim() ?? ""];
  for (const step of data.steps ?? []) {
    const title = (step?.title ?? "").replace(/\s+/g, " ").trim();
    parts.push(`### ${title}`, step?.details?.trim() ?? "");
  }
  return ["<ActionSteps>", ...parts.filter((part) => part !== ""), "</ActionSteps>"].join("\n\n");
}

/** The editor component's definition (Decap's `registerEditorComponent`). */
export const actionStepsComponent = {
  id: "action-steps",
  label: "Action steps",
  fields: [
    { name: "intro", label: "Introduction", widget: "markdown", required: false, buttons: ["bold", "italic", "link"], editor_components: [] },
    {
      name: "steps",
      label: "Steps",
      label_singular: "Step",
      widget: "list",
      min: 1,
      summary: "{{fields.title}}",
      fields: [
        { name: "title", label: "What the reader can do", widget: "string" },
        { name: "details", label: "What it involves", widget: "markdown", required: false, buttons: ["bold", "italic", "link", "bulleted-list", "numbered-list"], editor_components: [] },
      ],
    },
  ],
  pattern: ACTION_STEPS_PATTERN,
  fromBlock: (match: RegExpMatchArray) => readActionSteps(match[1] ?? ""),
  toBlock: writeActionSteps,
  toPreview: writeActionSteps,
};
