import { get, countries, info, countryName, type Envelope, type MapRow } from '../api';
import { chartPanel, palette } from '../charts';
import { countryInput, select } from '../search';
import { setParams, type Params } from '../state';

interface MultiAlignRow { iso3: string; period: number; poles: string; index: number | null; dispersion: number | null; spread: number | null; net: number | null; areas: number; nearest: string | null; class: string; n: number }

const classColour = (c: string) => c === 'multi-aligned' ? palette[5] : c === 'hedging' ? palette[1] : c.startsWith('aligned:') ? palette[0] : '#999999';

export async function multiAlignPage(main: HTMLElement, p: Params): Promise<void> {
  const [list, inf] = await Promise.all([countries(), info()]);
  const a = p.pole_a || 'USA', b = p.pole_b || 'CHN', c = p.pole_c || 'RUS';
  const year = Number(p.year || inf.last_year || 2019);
  const go = (next: Params) => setParams('multialign', { pole_a: a, pole_b: b, pole_c: c, year: String(year), ...next }, false);
  main.innerHTML = `<h1>Multi-alignment</h1><p class="lead">Each state's agreement with pole A against pole B; states whose alignment differs by issue (multi-aligned) stand out.</p>`;
  const controls = document.createElement('div');
  controls.className = 'controls';
  controls.append(countryInput(list, 'Pole A', a, x => go({ pole_a: x.iso3 })), countryInput(list, 'Pole B', b, x => go({ pole_b: x.iso3 })),
    countryInput(list, 'Pole C', c, x => go({ pole_c: x.iso3 })), select('Year', inf.years.map(y => [String(y.period), String(y.period)]), String(year), v => go({ year: v })));
  main.appendChild(controls);
  const host = document.createElement('section');
  const rank = document.createElement('section');
  main.append(host, rank);
  const [map, ma] = await Promise.all([
    get<Envelope<MapRow>>('/map', { year, pole_a: a, pole_b: b }),
    get<Envelope<MultiAlignRow>>('/multialign', { year, poles: [a, b, c].join(',') }),
  ]);
  const cls = new Map(ma.rows.map(r => [r.iso3, r]));
  const classes = ['multi-aligned', 'hedging', 'aligned', 'insufficient'];
  const series = classes.map(k => ({
    type: 'scatter', name: k, symbolSize: k === 'multi-aligned' ? 11 : 7, color: classColour(k === 'aligned' ? 'aligned:' : k),
    data: map.rows.filter(r => r.value_a !== null && r.value_b !== null).filter(r => { const l = cls.get(r.iso3)?.class ?? 'insufficient'; return k === 'aligned' ? l.startsWith('aligned:') : l === k; })
      .map(r => ({ name: r.iso3, value: [r.value_a, r.value_b], n: r.n, label: `${countryName(list, r.iso3)} (${r.iso3}): ${cls.get(r.iso3)?.class ?? 'insufficient'}` })),
  }));
  chartPanel(host, {
    title: `Agreement with ${countryName(list, a)} against ${countryName(list, b)}, ${year}`,
    subtitle: `A dot per state, coloured by its multi-alignment class against ${a}, ${b}, ${c}.`,
    height: 520,
    option: {
      grid: { left: 60, right: 20, top: 80, bottom: 70 },
      legend: { top: 48, data: classes },
      tooltip: { trigger: 'item', formatter: (e: { data: { label: string; value: number[]; n: number } }) => `${e.data.label}<br>${a} ${e.data.value[0].toFixed(3)}, ${b} ${e.data.value[1].toFixed(3)} (N≥${e.data.n})` },
      xAxis: { type: 'value', name: `agreement with ${a}`, nameLocation: 'middle', nameGap: 28, min: 0, max: 1 },
      yAxis: { type: 'value', name: `agreement with ${b}`, nameLocation: 'middle', nameGap: 40, min: 0, max: 1 },
      series,
    },
    table: { columns: ['iso3', 'period', 'value_a', 'n_a', 'value_b', 'n_b', 'class', 'index'], rows: map.rows.map(r => [r.iso3, r.period, r.value_a, r.n_a, r.value_b, r.n_b, cls.get(r.iso3)?.class ?? null, cls.get(r.iso3)?.index ?? null]) },
    sources: map.citation, method: `${ma.notes.join(' ')} Agreement: ${map.notes[0]} Data version ${map.data_version}.`, csvName: `multialign-${a}-${b}-${year}`,
  });
  rank.className = 'panel';
  const esc = (s: string) => s.replace(/[&<>"]/g, ch => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch]!));
  rank.innerHTML = `<h2>Ranking by multi-alignment index, ${year}</h2><div class="table-view"><table><thead><tr><th>#</th><th>state</th><th>index</th><th>dispersion</th><th>spread</th><th>net</th><th>nearest</th><th>class</th><th>areas</th><th>n</th></tr></thead><tbody>${
    ma.rows.map((r, i) => `<tr><td>${i + 1}</td><td><a href="#/profile?state=${r.iso3}&year=${year}">${esc(countryName(list, r.iso3))}</a></td><td>${r.index?.toFixed(3) ?? ''}</td><td>${r.dispersion?.toFixed(3) ?? ''}</td><td>${r.spread?.toFixed(3) ?? ''}</td><td>${r.net?.toFixed(3) ?? ''}</td><td>${r.nearest ?? ''}</td><td>${esc(r.class)}</td><td>${r.areas}</td><td>${r.n}</td></tr>`).join('')}</tbody></table></div>`;
}
