// A path or file name inside a sentence stays left to right in Arabic: without the isolate,
// "/media/usb/Tulay" shows as "media/usb/Tulay/" in a right-to-left line.
export function leftToRight(text: string): string {
  return `\u2066${text}\u2069`;
}
