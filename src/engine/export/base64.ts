const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 (RFC 4648, with padding) of bytes whose length is a multiple of 3, or of the last bytes when `last`. */
function encode(b: Uint8Array, last: boolean): string {
  let s = '';
  const whole = b.length - (b.length % 3);
  for (let i = 0; i < whole; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    s += ALPHABET[v >> 18] + ALPHABET[(v >> 12) & 63] + ALPHABET[(v >> 6) & 63] + ALPHABET[v & 63];
  }
  const r = b.length - whole;
  if (r && !last) throw new Error('base64: partial group before the end');
  if (r === 1) {
    const v = b[whole] << 16;
    s += `${ALPHABET[v >> 18]}${ALPHABET[(v >> 12) & 63]}==`;
  } else if (r === 2) {
    const v = (b[whole] << 16) | (b[whole + 1] << 8);
    s += `${ALPHABET[v >> 18]}${ALPHABET[(v >> 12) & 63]}${ALPHABET[(v >> 6) & 63]}=`;
  }
  return s;
}

/**
 * Base64 of a sequence of byte arrays as if they were one, in pieces: each piece's text is yielded
 * as soon as it is complete (groups of 3 bytes may straddle two arrays). `chunk` bytes per piece.
 */
export function* base64Pieces(parts: Iterable<Uint8Array>, chunk = 3 << 14): Generator<string> {
  const buf = new Uint8Array(chunk);
  let n = 0;
  for (const p of parts) {
    let i = 0;
    while (i < p.length) {
      const take = Math.min(chunk - n, p.length - i);
      buf.set(p.subarray(i, i + take), n);
      n += take; i += take;
      if (n === chunk) { yield encode(buf, false); n = 0; }
    }
  }
  if (n) yield encode(buf.subarray(0, n), true);
}
