import { unzipSync } from "fflate";

/**
 * Reads chosen entries of a zip archive into memory; nothing is unpacked to
 * disk. An entry whose name climbs out of the archive (`../`, an absolute
 * path) is refused by name, and an archive that would unpack to more than the
 * limits, or an entry packed unreasonably tightly, is refused whole: that is
 * how a zip bomb looks.
 */

export interface ZipLimits {
  /** Largest total size of the chosen entries once unpacked. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Largest ratio of unpacked to packed size; text rarely packs past 20:1. */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxTotalBytes: 512 * 1024 * 1024, maxEntryBytes: 32 * 1024 * 1024, maxRatio: 200 };

export class ZipRefused extends Error {}

export interface ZipContents {
  entries: { name: string; bytes: Uint8Array }[];
  /** Entries refused by name, with the reason. */
  refused: string[];
  /** How many files were not wanted (other folders of the export); folders' own entries are not counted. */
  ignored: number;
}

/** Names that would write outside a folder they were unpacked into. */
export function isUnsafeEntryName(name: string): boolean {
  const parts = name.split(/[\\/]/);
  return /^[\\/]/.test(name) || /^[a-z]:/i.test(name) || parts.includes("..") || name.includes("\0");
}

export function readZip(archive: Uint8Array, wanted: (name: string) => boolean, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipContents {
  const refused: string[] = [];
  let ignored = 0;
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(archive, {
      filter(entry) {
        if (isUnsafeEntryName(entry.name)) {
          refused.push(`${entry.name}: its name leads outside the archive`);
          return false;
        }
        // A folder's own entry holds nothing: it is neither wanted nor a file left out.
        if (entry.name.endsWith("/")) return false;
        if (!wanted(entry.name)) {
          ignored++;
          return false;
        }
        total += entry.originalSize;
        const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
        if (entry.originalSize > limits.maxEntryBytes) throw new ZipRefused(`${entry.name} would unpack to more than ${mb(limits.maxEntryBytes)}`);
        if (total > limits.maxTotalBytes) throw new ZipRefused(`its posts would unpack to more than ${mb(limits.maxTotalBytes)}`);
        if (entry.size > 0 && entry.originalSize / entry.size > limits.maxRatio) {
          throw new ZipRefused(`${entry.name} is packed ${Math.round(entry.originalSize / entry.size)} times smaller than it unpacks, which is how a zip bomb looks`);
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ZipRefused) throw error;
    throw new ZipRefused(`it could not be read as a zip archive (${(error as Error).message})`);
  }
  return { entries: Object.entries(files).map(([name, bytes]) => ({ name, bytes })), refused, ignored };
}
