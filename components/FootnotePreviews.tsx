"use client";

import { useEffect } from "react";
import { startFootnotePreviews } from "./reader-scripts/footnote-previews";
import "./FootnotePreviews.css";

/** Runs the footnote previews on the essay's body (see reader-scripts/footnote-previews.ts). */
export function FootnotePreviews() {
  useEffect(() => {
    const prose = document.querySelector<HTMLElement>(".prose");
    if (!prose) return;
    return startFootnotePreviews(prose);
  }, []);
  return null;
}
