// Base64 decoding for the recogniser's embedded data (the model and the gazetteer).
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 to bytes without atob or Buffer, so the same code runs in Node and in a web worker. */
export function decodeBase64(s: string): Uint8Array {
  const value = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) value[B64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 61 /* = */) len--;
  const out = new Uint8Array((len * 3) >> 2);
  // Four characters make three bytes: whole groups first, then the few characters left bit by bit.
  const whole = len & ~3;
  let o = 0;
  for (let i = 0; i < whole; i += 4) {
    const a = value[s.charCodeAt(i) & 127], b = value[s.charCodeAt(i + 1) & 127];
    const c = value[s.charCodeAt(i + 2) & 127], d = value[s.charCodeAt(i + 3) & 127];
    if ((a | b | c | d) < 0) throw new Error('ner model: bad base64');
    const group = (a << 18) | (b << 12) | (c << 6) | d;
    out[o] = group >> 16;
    out[o + 1] = (group >> 8) & 255;
    out[o + 2] = group & 255;
    o += 3;
  }
  let acc = 0, bits = 0;
  for (let i = whole; i < len; i++) {
    const v = value[s.charCodeAt(i) & 127];
    if (v < 0) throw new Error('ner model: bad base64');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) { bits -= 8; out[o++] = (acc >> bits) & 255; }
  }
  return out;
}
