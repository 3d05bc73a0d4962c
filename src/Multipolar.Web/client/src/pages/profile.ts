import { get, countries, info, countryName, type Envelope, type IdealRow, type MapRow } from '../api';
import { chartPanel, sequential } from '../charts';
import { countryInput, select } from '../search';
import { setParams, type Params } from '../state';

// Pole sets offered (the poles analysis, src/Multipolar.Core/Poles: the first is the side net alignment is measured towards).
const poleSets = ['USA,CHN,RUS', 'USA,CHN', 'USA,RUS', 'USA,CHN,RUS,IND', 'USA,CHN,RUS,GBR,FRA'];
const slices = ['all', 'me', 'nu', 'di', 'hr', 'co', 'ec', 'important'];
interface ProfileRow { iso3: string; period_kind: string; period: number; slice: string; pole: string; measure: string; value: number | null; n: number; nearest_pole: string | null; net: number | null; net_n: number }
interface BlocRow { bloc: string; name: string }
interface MembershipRow { bloc: string; iso3: string; from: string; until: string | null; note: string | null }

export async function profilePage(main: HTMLElement, p: Params): Promise<void> {
  const [list, inf] = await Promise.all([countries(), info()]);
  const x = p.state || 'IND';
  const year = Number(p.year || inf.last_year || 2019);
  const poleKey = poleSets.includes(p.poles) ? p.poles : poleSets[0];
  const go = (next: Params) => setParams('profile', { state: x, year: String(year), poles: poleKey, ...next }, false);
  const name = countryName(list, x);
  main.innerHTML = `<h1>Country profile: ${name}</h1><p class="lead">Where ${name} sits on the UN record, whom it votes with, and how that changed.</p>`;
  const controls = document.createElement('div');
  controls.className = 'controls';
  controls.append(countryInput(list, 'State', x, c => go({ state: c.iso3 })),
    select('Year', inf.years.map(y => [String(y.period), String(y.period)]), String(year), v => go({ year: v })),
    select('Poles', poleSets.map(k => [k, k.replace(/,/g, ', ')]), poleKey, v => go({ poles: v })));
  main.appendChild(controls);
  const [idealHost, heatHost, nearHost, blocHost] = [0, 1, 2, 3].map(() => { const s = document.createElement('section'); main.appendChild(s); return s; });

  // The dynamic fit of the whole record takes a while the first time after a new data version (the server warms it up
  // in the background): the trajectory is drawn when it comes; the other panels (and the page's ready state) do not wait for it.
  idealHost.className = 'panel';
  idealHost.innerHTML = '<p class="muted" id="ideal-wait">Ideal points: the dynamic fit of the whole record is being computed (up to a minute after the server starts or the data change)…</p>';
  void get<Envelope<IdealRow>>('/ideal', { states: x, model: 'dynamic' }).then(ideal => drawIdeal(idealHost, name, x, ideal),
    (e: unknown) => {
      const p = document.createElement('p');
      p.className = 'error';
      p.textContent = `Ideal points could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
      idealHost.replaceChildren(p);
    });
  const blocList = await get<Envelope<BlocRow>>('/blocs');
  const [near, profile, ...spells] = await Promise.all([
    get<Envelope<MapRow>>('/map', { year, with: x }),
    get<Envelope<ProfileRow>>(`/profile/${x}`, { poles: poleKey, slice: slices.join(','), from: year, to: year }),
    ...blocList.rows.map(b => get<Envelope<MembershipRow>>(`/blocs/${b.bloc}/members`)),
  ]);
  const others = [...new Set(profile.rows.map(r => r.pole))];
  const heat: [number, number, number | null, number][] = profile.rows.map(r => [slices.indexOf(r.slice), others.indexOf(r.pole), r.value === null ? null : Math.round(r.value * 1000) / 1000, r.n]);
  const netAll = profile.rows.find(r => r.slice === 'all');
  chartPanel(heatHost, {
    title: `Agreement of ${name} with the poles by issue, ${year}`,
    subtitle: `Voeten's agreement (1 same vote, ½ one abstains, 0 opposite); N in the tooltip and table.${netAll ? ` Nearest pole: ${netAll.nearest_pole ?? '–'}; net towards ${others[0]}: ${netAll.net === null ? '–' : netAll.net.toFixed(3)}.` : ''}`,
    height: 360,
    option: {
      grid: { left: 110, right: 20, top: 70, bottom: 90 },
      tooltip: { formatter: (e: { data: [number, number, number, number] }) => `${countryName(list, others[e.data[1]])}, ${slices[e.data[0]]}: ${e.data[2]} (N=${e.data[3]})` },
      xAxis: { type: 'category', data: slices },
      yAxis: { type: 'category', data: others.map(q => countryName(list, q)) },
      visualMap: { min: 0, max: 1, dimension: 2, calculable: true, orient: 'horizontal', left: 'center', bottom: 20, inRange: { color: sequential } },
      series: [{ type: 'heatmap', data: heat, label: { show: true, formatter: (e: { data: [number, number, number] }) => e.data[2] === null ? '' : e.data[2].toFixed(2) } }],
    },
    table: { columns: ['iso3', 'period', 'slice', 'pole', 'measure', 'value', 'n', 'nearest_pole', 'net', 'net_n'],
      rows: profile.rows.map(r => [r.iso3, r.period, r.slice, r.pole, r.measure, r.value, r.n, r.nearest_pole, r.net, r.net_n]) },
    sources: profile.citation, method: `${profile.notes.join(' ')} Options: ${Object.entries(profile.options).map(([k, v]) => `${k}=${v}`).join(' ')}. Data version ${profile.data_version}.`, csvName: `${x}-${year}-poles`,
  });

  const ranked = near.rows.filter(r => r.value !== null && r.n >= 10).sort((l, r) => (r.value! - l.value!));
  const top = ranked.slice(0, 10), bottom = ranked.slice(-10).reverse();
  nearHost.className = 'panel';
  const li = (r: MapRow) => `<li><a href="#/dyad?a=${x}&b=${r.iso3}">${countryName(list, r.iso3)}</a> ${r.value!.toFixed(3)} <span class="muted">(N=${r.n})</span></li>`;
  nearHost.innerHTML = `<h2>Nearest and farthest states, ${year}</h2><div class="two"><div><h3>Most aligned</h3><ol>${top.map(li).join('')}</ol></div><div><h3>Least aligned</h3><ol>${bottom.map(li).join('')}</ol></div></div>
    <p class="muted">Agreement with ${name} over the year's roll calls, states with at least 10 joint votes. ${near.citation}</p>`;
  blocHost.className = 'panel';
  const mine = spells.flatMap(e => e.rows.filter(r => r.iso3 === x));
  const bn = (code: string) => blocList.rows.find(b => b.bloc === code)?.name ?? code;
  blocHost.innerHTML = `<h2>Bloc memberships</h2>${mine.length === 0 ? `<p class="muted">${name} is in none of the blocs of the bloc table.</p>` : `<ul>${
    mine.map(r => `<li><a href="#/blocs?bloc=${r.bloc}&year=${year}">${r.bloc}</a> (${bn(r.bloc)}): ${r.from}–${r.until ?? 'today'}${r.note ? ` <span class="muted">${r.note}</span>` : ''}</li>`).join('')}</ul>`}
    <p class="muted">Dated membership from the bloc table (src/Multipolar.Core/Blocs/blocs.csv).</p>`;
}

