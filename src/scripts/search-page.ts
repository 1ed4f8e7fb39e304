/** The /search/?q=… page: runs the query from the URL with Pagefind, in the browser. */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

export async function runSearchPage(): Promise<void> {
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const status = document.querySelector<HTMLElement>('#search-status');
  const input = document.querySelector<HTMLInputElement>('#search-page-input');
  if (!list || !status || !input) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = 'Searching…';
  const base = list.dataset['pagefindBase'] ?? '/pagefind/';
  const pagefind = (await import(/* @vite-ignore */ `${base}pagefind.js`)) as Pagefind;
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
  list.replaceChildren(
    ...results.map((result) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.className = 'title';
      link.href = result.url;
      link.textContent = result.meta['title'] ?? result.url;
      const excerpt = document.createElement('p');
      excerpt.innerHTML = result.excerpt; // Pagefind escapes page text and adds only <mark>
      item.append(link, excerpt);
      return item;
    }),
  );
  status.textContent = results.length === 0 ? `No results for “${query}”.` : `${search.results.length} results for “${query}”.`;
}
