import { describe, expect, it } from "vitest";
import { type DecapEntry, uploadedFiles } from "@/lib/cms/uploaded-images";

/**
 * The editor's images uploaded and not yet saved: found by the address the essay names them by,
 * for the preview (the browser's side is tests/e2e/writing.spec.ts).
 */

/** An entry as Decap hands it over: an Immutable map whose mediaFiles list turns into plain objects. */
function entryWith(mediaFiles: { path: string; url?: string }[]): DecapEntry {
  return { get: (key: string) => (key === "mediaFiles" ? { toJS: () => mediaFiles } : undefined) };
}

describe("the entry's uploaded images", () => {
  it("are found by the site's address of each file under public/, with the browser's address where there is one", () => {
    const files = uploadedFiles(
      entryWith([
        { path: "public/images/articles/housing/vigil.png", url: "blob:http://localhost/1" },
        { path: "public/images/articles/housing/saved.png" },
        { path: "content/articles/elsewhere.png", url: "blob:http://localhost/2" },
      ]),
    );
    expect([...files]).toEqual([
      ["/images/articles/housing/vigil.png", "blob:http://localhost/1"],
      ["/images/articles/housing/saved.png", undefined],
    ]);
  });

  it("are none for an entry without media files, or no entry", () => {
    expect(uploadedFiles({ get: () => undefined }).size).toBe(0);
    expect(uploadedFiles(undefined).size).toBe(0);
  });
});
