import { describe, expect, it, vi } from "vitest";
import { type DecapEntry, preferUploads, uploadedFiles } from "@/lib/cms/uploaded-images";

/**
 * The editor's images uploaded and not yet saved: found by the address the essay names them by,
 * for the preview and the form's thumbnail (the browser's side is tests/e2e/writing.spec.ts).
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

describe("the form's getAsset", () => {
  it("answers an uploaded image's address with the upload, and everything else as Decap does", () => {
    let entry = entryWith([]);
    const decapGetAsset = vi.fn((path: string) => `decap:${path}`);
    const getAsset = preferUploads(decapGetAsset, () => entry);
    expect(getAsset("/images/articles/housing/vigil.png")).toBe("decap:/images/articles/housing/vigil.png");

    // The entry as it is when the thumbnail is drawn, not when getAsset was made.
    entry = entryWith([{ path: "public/images/articles/housing/vigil.png", url: "blob:http://localhost/1" }]);
    expect(getAsset("/images/articles/housing/vigil.png")).toBe("blob:http://localhost/1");
    expect(getAsset("/images/shared/map.png", "field")).toBe("decap:/images/shared/map.png");
    expect(decapGetAsset).toHaveBeenLastCalledWith("/images/shared/map.png", "field");
  });

  it("is one function for each of Decap's, so the image control does not redraw for a new one", () => {
    const decapGetAsset = (path: string) => path;
    const getEntry = () => undefined;
    expect(preferUploads(decapGetAsset, getEntry)).toBe(preferUploads(decapGetAsset, getEntry));
    expect(preferUploads((path: string) => path, getEntry)).not.toBe(preferUploads(decapGetAsset, getEntry));
  });
});
