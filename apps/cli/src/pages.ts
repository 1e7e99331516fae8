/**
 * Follows marker pagination: each next page starts after the last item of the one before, until a
 * page comes back short. A server that ignores the marker (a static mock, for one) would repeat the
 * same page forever, so a page whose last item was already seen ends the walk too.
 */
export async function collectPages<T>(
  fetchPage: (marker: string | undefined) => Promise<T[]>,
  idOf: (item: T) => string,
  pageSize: number,
  onRepeat: () => void = () => {},
): Promise<T[]> {
  const all: T[] = [];
  const seen = new Set<string>();
  let marker: string | undefined;
  for (;;) {
    const page = await fetchPage(marker);
    const fresh = page.filter((item) => !seen.has(idOf(item)));
    for (const item of fresh) seen.add(idOf(item));
    all.push(...fresh);
    const last = page[page.length - 1];
    if (page.length < pageSize || last === undefined) return all;
    if (fresh.length === 0) {
      onRepeat();
      return all;
    }
    marker = idOf(last);
  }
}
