// Apache ECharts, tree-shaken to what the pages use (line, scatter, map, heatmap), and the chart chrome every
// chart gets, after Our World in Data: title and sources line inside the image, PNG/SVG download, CSV of exactly
// the data shown, a table view, the sources and method panel, a link that reproduces the view, an embed snippet.
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart, MapChart, HeatmapChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, TitleComponent, LegendComponent, VisualMapComponent, GeoComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([LineChart, ScatterChart, MapChart, HeatmapChart, GridComponent, TooltipComponent, TitleComponent, LegendComponent, VisualMapComponent, GeoComponent, CanvasRenderer, SVGRenderer]);
export { echarts };

// Okabe-Ito: distinguishable with the common colour-vision deficiencies.
export const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
// Diverging blue-white-orange (ColorBrewer PuOr-like, colour-blind safe), and viridis for one-sided scales.
export const diverging = ['#b35806', '#f1a340', '#fee0b6', '#f7f7f7', '#d8daeb', '#998ec3', '#542788'];
export const sequential = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'];

export interface TableData { columns: string[]; rows: (string | number | null)[][] }
export interface ChartSpec {
  title: string;
  subtitle?: string;
  option: echarts.EChartsCoreOption;   // without title/sources: the panel adds them
  table: TableData;                     // exactly the data shown
  sources: string;                      // citation line
  method: string;                       // how the numbers are computed (HTML-free text)
  csvName: string;
  height?: number;
}

const esc = (s: string | undefined) => (s ?? '').replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]!));

function csvOf(t: TableData): string {
  const cell = (v: string | number | null) => v === null ? '' : typeof v === 'number' ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  return [t.columns.join(','), ...t.rows.map(r => r.map(cell).join(','))].join('\n') + '\n';
}

function download(name: string, href: string): void {
  const a = document.createElement('a');
  a.href = href; a.download = name; document.body.appendChild(a); a.click(); a.remove();
}

function withChrome(spec: ChartSpec, option: echarts.EChartsCoreOption): echarts.EChartsCoreOption {
  return {
    ...option,
    color: palette,
    textStyle: { fontFamily: 'system-ui, sans-serif' },
    title: [
      { text: spec.title, subtext: spec.subtitle ?? '', left: 8, top: 4, textStyle: { fontSize: 15 }, subtextStyle: { fontSize: 12 } },
      { text: '', subtext: `Source: ${spec.sources.length > 160 ? spec.sources.slice(0, 157) + '…' : spec.sources}`, left: 8, bottom: 0, subtextStyle: { fontSize: 10, color: '#555' } },
    ],
  };
}

/** A chart with its chrome, rendered into `host`. Returns the ECharts instance (for click handlers). */
export function chartPanel(host: HTMLElement, spec: ChartSpec): echarts.ECharts {
  host.innerHTML = '';
  host.classList.add('panel');
  const tabs = document.createElement('div');
  tabs.className = 'tabs';
  tabs.setAttribute('role', 'tablist');
  const views = ['Chart', 'Table', 'Sources'];
  const body = document.createElement('div');
  const chartDiv = document.createElement('div');
  chartDiv.className = 'chart';
  chartDiv.style.height = `${spec.height ?? 420}px`;
  chartDiv.setAttribute('role', 'img');
  chartDiv.setAttribute('aria-label', spec.title + (spec.subtitle ? ', ' + spec.subtitle : ''));
  const tableDiv = document.createElement('div');
  tableDiv.className = 'table-view';
  tableDiv.hidden = true;
  tableDiv.innerHTML = `<table><thead><tr>${spec.table.columns.map(c => `<th scope="col">${esc(c)}</th>`).join('')}</tr></thead><tbody>${
    spec.table.rows.slice(0, 2000).map(r => `<tr>${r.map(v => `<td>${v === null || v === undefined ? '' : esc(typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(4)) : v)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
    + (spec.table.rows.length > 2000 ? `<p class="muted">First 2,000 of ${spec.table.rows.length} rows; the CSV has all.</p>` : '');
  const sourcesDiv = document.createElement('div');
  sourcesDiv.className = 'sources-view';
  sourcesDiv.hidden = true;
  sourcesDiv.innerHTML = `<h3>Sources</h3><p>${esc(spec.sources)}</p><h3>Method</h3><p>${esc(spec.method)}</p>`;
  const panes = [chartDiv, tableDiv, sourcesDiv];
  views.forEach((v, i) => {
    const b = document.createElement('button');
    b.type = 'button'; b.textContent = v; b.setAttribute('role', 'tab'); b.setAttribute('aria-selected', String(i === 0));
    b.addEventListener('click', () => {
      panes.forEach((p, j) => { p.hidden = j !== i; });
      tabs.querySelectorAll('button').forEach((x, j) => x.setAttribute('aria-selected', String(j === i)));
      if (i === 0) chart.resize();
    });
    tabs.appendChild(b);
  });
  const actions = document.createElement('div');
  actions.className = 'actions';
  const option = withChrome(spec, spec.option);
  const button = (label: string, name: string, f: () => void) => {
    const b = document.createElement('button'); b.type = 'button'; b.textContent = label; b.dataset.action = name; b.addEventListener('click', f); actions.appendChild(b);
  };
  button('PNG', 'png', () => download(`${spec.csvName}.png`, chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' })));
  button('SVG', 'svg', () => {
    const div = document.createElement('div');
    const w = chartDiv.clientWidth || 900; const h = chartDiv.clientHeight || 420;
    const svg = echarts.init(div, undefined, { renderer: 'svg', ssr: true, width: w, height: h });
    svg.setOption({ ...option, animation: false, backgroundColor: '#fff' });
    const text = svg.renderToSVGString();
    svg.dispose();
    download(`${spec.csvName}.svg`, URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' })));
  });
  button('CSV', 'csv', () => download(`${spec.csvName}.csv`, URL.createObjectURL(new Blob([csvOf(spec.table)], { type: 'text/csv' }))));
  button('Link', 'link', () => { void navigator.clipboard?.writeText(location.href); status.textContent = 'Link copied: ' + location.href; });
  button('Embed', 'embed', () => {
    const snippet = `<iframe src="${location.origin}/embed.html${location.hash}" width="900" height="560" style="border:0" title="${esc(spec.title)}"></iframe>`;
    void navigator.clipboard?.writeText(snippet); status.textContent = snippet;
  });
  const status = document.createElement('p');
  status.className = 'status muted';
  status.setAttribute('aria-live', 'polite');
  const bar = document.createElement('div');
  bar.className = 'bar';
  bar.append(tabs, actions);
  body.append(...panes);
  host.append(bar, body, status);
  const chart = echarts.init(chartDiv, undefined, { renderer: 'canvas' });
  chart.setOption(option);
  new ResizeObserver(() => chart.resize()).observe(chartDiv);
  return chart;
}
