// Bytes to text for the command line: strict UTF-8, so that a binary or wrongly encoded file is an
// error rather than analysed garbage.

export type Decoded = { ok: true; text: string; bom: boolean } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.indexOf(0) >= 0) return { ok: false, reason: 'binary file (contains NUL bytes; UTF-16 text is not supported)' };
  const bom = UTF8_BOM.every((b, i) => bytes[i] === b);
  try {
    // The decoder drops a leading byte-order mark itself (ignoreBOM: false), as editors do.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
}
