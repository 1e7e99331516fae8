/** Headers that carry credentials or signatures; their values are never printed. */
const SECRET_HEADERS = new Set(["x-auth-token", "authorization", "x-security-token", "x-subject-token", "cookie", "set-cookie"]);

export const REDACTED = "[redacted]";

export function redactHeaders(headers: Headers): [string, string][] {
  const out: [string, string][] = [];
  headers.forEach((value, name) => out.push([name, SECRET_HEADERS.has(name.toLowerCase()) ? REDACTED : value]));
  // Code-unit order, as Headers iterates: localeCompare would build an ICU collator (~5 ms of a dry run).
  return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Replaces every occurrence of the given secret values in `text`, as a last line of defence for
 * bodies and error messages that might echo a credential back. An AK/SK signature is replaced
 * too, as the client does: a gateway refusing one may quote the Authorization header back (in a
 * body `--debug` prints, or a header of its own), and it is made per request, so no list holds it.
 */
export function scrub(text: string, secrets: readonly string[]): string {
  let out = text.replace(/(?<=Signature=)\w+/g, REDACTED);
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return out;
}
