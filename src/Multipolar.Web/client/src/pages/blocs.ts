import { get, countries, info, countryName, type Envelope } from '../api';
import { chartPanel, palette } from '../charts';
import { select } from '../search';
import { setParams, type Params } from '../state';
import { world, mapData, mapOption, clickToProfile, type MapValue } from '../worldmap';

interface BlocRow { bloc: string; name: string; founded: string; members: number; ever_members: number; as_of: string; source: string }
interface MembershipRow { bloc: string; iso3: string; country: string; from: string; until: string | null; note: string | null }
interface CohesionRow { bloc: string; period_kind: string; period: number; slice: string; agreement_index: number | null; pairwise_agreement: number | null; n: number; members: number; mean_voting: number | null }
interface DistanceRow { bloc: string; other: string; kind: string; period_kind: string; period: number; slice: string; distance: number | null; n: number }
interface PolarityRow { year: number; states: number; communities: number; modularity: number; effective_poles: number; spectral_poles: number | null; stability: number; roll_calls: number; partition: string }
interface MemberRow { year: number; community: number; iso3: string; label: string; community_size: number; member_stability: number; modularity: number }

const esc = (s: string) => s.replace(/[&<>"]/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch]!));
const line = (name: string, data: [number, number | null][], colour: string) => ({ type: 'line', name, data, symbolSize: 4, connectNulls: false, color: colour });
const xYears = { type: 'value', min: 'dataMin', max: 'dataMax', minInterval: 1, axisLabel: { formatter: (v: number) => String(v) } };

export async function blocsPage(main: HTMLElement, p: Params): Promise<void> {
  const [list, inf, blocs] = await Promise.all([countries(), info(), get<Envelope<BlocRow>>('/blocs')]);
  const code = blocs.rows.some(b => b.bloc === p.bloc) ? p.bloc : 'BRICS';
  const bloc = blocs.rows.find(b => b.bloc === code)!;
  const named = (b: BlocRow) => b.name.startsWith(b.bloc) ? b.name : `${b.bloc} (${b.name})`;
  const year = Number(p.year || inf.last_year || 2019);
  const poles = 'USA,CHN,RUS';
  const go = (next: Params) => setParams('blocs', { bloc: code, year: String(year), ...next }, false);
  main.innerHTML = `<h1>Blocs and polarity</h1><p class="lead">How closely a bloc's members vote together and how far it stands from the poles; how many poles the General Assembly has, and its communities in a year.</p>`;
  const controls = document.createElement('div');
  controls.className = 'controls';
  controls.append(select('Bloc', blocs.rows.map(b => [b.bloc, named(b)]), code, v => go({ bloc: v })),
    select('Year (communities)', inf.years.map(y => [String(y.period), String(y.period)]), String(year), v => go({ year: v })));
  main.appendChild(controls);
  const [cohesionHost, distanceHost, polesHost, mapHost, membersHost] = [0, 1, 2, 3, 4].map(() => { const s = document.createElement('section'); main.appendChild(s); return s; });

  const [cohesion, distance, polarity, members, spells, w] = await Promise.all([
    get<Envelope<CohesionRow>>(`/blocs/${code}/cohesion`),
    get<Envelope<DistanceRow>>(`/blocs/${code}/distances`, { view: 'poles', poles }),
    get<Envelope<PolarityRow>>('/polarity'),
    get<Envelope<MemberRow>>('/polarity/members', { year }),
    get<Envelope<MembershipRow>>(`/blocs/${code}/members`),
    world(),
  ]);

  const c = cohesion.rows;
  chartPanel(cohesionHost, {
    title: `Cohesion of ${named(bloc)}, by year`,
    subtitle: 'Agreement index (1: all members vote alike) and mean pairwise agreement of the members voting; N = roll calls.',
    option: {
      grid: { left: 50, right: 20, top: 80, bottom: 60 }, legend: { top: 48 }, tooltip: { trigger: 'axis' },
      xAxis: xYears, yAxis: { type: 'value', min: 0, max: 1 },
      series: [line('agreement index', c.map(r => [r.period, r.agreement_index]), palette[0]), line('pairwise agreement', c.map(r => [r.period, r.pairwise_agreement]), palette[1])],
    },
    table: { columns: ['bloc', 'period_kind', 'period', 'slice', 'agreement_index', 'pairwise_agreement', 'n', 'members', 'mean_voting'],
      rows: c.map(r => [r.bloc, r.period_kind, r.period, r.slice, r.agreement_index, r.pairwise_agreement, r.n, r.members, r.mean_voting]) },
    sources: cohesion.citation, method: `${cohesion.notes.join(' ')} Data version ${cohesion.data_version}.`, csvName: `${code}-cohesion`,
  });

  const others = [...new Set(distance.rows.map(r => r.other))];
  chartPanel(distanceHost, {
    title: `Distance of ${code} from the poles, by year`,
    subtitle: 'Mean distance of each pole\'s vote from the bloc\'s mean vote (0: same vote, 1: opposite); N = roll calls.',
    option: {
      grid: { left: 50, right: 20, top: 80, bottom: 60 }, legend: { top: 48 }, tooltip: { trigger: 'axis' },
      xAxis: xYears, yAxis: { type: 'value', min: 0 },
      series: others.map((o, i) => line(countryName(list, o), distance.rows.filter(r => r.other === o).map(r => [r.period, r.distance]), palette[i % palette.length])),
    },
    table: { columns: ['bloc', 'other', 'kind', 'period_kind', 'period', 'slice', 'distance', 'n'], rows: distance.rows.map(r => [r.bloc, r.other, r.kind, r.period_kind, r.period, r.slice, r.distance, r.n]) },
    sources: distance.citation, method: `${distance.notes.join(' ')} Data version ${distance.data_version}.`, csvName: `${code}-distance-poles`,
  });

  const pr = polarity.rows;
  chartPanel(polesHost, {
    title: 'The number of poles in the General Assembly, by year',
    subtitle: 'Effective number of poles over the Leiden communities of the agreement network (Laakso–Taagepera), and its spectral estimate.',
    option: {
      grid: { left: 50, right: 20, top: 80, bottom: 60 }, legend: { top: 48 }, tooltip: { trigger: 'axis' },
      xAxis: xYears, yAxis: { type: 'value', min: 1 },
      series: [
        { ...line('effective number of poles', pr.map(r => [r.year, r.effective_poles]), palette[0]), markLine: { symbol: 'none', label: { formatter: String(year) }, lineStyle: { color: '#888', type: 'dashed' }, data: [{ xAxis: year }] } },
        line('spectral estimate', pr.map(r => [r.year, r.spectral_poles]), palette[2]),
        line('communities', pr.map(r => [r.year, r.communities]), palette[3]),
      ],
    },
    table: { columns: ['year', 'states', 'communities', 'modularity', 'effective_poles', 'spectral_poles', 'stability', 'roll_calls', 'partition'],
      rows: pr.map(r => [r.year, r.states, r.communities, r.modularity, r.effective_poles, r.spectral_poles, r.stability, r.roll_calls, r.partition]) },
    sources: polarity.citation, method: `${polarity.notes.join(' ')} Options: ${Object.entries(polarity.options).map(([k, v]) => `${k}=${v}`).join(' ')}. Data version ${polarity.data_version}.`, csvName: 'polarity',
  });
  polesHost.dataset.values = String(pr.filter(r => Number.isFinite(r.effective_poles)).length);

  // Communities on the map: one colour per community (largest first), labelled by the poles it holds.
  const labels = [...new Map(members.rows.map(r => [r.community, `${r.community + 1}: ${r.label} (${r.community_size})`])).entries()].sort((l, r) => l[0] - r[0]);
  const values = new Map<string, MapValue>(members.rows.map(r => [r.iso3, { iso3: r.iso3, value: r.community, n: r.community_size, note: `${r.label}; stability ${r.member_stability.toFixed(2)}` }]));
  const data = mapData(w, list, values);
  const shown = labels.slice(0, palette.length - 1);
  const chart = chartPanel(mapHost, {
    title: `Communities of the General Assembly, ${year}`,
    subtitle: 'Leiden communities of the signed agreement network; small states and historical seats are points; grey: no community (fewer than 10 votes).',
    height: Math.min(620, Math.max(360, main.clientWidth * 0.55)),
    option: mapOption(data, {
      type: 'piecewise', orient: 'vertical',
      pieces: [...shown.map(([k, t], i) => ({ value: k, label: t, color: palette[i] })), ...(labels.length > shown.length ? [{ gte: shown.length, label: 'smaller communities', color: '#888888' }] : [])],
    }, (v, n) => `community ${v + 1} of ${n} states`),
    table: { columns: ['year', 'community', 'iso3', 'label', 'community_size', 'member_stability', 'modularity'],
      rows: members.rows.map(r => [r.year, r.community, r.iso3, r.label, r.community_size, r.member_stability, r.modularity]) },
    sources: `${members.citation}. Map: ${w.source}`, method: `${members.notes.join(' ')} Data version ${members.data_version}.`, csvName: `communities-${year}`,
  });
  clickToProfile(chart, year);
  mapHost.dataset.coloured = String(data.regions.filter(r => r.value !== null).length);

  membersHost.className = 'panel';
  membersHost.innerHTML = `<h2>Membership of ${esc(code)}</h2><div class="table-view"><table><thead><tr><th>state</th><th>from</th><th>until</th><th>note</th></tr></thead><tbody>${
    spells.rows.map(r => `<tr><td><a href="#/profile?state=${r.iso3}&year=${year}">${esc(r.country)}</a> (${r.iso3})</td><td>${r.from}</td><td>${r.until ?? ''}</td><td>${esc(r.note ?? '')}</td></tr>`).join('')}</tbody></table></div>
    <p class="muted">${esc(spells.notes.join(' '))}</p>`;
}
