/** Every public route of the launch content, with what a reader should see. */
export const ESSAY = "/articles/can-anti-trafficking-be-rescued";
export const ACTION_SHEET = `${ESSAY}/actions`;

export const ROUTES = [
  { path: "/", heading: "Reframe Health and Justice", title: "Reframe Health and Justice" },
  { path: ESSAY, heading: "Can Anti-Trafficking Be Rescued?", title: "Can Anti-Trafficking Be Rescued? — Reframe Health and Justice" },
  { path: ACTION_SHEET, heading: "Can Anti-Trafficking Be Rescued?", title: "Action steps: Can Anti-Trafficking Be Rescued? — Reframe Health and Justice" },
  { path: "/authors/kate-dadamo", heading: "Kate D’Adamo", title: "Kate D’Adamo — Reframe Health and Justice" },
  { path: "/collective", heading: "Reframe Health and Justice", title: "The collective — Reframe Health and Justice" },
  { path: "/topics", heading: "Topics", title: "Topics — Reframe Health and Justice" },
  {
    path: "/topics/sex-workers-rights-and-human-trafficking",
    heading: "Sex Workers’ Rights and Human Trafficking",
    title: "Sex Workers’ Rights and Human Trafficking — Reframe Health and Justice",
  },
  { path: "/leaving-quickly", heading: "Leaving quickly and browsing safely", title: "Leaving quickly and browsing safely — Reframe Health and Justice" },
] as const;

/** Pages that exist for readers but are not listed for search engines (noindex). */
export const UNLISTED_ROUTES = [{ path: "/search", heading: "Search", title: "Search — Reframe Health and Justice" }] as const;

export const ALL_ROUTES = [...ROUTES, ...UNLISTED_ROUTES];

/** Strings that mark what the essay's action steps say, in order. */
export const STEP_TITLES = [
  "Support Holding Law Enforcement Accountable. Their Behavior Reflects on You.",
  "Be Prepared to Change Your Enforcement Partners.",
  "Engage in Organizational Self-Reflection.",
  "Re-Define Partnership",
  "Advocate For Legislative Change",
];
