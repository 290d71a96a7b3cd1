// On the essay page: footnote previews, the outline's tracking, the copy buttons and sharing.
import { startActionStepTracker } from "../action-step-tracker";
import { startCitationCopying } from "../copy-citations";
import { startStepLinkCopying } from "../copy-step-links";
import { startFootnotePreviews } from "../footnote-previews";
import { startShareEssay } from "../share-essay";
import { whenReady } from "../when-ready";

whenReady(() => {
  const prose = document.querySelector<HTMLElement>(".prose");
  if (prose) startFootnotePreviews(prose);
  startActionStepTracker(document);
  startStepLinkCopying(document);
  startCitationCopying(document);
  startShareEssay(document);
});
