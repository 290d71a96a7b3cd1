/**
 * The slug Decap gives a new entry, from its title, with the configuration in
 * editor-config.ts (`slug: { encoding: ascii, clean_accents: true,
 * sanitize_replacement: "-" }`): lower case, apostrophes dropped, accents
 * removed, every other character outside letters, digits and - _ . ~ a
 * hyphen, hyphens never doubled or at either end. A title whose slug is
 * taken gets -1, -2 and so on, as Decap does. The preview needs it to name the
 * file a new essay will be saved as before Decap has saved it; a unit test
 * holds it to Decap's own function.
 */
export function decapSlug(title: string, taken: readonly string[] = []): string {
  const slug = title
    .trim()
    .toLocaleLowerCase()
    .replace(/'/g, "")
    .replace(/\./g, "-")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\w\-.~]/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
  const used = new Set(taken);
  let unique = slug;
  for (let suffix = 1; used.has(unique); suffix++) unique = `${slug}-${suffix}`;
  return unique;
}
