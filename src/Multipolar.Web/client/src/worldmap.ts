// The world map shared by the map page and the blocs page: world-atlas geometry with ISO3 codes (built by
// scripts/build-geometry.mjs), small states and historical seats drawn as clickable points, and historical
// seats painted on today's territories when their own state did not vote that year.
import worldUrl from './generated/world.json?url';
import { countryName, type Country } from './api';
import { echarts } from './charts';

export interface World {
  type: 'FeatureCollection'; features: { properties: { iso3: string; name: string } }[];
  points: { iso3: string; name: string; lon: number; lat: number; kind: string }[];
  territory: Record<string, string>; historical: Record<string, { note: string }>; source: string;
}
let worldPromise: Promise<World> | null = null;
export const world = () => (worldPromise ??= fetch(worldUrl).then(r => r.json() as Promise<World>).then(w => { echarts.registerMap('world', w as never); return w; }));

export interface MapValue { iso3: string; value: number | null; n: number; note?: string }
export interface MapItem { name: string; value: number | null | (number | null)[]; n: number; label: string }

/** The map's regions and points from each state's value: what the geo map and the scatter series draw. */
export function mapData(w: World, list: Country[], values: Map<string, MapValue>): { regions: MapItem[]; points: MapItem[] } {
  const regions = w.features.map(f => {
    const iso3 = f.properties.iso3;
    const own = values.get(iso3);
    const by = !own && w.territory[iso3] ? values.get(w.territory[iso3]) : undefined;
    const r = own ?? by;
    const seat = !iso3.startsWith('_');
    const label = by ? `${countryName(list, by.iso3)} (${by.iso3}), on today's ${f.properties.name}` : `${f.properties.name}${seat ? ` (${iso3})` : ', no UN seat'}`;
    return { name: iso3, value: r?.value ?? null, n: r?.n ?? 0, label: r?.note ? `${label}<br>${r.note}` : label };
  });
  const points = w.points.filter(pt => values.has(pt.iso3)).map(pt => {
    const v = values.get(pt.iso3)!;
    const label = `${pt.name} (${pt.iso3})${pt.kind === 'historical' ? ', historical' : ''}`;
    return { name: pt.iso3, value: [pt.lon, pt.lat, v.value], n: v.n, label: v.note ? `${label}<br>${v.note}` : label };
  });
  return { regions, points };
}

/** The ECharts option of a world map over `data`, coloured by `visualMap`. */
export function mapOption(data: { regions: MapItem[]; points: MapItem[] }, visualMap: Record<string, unknown>, value: (v: number, n: number) => string): Record<string, unknown> {
  return {
    tooltip: { trigger: 'item', formatter: (e: { data?: MapItem }) => {
      if (!e.data) return '';
      const v = Array.isArray(e.data.value) ? e.data.value[2] : e.data.value;
      return `${e.data.label}<br>${v === null || v === undefined ? 'no value' : value(v, e.data.n)}`;
    } },
    visualMap: { left: 10, bottom: 40, seriesIndex: [0, 1], ...visualMap },
    geo: { map: 'world', nameProperty: 'iso3', roam: true, top: 70, bottom: 40, itemStyle: { areaColor: '#e0e0e0', borderColor: '#fff', borderWidth: 0.4 }, emphasis: { label: { show: false } } },
    series: [
      { type: 'map', geoIndex: 0, data: data.regions },
      { type: 'scatter', coordinateSystem: 'geo', symbolSize: 7, itemStyle: { borderColor: '#333', borderWidth: 0.6 }, data: data.points, encode: { value: 2 } },
    ],
  };
}

/** Clicking a state opens its profile. */
export function clickToProfile(chart: echarts.ECharts, year: number): void {
  chart.on('click', e => { const iso3 = (e.data as { name?: string } | null)?.name; if (iso3 && /^[A-Z]{3}$/.test(iso3)) location.hash = `#/profile?state=${iso3}&year=${year}`; });
}
