import { get, countries, info, countryName, type Envelope, type MapRow } from '../api';
import { chartPanel, diverging, echarts, sequential } from '../charts';
import { countryInput, select } from '../search';
import { setParams, type Params } from '../state';
import { world, mapData, mapOption, clickToProfile } from '../worldmap';

let timer: number | undefined;

export async function mapPage(main: HTMLElement, p: Params): Promise<void> {
  if (timer) { clearInterval(timer); timer = undefined; }
  const mode = p.mode === 'with' ? 'with' : 'poles';
  const a = p.pole_a || 'USA', b = p.pole_b || 'CHN', withState = p.with || 'USA';
  const measure = p.measure || 'agree';
  const query = (y: number) => mode === 'poles' ? { year: y, pole_a: a, pole_b: b, measure } : { year: y, with: withState, measure };
  // A year in the link: its map data is asked for with the geometry, countries and /info (the same request draw() makes).
  if (p.year) get<Envelope<MapRow>>('/map', query(Number(p.year))).catch(() => undefined);
  const [list, inf, w] = await Promise.all([countries(), info(), world()]);
  const years = inf.years.map(y => y.period);
  const year = Number(p.year || inf.last_year || 2019);
  const state = (): Params => ({ mode, pole_a: a, pole_b: b, with: withState, measure, year: String(year) });
  const go = (next: Params, replace = false) => setParams('map', { ...state(), ...next }, replace);
  main.innerHTML = `<h1>World map</h1><p class="lead">${mode === 'poles' ? 'Net alignment: agreement with one pole minus agreement with the other.' : 'Agreement with one state.'}</p>`;
  const controls = document.createElement('div');
  controls.className = 'controls';
  controls.append(select('Colour by', [['poles', 'Net alignment between two poles'], ['with', 'Agreement with a state']], mode, v => go({ mode: v })));
  if (mode === 'poles') controls.append(countryInput(list, 'Pole A', a, c => go({ pole_a: c.iso3 })), countryInput(list, 'Pole B', b, c => go({ pole_b: c.iso3 })));
  else controls.append(countryInput(list, 'State', withState, c => go({ with: c.iso3 })));
  controls.append(select('Measure', inf.measures.map(m => [m.key, m.name]), measure, v => go({ measure: v })));
  const time = document.createElement('div');
  time.className = 'timeline';
  time.innerHTML = `<button type="button" data-action="play" aria-label="Play through the years">▶ Play</button>
    <input type="range" min="${years[0]}" max="${years[years.length - 1]}" step="1" value="${year}" aria-label="Year"><output>${year}</output>`;
  main.append(controls, time);
  const host = document.createElement('section');
  main.appendChild(host);
  const slider = time.querySelector('input')!;
  const out = time.querySelector('output')!;
  slider.addEventListener('change', () => go({ year: slider.value }, true));
  slider.addEventListener('input', () => { out.textContent = slider.value; });
  time.querySelector('button')!.addEventListener('click', e => {
    const btn = e.currentTarget as HTMLButtonElement;
    if (timer) { clearInterval(timer); timer = undefined; btn.textContent = '▶ Play'; return; }
    btn.textContent = '❚❚ Pause';
    let i = Math.max(0, years.indexOf(Number(slider.value)));
    timer = window.setInterval(() => {
      i = (i + 1) % years.length;
      slider.value = String(years[i]); out.textContent = slider.value;
      void draw(years[i]);
    }, 900);
  });

  let chart: echarts.ECharts | undefined;
  const draw = async (y: number) => {
    const data = await get<Envelope<MapRow>>('/map', query(y));
    const { regions, points } = mapData(w, list, new Map(data.rows.map(r => [r.iso3, r])));
    const m = inf.measures.find(x => x.key === measure)!;
    const title = mode === 'poles'
      ? `Net alignment between ${countryName(list, a)} and ${countryName(list, b)}, ${y}`
      : `Agreement with ${countryName(list, withState)}, ${y}`;
    const opt = mapOption({ regions, points }, {
      type: 'continuous', min: mode === 'poles' ? -1 : 0, max: 1, calculable: true,
      text: mode === 'poles' ? [`towards ${a}`, `towards ${b}`] : ['agrees', 'differs'], inRange: { color: mode === 'poles' ? [...diverging].reverse() : sequential },
    }, (v, n) => `${v.toFixed(3)} (N=${n})`) as { series: unknown };
    const spec = {
      title, subtitle: `${m.name}; grey: no joint votes or not a member. Small states and historical seats are points.`,
      option: opt, height: Math.min(620, Math.max(360, main.clientWidth * 0.55)),
      table: { columns: ['iso3', 'period', 'measure', 'pole_a', 'pole_b', 'value', 'n', 'value_a', 'n_a', 'value_b', 'n_b'], rows: data.rows.map(r => [r.iso3, r.period, r.measure, r.pole_a, r.pole_b, r.value, r.n, r.value_a, r.n_a, r.value_b, r.n_b]) },
      sources: `${data.citation}. Map: ${w.source}`,
      method: `${m.name}: ${m.description} ${m.citation}. ${data.notes.join(' ')} Historical seats: ${Object.values(w.historical).map(h => h.note).join('; ')}. Data version ${data.data_version}.`,
      csvName: mode === 'poles' ? `map-${a}-${b}-${y}` : `map-${withState}-${y}`,
    };
    if (chart && timer) { chart.setOption({ title: [{ text: title }], series: opt.series }); return; }
    chart = chartPanel(host, spec);
    clickToProfile(chart, y);
    host.dataset.coloured = String(regions.filter(r => r.value !== null).length);
  };
  await draw(year);
}
