// The view's whole state lives in the URL (#/page?key=value...): a copied link reproduces the view.
export type Params = Record<string, string>;

export function route(): { page: string; params: Params } {
  const h = location.hash.replace(/^#\/?/, '');
  const [page, query] = h.split('?');
  const params: Params = {};
  new URLSearchParams(query ?? '').forEach((v, k) => { params[k] = v; });
  return { page: page || 'dyad', params };
}

export function setParams(page: string, params: Params, replace = true): void {
  const q = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== '' && v !== undefined)).toString();
  const hash = `#/${page}${q ? '?' + q : ''}`;
  if (hash === location.hash) return;
  if (replace) history.replaceState(null, '', hash); else history.pushState(null, '', hash);
}