/** The ideal-point trajectory of the dynamic fit with its 95% interval as a band (lower stacked under upper − lower). */
function drawIdeal(host: HTMLElement, name: string, x: string, ideal: Envelope<IdealRow>): void {
  const pts = ideal.rows;
  chartPanel(host, {
    title: `Ideal point of ${name}, by year`,
    subtitle: 'One dimension of the UN record: the dynamic ordered-probit fit (one scale for all years; United States positive), with its 95% interval (method in Sources).',
    option: {
      grid: { left: 50, right: 20, top: 70, bottom: 60 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: pts.map(r => String(r.period)) },
      yAxis: { type: 'value', scale: true },
      series: [
        { type: 'line', name: 'lower', data: pts.map(r => r.lower), stack: 'band', stackStrategy: 'all', lineStyle: { opacity: 0 }, symbol: 'none', tooltip: { show: false } },
        { type: 'line', name: '95% interval', data: pts.map(r => r.upper - r.lower), stack: 'band', stackStrategy: 'all', lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: '#0072B2', opacity: 0.2 } },
        { type: 'line', name: 'estimate', data: pts.map(r => r.estimate), symbolSize: 4, color: '#0072B2' },
      ],
    },
    table: { columns: ['iso3', 'period', 'model', 'estimate', 'std_error', 'lower', 'upper', 'n'], rows: pts.map(r => [r.iso3, r.period, r.model, r.estimate, r.std_error, r.lower, r.upper, r.n]) },
    sources: ideal.citation, method: ideal.notes.join(' ') + ` Data version ${ideal.data_version}.`, csvName: `${x}-ideal`,
  });
}
