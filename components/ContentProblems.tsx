import { type FileProblems, formatProblem } from "@/lib/content";
import styles from "./ContentProblems.module.css";

/**
 * What the development server shows instead of failing every page when a file
 * has problems: each problem in the words `npm run check` uses. The production
 * build never gets here; it stops on the first file with a problem.
 */

/**
 * How many broken files the banner lists in full. After a large import most
 * files may have problems; a banner listing hundreds would bury the page and
 * slow every reload, while each file's own page and `npm run check` list all.
 */
const FILES_LISTED = 20;
/** How many the banner's one-line summary names. */
const FILES_NAMED = 5;

/** Every page, while any file has problems: which files, and what is wrong with them. */
export function ContentProblemsBanner({ files }: { files: FileProblems[] | undefined }) {
  if (!files?.length) return null;
  const listed = files.slice(0, FILES_LISTED);
  const unlisted = files.length - listed.length;
  const names = files.slice(0, FILES_NAMED).map((file) => file.file).join(", ");
  const unnamed = Math.max(0, files.length - FILES_NAMED);
  return (
    <aside className={styles.banner} aria-label="Content problems">
      <details open={files.length <= FILES_NAMED}>
        <summary>
          While editing: {files.length === 1 ? "1 file has" : `${files.length} files have`} problems that the build will refuse: {names}
          {unnamed > 0 && `, and ${unnamed} more`}
        </summary>
        <ul className={styles.files}>
          {listed.map((file) => (
            <li key={file.file}>
              {file.pagePath ? <a href={file.pagePath}>{file.file}</a> : file.file}
              <ProblemList file={file} />
            </li>
          ))}
        </ul>
        {unlisted > 0 && (
          <p>
            {unlisted === 1 ? "1 more file has" : `${unlisted} more files have`} problems: each shows them on its own page, and <code>npm run check</code> lists them
            all.
          </p>
        )}
      </details>
    </aside>
  );
}

/** A file's own page: its problems, above its content when it can still be shown. */
export function FileProblemsNotice({ file, headingLevel }: { file: FileProblems; headingLevel: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className={styles.notice} aria-labelledby="file-problems-heading">
      <Heading id="file-problems-heading" className={styles.heading}>
        {file.file} has {file.problems.length === 1 ? "a problem" : `${file.problems.length} problems`}
      </Heading>
      <p>{file.shown ? "The page shows below, but the build will refuse it until this is fixed." : "The page cannot be shown until this is fixed."}</p>
      <ProblemList file={file} />
    </section>
  );
}

function ProblemList({ file }: { file: FileProblems }) {
  return (
    <ul className={styles.problems}>
      {file.problems.map((problem, index) => (
        <li key={index} className={styles.problem}>
          {formatProblem(problem)}
        </li>
      ))}
    </ul>
  );
}
