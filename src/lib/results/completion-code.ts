// The completion code a student sees on handing in, and the teacher sees next to their name
// and in the CSV. It comes from the file's checksum, a SHA-256 over the canonical body; a
// version-2 body holds no download time or anything else that changes when the same work is
// downloaded again, so the same work always gives the same code. It shows that a file is the
// one the student handed in; it proves nothing about who made it (there are no accounts).

/** JSON with keys in a fixed order, so the checksum does not depend on how a file was written. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Eight characters from the checksum, without look-alikes (0/O, 1/I/L), easy to read aloud. */
export function completionCode(file: { checksum: string }): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  let n = BigInt(`0x${file.checksum.slice(0, 12) || '0'}`);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code += alphabet[Number(n % 31n)];
    n /= 31n;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
