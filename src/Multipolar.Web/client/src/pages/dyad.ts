import { get, countries, info, type AlignRow, type Envelope, type RollCallRow, countryName } from '../api';
import { chartPanel, palette } from '../charts';
import { countryInput, select } from '../search';
import { setParams, type Params } from '../state';

const issueNames: Record<string, string> = { all: 'All roll calls', me: 'Middle East', nu: 'Nuclear weapons', di: 'Disarmament', hr: 'Human rights', co: 'Colonialism', ec: 'Economic development', important: 'Important votes (US State Dept.)' };

export async function dyadPage(main: HTMLElement, p: Params): Promise<void> {
  const a = p.a || 'RUS', b = p.b || 'CHN', measure = p.measure || 'agree';
  const slices = ['all', 'me', 'nu', 'di', 'hr', 'co', 'ec', 'important'];
  // Asked for at once, with the countries and /info rather than after them: one round trip less before the chart.
  const series = get<Envelope<AlignRow>>(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { measure, slice: slices.join(',') });
  series.catch(() => undefined);
  const [list, inf] = await Promise.all([countries(), info()]);
  const year = p.year ? Number(p.year) : undefined;
  const go = (next: Params) => { setParams('dyad', { a, b, measure, ...(year ? { year: String(year) } : {}), ...next }, false); };
  main.innerHTML = `<h1>Dyad explorer</h1><p class="lead">How closely two states vote together in the General Assembly, year by year, overall and by issue.</p>`;
  const controls = document.createElement('div');
  controls.className = 'controls';
  controls.append(
    countryInput(list, 'State A', a, c => go({ a: c.iso3 })),
    countryInput(list, 'State B', b, c => go({ b: c.iso3 })),
    select('Measure', inf.measures.map(m => [m.key, m.name]), measure, v => go({ measure: v })),
  );
  main.appendChild(controls);
  const overall = document.createElement('section');
  const multiples = document.createElement('section');
  const behind = document.createElement('section');
  main.append(overall, multiples, behind);

  const data = await series;
  const m = inf.measures.find(x => x.key === measure)!;
  const nameA = countryName(list, a), nameB = countryName(list, b);
  const rowsOf = (s: string) => data.rows.filter(r => r.slice === s);
  const all = rowsOf('all');
  const method = `${m.name}: ${m.description} ${m.citation}. Each point is one calendar year's roll calls; N is the number of joint votes (both states voted yes, abstain or no). Options: ${Object.entries(data.options).map(([k, v]) => `${k}=${v}`).join(', ')}. Data version ${data.data_version}.`;
  const chart = chartPanel(overall, {
    title: `${m.name}: ${nameA} and ${nameB}`,
    subtitle: `UN General Assembly roll calls, all issues, by year. Range ${m.range}. Click a year for its roll calls.`,
    option: {
      grid: { left: 50, right: 20, top: 70, bottom: 60 },
      tooltip: { trigger: 'axis', formatter: (ps: { data: [number, number, number] }[]) => ps.map(x => `${x.data[0]}: ${x.data[1]?.toFixed(3)} (N=${x.data[2]})`).join('<br>') },
      xAxis: { type: 'value', min: 'dataMin', max: 'dataMax', axisLabel: { formatter: (v: number) => String(v) } },
      yAxis: { type: 'value', scale: true, name: m.key },
      series: [{ type: 'line', name: 'all', showSymbol: true, symbolSize: 5, data: all.map(r => [r.period, r.value, r.n]) }],
    },
    table: { columns: ['state_a', 'state_b', 'period', 'measure', 'slice', 'value', 'n'], rows: all.map(r => [r.state_a, r.state_b, r.period, r.measure, r.slice, r.value, r.n]) },
    sources: data.citation, method, csvName: `${a}-${b}-${measure}`,
  });
  chart.on('click', (e: { data?: unknown }) => { const d = e.data as [number] | undefined; if (d) go({ year: String(d[0]) }); });

  const issues = slices.slice(1);
  const cols = window.innerWidth < 700 ? 2 : 4;
  const rowsN = Math.ceil(issues.length / cols);
  const grids = issues.map((_, i) => ({ left: `${(i % cols) * (100 / cols) + 5}%`, width: `${100 / cols - 8}%`, top: 70 + Math.floor(i / cols) * 170, height: 120 }));
  chartPanel(multiples, {
    title: `${m.name} by issue: ${nameA} and ${nameB}`,
    subtitle: 'Issue areas as coded by the sources (Voeten), and the US State Department\'s important votes.',
    height: 90 + rowsN * 170,
    option: {
      grid: grids,
      title: undefined,
      xAxis: issues.map((s, i) => ({ type: 'value', gridIndex: i, min: inf.first_year ?? 1946, max: inf.last_year ?? 2020, name: issueNames[s], nameLocation: 'middle', nameGap: 22, nameTextStyle: { fontSize: 11 }, axisLabel: { fontSize: 9, formatter: (v: number) => String(v) } })),
      yAxis: issues.map((_, i) => ({ type: 'value', gridIndex: i, min: m.range.startsWith('[0') ? 0 : -1, max: 1, axisLabel: { fontSize: 9 } })),
      tooltip: { trigger: 'item', formatter: (x: { seriesName: string; data: [number, number, number] }) => `${issueNames[x.seriesName]} ${x.data[0]}: ${x.data[1]?.toFixed(3)} (N=${x.data[2]})` },
      series: issues.map((s, i) => ({ type: 'line', name: s, xAxisIndex: i, yAxisIndex: i, showSymbol: false, lineStyle: { width: 1.5 }, color: palette[i % palette.length], data: rowsOf(s).map(r => [r.period, r.value, r.n]) })),
    },
    table: { columns: ['state_a', 'state_b', 'period', 'measure', 'slice', 'value', 'n'], rows: data.rows.filter(r => r.slice !== 'all').map(r => [r.state_a, r.state_b, r.period, r.measure, r.slice, r.value, r.n]) },
    sources: data.citation, method, csvName: `${a}-${b}-${measure}-by-issue`,
  });

  const y = year ?? [...all].reverse().find(r => r.n >= 20)?.period ?? all[all.length - 1]?.period;
  if (y === undefined) return;
  const [ra, rb] = await Promise.all([
    get<Envelope<RollCallRow>>('/rollcalls', { year: y, country: a }),
    get<Envelope<RollCallRow>>('/rollcalls', { year: y, country: b }),
  ]);
  const vb = new Map(rb.rows.map(r => [r.rollcall_id, r.state_vote]));
  const rows = ra.rows.map(r => [r.rollcall_id, r.date, r.resolution ?? '', r.title ?? '', r.issues, r.state_vote ?? '', vb.get(r.rollcall_id) ?? '', `${r.yes}-${r.no}-${r.abstain}`] as (string | number)[]);
  const same = rows.filter(r => r[5] === r[6] && ['yes', 'no', 'abstain'].includes(String(r[5]))).length;
  behind.className = 'panel';
  behind.innerHTML = `<h2>The roll calls behind ${y}</h2><p class="muted">${rows.length} roll calls; ${nameA} and ${nameB} voted the same way on ${same}. Votes are the effective votes after source precedence.</p>`;
  const yearSel = select('Year', inf.years.map(x => [String(x.period), String(x.period)]), String(y), v => go({ year: v }));
  behind.appendChild(yearSel);
  const t = document.createElement('div');
  t.className = 'table-view';
  const esc = (s: string) => s.replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]!));
  t.innerHTML = `<table><thead><tr><th>id</th><th>date</th><th>resolution</th><th>title</th><th>issues</th><th>${a}</th><th>${b}</th><th>yes-no-abstain</th></tr></thead><tbody>${
    rows.map(r => `<tr class="${r[5] === r[6] ? 'same' : 'differ'}">${r.map(v => `<td>${esc(String(v))}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  behind.appendChild(t);
}
