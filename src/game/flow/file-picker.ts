/**
 * The system's file picker for a chapter file. It must be opened from the teacher's own click
 * or key press, so the button calls it directly (no await before `click()`).
 */

/** The file types the picker offers (a `.txt` may hold JSON or a chapter source: both are read). */
const CHAPTER_FILE_ACCEPT = '.chapitre,.chapter,.txt,.json,application/json,text/plain';

/** The system's file picker (it needs the teacher's own click or key press: a button calls this). */
export function pickFile(onFile: (files: File[]) => void): void {
  document.getElementById('chapter-file-input')?.remove();
  const input = document.createElement('input');
  input.type = 'file';
  input.id = 'chapter-file-input';
  input.accept = CHAPTER_FILE_ACCEPT;
  // Several: a chapter source with its English table (chapter-open.ts says which pairs go).
  input.multiple = true;
  input.hidden = true;
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.remove();
    if (files.length > 0) onFile(files);
  });
  document.body.append(input);
  input.click();
}
