import worldUrl from '../generated/world.json?url';
import { get, countries, info, countryName, type Envelope, type MapRow } from '../api';
import { chartPanel, diverging, echarts, sequential } from '../charts';
import { countryInput, select } from '../search';
import { setParams, type Params } from '../state';

interface World {
  type: 'FeatureCollection'; features: { properties: { iso3: string; name: string } }[];
  points: { iso3: string; name: string; lon: number; lat: number; kind: string }[];
  territory: Record<string, string>; historical: Record<string, { note: string }>; source: string;
}
let worldPromise: Promise<World> | null = null;
const world = () => (worldPromise ??= fetch(worldUrl).then(r => r.json() as Promise<World>).then(w => { echarts.registerMap('world', w as never); return w; }));

let timer: number | undefined;

export async function mapPage(main: HTMLElement, p: Params): Promise<void> {
  if (timer) { clearInterval(timer); timer = undefined; }
  const [list, inf, w] = await Promise.all([countries(), info(), world()]);
  const mode = p.mode === 'with' ? 'with' : 'poles';
  const a = p.pole_a || 'USA', b = p.pole_b || 'CHN', withState = p.with || 'USA';
  const measure = p.measure || 'agree';
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
    const params = mode === 'poles' ? { year: y, pole_a: a, pole_b: b, measure } : { year: y, with: withState, measure };
    const data = await get<Envelope<MapRow>>('/map', params);
    const values = new Map(data.rows.map(r => [r.iso3, r]));
    // Historical seats painted on territories whose own state did not vote that year (docs/api.md, the map).
    const regions = w.features.map(f => {
      const iso3 = f.properties.iso3;
      const own = values.get(iso3);
      const by = !own && w.territory[iso3] ? values.get(w.territory[iso3]) : undefined;
      const r = own ?? by;
      return { name: iso3 || f.properties.name, value: r?.value ?? null, n: r?.n ?? 0, label: by ? `${countryName(list, by.iso3)} (${by.iso3}), on today's ${f.properties.name}` : `${f.properties.name}${iso3 ? ` (${iso3})` : ''}` };
    });
    const points = w.points.filter(pt => values.has(pt.iso3)).map(pt => ({ name: pt.iso3, value: [pt.lon, pt.lat, values.get(pt.iso3)!.value], n: values.get(pt.iso3)!.n, label: `${pt.name} (${pt.iso3})${pt.kind === 'historical' ? ', historical' : ''}` }));
    const m = inf.measures.find(x => x.key === measure)!;
    const title = mode === 'poles'
      ? `Net alignment between ${countryName(list, a)} and ${countryName(list, b)}, ${y}`
      : `Agreement with ${countryName(list, withState)}, ${y}`;
    const opt = {
      tooltip: { trigger: 'item', formatter: (e: { data?: { label: string; value: number | null | number[]; n: number } }) => {
        if (!e.data) return '';
        const v = Array.isArray(e.data.value) ? e.data.value[2] : e.data.value;
        return `${e.data.label}<br>${v === null || v === undefined ? 'no joint votes' : `${v.toFixed(3)} (N=${e.data.n})`}`;
      } },
      visualMap: { type: 'continuous', min: mode === 'poles' ? -1 : 0, max: 1, calculable: true, left: 10, bottom: 40, seriesIndex: [0, 1], dimension: undefined,
        text: mode === 'poles' ? [`towards ${a}`, `towards ${b}`] : ['agrees', 'differs'], inRange: { color: mode === 'poles' ? [...diverging].reverse() : sequential } },
      geo: { map: 'world', nameProperty: 'iso3', roam: true, top: 70, bottom: 40, itemStyle: { areaColor: '#e0e0e0', borderColor: '#fff', borderWidth: 0.4 }, emphasis: { label: { show: false } } },
      series: [
        { type: 'map', geoIndex: 0, data: regions },
        { type: 'scatter', coordinateSystem: 'geo', symbolSize: 7, itemStyle: { borderColor: '#333', borderWidth: 0.6 }, data: points, encode: { value: 2 } },
      ],
    };
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
    chart.on('click', e => { const iso3 = (e.data as { name?: string } | null)?.name; if (iso3 && /^[A-Z]{3}$/.test(iso3)) location.hash = `#/profile?state=${iso3}&year=${y}`; });
    host.dataset.coloured = String(regions.filter(r => r.value !== null).length);
  };
  await draw(year);
}
