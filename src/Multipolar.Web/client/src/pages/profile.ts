import { get, countries, info, countryName, type AlignRow, type Envelope, type IdealRow, type MapRow } from '../api';
import { chartPanel, sequential } from '../charts';
import { countryInput, select } from '../search';
import { setParams, type Params } from '../state';

// Reference states until the poles analysis lands (src/Multipolar.Core/Poles): the permanent members with the largest blocs of followers.
const poles = ['USA', 'CHN', 'RUS', 'GBR', 'FRA', 'IND'];
const slices = ['all', 'me', 'nu', 'di', 'hr', 'co', 'ec', 'important'];

export async function profilePage(main: HTMLElement, p: Params): Promise<void> {
  const [list, inf] = await Promise.all([countries(), info()]);
  const x = p.state || 'IND';
  const year = Number(p.year || inf.last_year || 2019);
  const go = (next: Params) => setParams('profile', { state: x, year: String(year), ...next }, false);
  const name = countryName(list, x);
  main.innerHTML = `<h1>Country profile: ${name}</h1><p class="lead">Where ${name} sits on the UN record, whom it votes with, and how that changed.</p>`;
  const controls = document.createElement('div');
  controls.className = 'controls';
  controls.append(countryInput(list, 'State', x, c => go({ state: c.iso3 })),
    select('Year', inf.years.map(y => [String(y.period), String(y.period)]), String(year), v => go({ year: v })));
  main.appendChild(controls);
  const [idealHost, heatHost, nearHost, blocHost] = [0, 1, 2, 3].map(() => { const s = document.createElement('section'); main.appendChild(s); return s; });

  const [ideal, near, ...poleSeries] = await Promise.all([
    get<Envelope<IdealRow>>('/ideal', { states: x }),
    get<Envelope<MapRow>>('/map', { year, with: x }),
    ...poles.filter(q => q !== x).map(q => get<Envelope<AlignRow>>(`/dyads/${x}/${q}`, { slice: slices.join(','), from: year, to: year })),
  ]);
  const pts = ideal.rows;
  chartPanel(idealHost, {
    title: `Ideal point of ${name}, by year`,
    subtitle: 'One dimension of the UN record (ordered probit; United States positive), with its 95% interval.',
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

  const heat: [number, number, number | null, number][] = [];
  const others = poles.filter(q => q !== x);
  poleSeries.forEach((env, i) => {
    for (const r of env.rows) heat.push([slices.indexOf(r.slice), i, r.value === null ? null : Math.round(r.value * 1000) / 1000, r.n]);
  });
  chartPanel(heatHost, {
    title: `Agreement of ${name} with major powers by issue, ${year}`,
    subtitle: 'Voeten\'s agreement (1 same vote, ½ one abstains, 0 opposite); N in the tooltip and table.',
    height: 360,
    option: {
      grid: { left: 110, right: 20, top: 70, bottom: 90 },
      tooltip: { formatter: (e: { data: [number, number, number, number] }) => `${countryName(list, others[e.data[1]])}, ${slices[e.data[0]]}: ${e.data[2]} (N=${e.data[3]})` },
      xAxis: { type: 'category', data: slices },
      yAxis: { type: 'category', data: others.map(q => countryName(list, q)) },
      visualMap: { min: 0, max: 1, dimension: 2, calculable: true, orient: 'horizontal', left: 'center', bottom: 20, inRange: { color: sequential } },
      series: [{ type: 'heatmap', data: heat, label: { show: true, formatter: (e: { data: [number, number, number] }) => e.data[2] === null ? '' : e.data[2].toFixed(2) } }],
    },
    table: { columns: ['state_a', 'state_b', 'period', 'slice', 'value', 'n'], rows: heat.map(h => [x, others[h[1]], year, slices[h[0]], h[2], h[3]]) },
    sources: near.citation, method: 'Agreement (Voeten, Strezhnev and Bailey) per issue area in one calendar year. Poles are fixed reference states here; the poles analysis will replace them.', csvName: `${x}-${year}-poles`,
  });

  const ranked = near.rows.filter(r => r.value !== null && r.n >= 10).sort((l, r) => (r.value! - l.value!));
  const top = ranked.slice(0, 10), bottom = ranked.slice(-10).reverse();
  nearHost.className = 'panel';
  const li = (r: MapRow) => `<li><a href="#/dyad?a=${x}&b=${r.iso3}">${countryName(list, r.iso3)}</a> ${r.value!.toFixed(3)} <span class="muted">(N=${r.n})</span></li>`;
  nearHost.innerHTML = `<h2>Nearest and farthest states, ${year}</h2><div class="two"><div><h3>Most aligned</h3><ol>${top.map(li).join('')}</ol></div><div><h3>Least aligned</h3><ol>${bottom.map(li).join('')}</ol></div></div>
    <p class="muted">Agreement with ${name} over the year's roll calls, states with at least 10 joint votes. ${near.citation}</p>`;
  blocHost.className = 'panel';
  blocHost.innerHTML = `<h2>Bloc memberships</h2><p class="muted">Not available yet: comes with the blocs analysis (src/Multipolar.Core/Blocs).</p>`;
}
