// Thrown when a picked file is over the caller's limit. It carries the numbers so the UI can
// tell the person, in their language, which file and what the limit is.
export class FileTooLargeError extends Error {
  override readonly name = 'FileTooLargeError';

  constructor(
    readonly fileName: string,
    readonly size: number,
    readonly maxBytes: number,
  ) {
    super(`${fileName} is ${size} bytes; the limit is ${maxBytes} bytes`);
  }
}
