/** Every public route of the launch content, with the heading a reader should see. */
export const ESSAY = "/articles/can-anti-trafficking-be-rescued";

export const ROUTES = [
  { path: "/", heading: "Reframe Health and Justice" },
  { path: ESSAY, heading: "Can Anti-Trafficking Be Rescued?" },
  { path: "/authors/kate-dadamo", heading: "Kate D'Adamo" },
  { path: "/collective", heading: "Reframe Health and Justice" },
  { path: "/topics", heading: "Topics" },
  { path: "/topics/sex-workers-rights-and-human-trafficking", heading: "Sex Workers' Rights and Human Trafficking" },
] as const;
