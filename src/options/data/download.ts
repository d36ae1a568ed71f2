/** Save text as a file the user downloads: a Blob URL and an <a download> click, no permission needed. */
/** Returns the file's size in bytes. */
export function downloadText(text: string, fileName: string, type: string): number {
  const blob = new Blob([text], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute is ample before letting the memory go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return blob.size;
}
