// Which texts the engine should not be given. No vscode import: unit-tested on its own.

/** How much of the start of a text is sampled to decide whether it is binary. */
const SAMPLE = 8192;

/**
 * True for text that is not prose: a NUL character, or more than 10% control characters (other than
 * tab / line breaks / form feed) or replacement characters, in the first 8 KB.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    // U+FFFD is what undecodable bytes become when a binary file is opened as text.
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** "2 MB", "512 KB": how a size limit is shown to the user. */
export function formatSize(chars: number): string {
  if (chars >= 1024 * 1024) return `${+(chars / (1024 * 1024)).toFixed(1)} MB`;
  if (chars >= 1024) return `${Math.round(chars / 1024)} KB`;
  return `${chars} characters`;
}
