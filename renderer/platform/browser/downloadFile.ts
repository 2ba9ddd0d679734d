// Saves data in a plain browser: a Blob handed to an <a download>. The browser decides where
// it goes and does not say whether the person cancelled, so the file name is all we know.
const revokeDelayMs = 60_000;

export function downloadFile(
  fileName: string,
  data: string | Uint8Array<ArrayBuffer> | Blob,
): string {
  const blob = data instanceof Blob ? data : new Blob([data], { type: 'application/octet-stream' });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel a download that has not started reading the Blob yet.
  setTimeout(() => URL.revokeObjectURL(url), revokeDelayMs);
  return fileName;
}
