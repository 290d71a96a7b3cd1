import type { ActionStep } from "@/lib/content";

/**
 * The article's action steps as a navigation list, derived from the essay's own
 * headings. It sits before the essay so a reader meets it first, and stays in
 * reach (sticky in the margin on wide screens) while reading.
 */
export function ActionStepOutline({ steps }: { steps: ActionStep[] }) {
  if (steps.length === 0) return null;
  return (
    <nav className="action-step-outline" aria-labelledby="action-step-outline-heading">
      <h2 id="action-step-outline-heading" className="outline-heading">
        <a href="#action-steps">Action steps</a>
      </h2>
      <ol>
        {steps.map((step) => (
          <li key={step.id}>
            <a href={`#${step.id}`}>{step.title}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
