// The HTTP API (/api/v1) as the pages use it: JSON envelopes with rows, options, data version and citation.
export interface Envelope<T> { data_version: string; options: Record<string, string>; citation: string; rows: T[]; notes: string[] }
export interface Country { iso3: string; iso2: string | null; cow: number | null; m49: number | null; name: string; member_from: string | null; member_until: string | null; successors: string | null; n: number }
export interface AlignRow { state_a: string; state_b: string; period_kind: string; period: number; measure: string; slice: string; value: number | null; n: number }
export interface MapRow { iso3: string; period_kind: string; period: number; measure: string; slice: string; pole_a: string; pole_b: string | null; value: number | null; n: number; value_a: number | null; n_a: number; value_b: number | null; n_b: number | null }
export interface IdealRow { iso3: string; period_kind: string; period: number; model: string; estimate: number; std_error: number; lower: number; upper: number; n: number }
export interface RollCallRow { rollcall_id: number; session: number | null; date: string; year: number; resolution: string | null; title: string | null; issues: string; important: boolean; amendment: boolean; paragraph: boolean; yes: number; no: number; abstain: number; n: number; iso3: string | null; state_vote: string | null }
export interface MeasureDoc { key: string; name: string; description: string; citation: string; range: string }
export interface Info { data_version: string; empty: boolean; roll_calls: number; states: number; first_year: number | null; last_year: number | null; years: { period: number; n: number }[]; measures: MeasureDoc[]; slices: string[]; citation: string; how_to_ingest: string }
export interface Problem { title: string; status: number; detail: string; parameter: string | null; valid: string[] | null }

export class ApiError extends Error {
  constructor(public problem: Problem) { super(problem.detail); }
}

const cache = new Map<string, Promise<unknown>>();

export function apiUrl(path: string, params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `/api/v1${path}${s ? '?' + s : ''}`;
}

export async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const url = apiUrl(path, params);
  let p = cache.get(url) as Promise<T> | undefined;
  if (!p) {
    p = fetch(url, { headers: { Accept: 'application/json' } }).then(async r => {
      if (!r.ok) { cache.delete(url); throw new ApiError(await r.json() as Problem); }
      return r.json() as Promise<T>;
    });
    cache.set(url, p);
  }
  return p;
}

let infoPromise: Promise<Info> | null = null;
export const info = () => (infoPromise ??= get<Info>('/info'));
let countriesPromise: Promise<Country[]> | null = null;
export const countries = () => (countriesPromise ??= get<Envelope<Country>>('/countries').then(e => e.rows));

export function countryName(list: Country[], iso3: string): string {
  return list.find(c => c.iso3 === iso3)?.name ?? iso3;
}
