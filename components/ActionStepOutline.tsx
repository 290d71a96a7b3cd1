import type { ActionStep } from "@/lib/content";
import "./ActionStepOutline.css";

/**
 * The article's action steps as a navigation list, derived from the essay's own
 * headings. It comes before the essay so a reader meets it first: a compact
 * block to open on phones, and on wide screens always open and sticky in the
 * margin while reading (see ActionStepOutline.css).
 */
export function ActionStepOutline({ steps, actionSheetHref }: { steps: ActionStep[]; actionSheetHref: string }) {
  if (steps.length === 0) return null;
  return (
    <nav className="action-step-outline" aria-labelledby="action-step-outline-heading">
      <details className="outline-details">
        <summary>
          <h2 id="action-step-outline-heading" className="outline-heading">
            Action steps
          </h2>{" "}
          <span className="outline-count">({steps.length})</span>
        </summary>
        <ol>
          {steps.map((step) => (
            <li key={step.id}>
              <a href={`#${step.id}`}>{step.title}</a>
            </li>
          ))}
        </ol>
        <p className="outline-sheet">
          <a href={actionSheetHref}>Printable action sheet</a>
        </p>
      </details>
    </nav>
  );
}
