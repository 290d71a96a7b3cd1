import "./ContentNote.css";

/** A content note sits above the essay in plain words and never hides it. */
export function ContentNote({ note }: { note: string }) {
  return (
    <aside className="content-note" aria-label="Content note">
      <strong>Content note:</strong> {note}
    </aside>
  );
}
