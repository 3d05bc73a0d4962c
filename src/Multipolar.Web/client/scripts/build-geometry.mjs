// Builds the map geometry at build time: world-atlas 50m (Natural Earth) simplified with topojson-simplify,
// converted to GeoJSON with topojson-client, ISO3 codes put on the features from the project's one country
// reference (src/Multipolar.Core/Countries/countries.csv; world-atlas ids are ISO 3166 numeric = UN M49), small
// states added as clickable points, and historical states (no feature of their own) handled explicitly.
// Writes src/generated/world.json (fetched by the map page, not bundled into the JavaScript).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const here = dirname(fileURLToPath(import.meta.url));
const atlas = JSON.parse(readFileSync(join(here, '../node_modules/world-atlas/countries-50m.json'), 'utf8'));
const csv = readFileSync(join(here, '../../../Multipolar.Core/Countries/countries.csv'), 'utf8');

// countries.csv: iso3,iso2,cow,other_cow,m49,name,aliases,member_from,member_until,successors (aliases may be quoted)
function parseCsv(text) {
  const rows = [];
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const cells = []; let cur = ''; let q = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (q) { if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; } else if (ch === '"') q = false; else cur += ch; }
      else if (ch === '"') q = true; else if (ch === ',') { cells.push(cur); cur = ''; } else cur += ch;
    }
    cells.push(cur);
    rows.push({ iso3: cells[0], m49: cells[4], name: cells[5], until: cells[8], successors: cells[9] ? cells[9].split('|') : [] });
  }
  return rows;
}
const states = parseCsv(csv);
const byM49 = new Map(states.filter(s => s.m49).map(s => [s.m49.padStart(3, '0'), s]));

// Observers of the General Assembly (not in the reference, which lists voting seats).
export const observers = [{ iso3: 'VAT', m49: '336', name: 'Holy See' }, { iso3: 'PSE', m49: '275', name: 'State of Palestine' }];
for (const o of observers) byM49.set(o.m49, { ...o, until: '', successors: [] });

// Historical states and seats, explicitly: where their votes are drawn.
// - 'point': a state that coexisted with the state whose feature covers its territory today (drawn as a point).
// - 'territory': features whose own state did not vote yet are painted with this seat's value (tooltip names it).
export const historical = {
  CSK: { kind: 'territory', features: ['CZE', 'SVK'], note: 'Czechoslovakia (to 1992): painted on Czechia and Slovakia' },
  DDR: { kind: 'point', lon: 13.4, lat: 52.5, note: 'German Democratic Republic (1973-1990): a point; Germany\'s feature is the Federal Republic (DEU)' },
  YMD: { kind: 'point', lon: 46.5, lat: 14.3, note: 'South Yemen (1967-1990): a point; Yemen\'s feature is the Yemen Arab Republic seat (YEM)' },
  ZAN: { kind: 'point', lon: 39.3, lat: -6.1, note: 'Zanzibar (1963-1964): a point; Tanzania\'s feature is the Tanganyika seat (TZA)' },
  SRB: { kind: 'territory', features: ['HRV', 'SVN', 'BIH', 'MKD', 'MNE'], note: 'Yugoslavia (seat continued by Serbia, SRB): painted on its former republics before they voted' },
  RUS: { kind: 'territory', features: ['EST', 'LVA', 'LTU', 'MDA', 'GEO', 'ARM', 'AZE', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'], note: 'USSR (seat continued by Russia, RUS): painted on the Soviet republics without a seat of their own before 1991' },
};
// States Natural Earth's 50m set has no polygon for (hand coordinates).
const extraPoints = { TUV: { lon: 179.2, lat: -8.5 } };

const topology = presimplify(atlas);
const simplified = simplify(topology, quantile(topology, 0.15));
const collection = feature(simplified, simplified.objects.countries);

const round = c => (typeof c[0] === 'number' ? [Math.round(c[0] * 100) / 100, Math.round(c[1] * 100) / 100] : c.map(round));
// Rings of Russia and Fiji cross the antimeridian (points at +179.9 next to −180 or −178.9): drawn as they are, they
// run across the whole map. Such a ring is unwrapped east (longitude + 360 for the western points) and clamped at
// 180, which flattens the sliver of Chukotka and Fiji west of it (under 10 degrees of longitude) onto the meridian.
function sided(ring) {
  if (!ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180)) return ring;
  return ring.map(p => [Math.min(180, p[0] < 0 ? p[0] + 360 : p[0]), p[1]]);
}
const antimeridian = geom => ({ ...geom, coordinates: geom.type === 'Polygon' ? geom.coordinates.map(sided) : geom.coordinates.map(poly => poly.map(sided)) });
function rings(geom) { return geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : []; }
function ringArea(r) { let a = 0; for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] - r[i][0]) * (r[j][1] + r[i][1]); return Math.abs(a / 2); }
function centroid(geom) {
  let best = null; let bestArea = -1;
  for (const poly of rings(geom)) { const a = ringArea(poly[0]); if (a > bestArea) { bestArea = a; best = poly[0]; } }
  if (!best) return null;
  let x = 0, y = 0; for (const p of best) { x += p[0]; y += p[1]; }
  return [Math.round(x / best.length * 100) / 100, Math.round(y / best.length * 100) / 100];
}

const features = []; const points = [];
const originals = new Map(feature(atlas, atlas.objects.countries).features.map(f => [f.id, f]));
for (const f of collection.features) {
  if (f.id === '010') continue;   // Antarctica: no state, and half the map's height
  const s = f.id ? byM49.get(f.id) : undefined;
  const iso3 = s ? s.iso3 : '';
  const name = s ? s.name : f.properties.name;
  const area = rings(f.geometry).reduce((t, p) => t + ringArea(p[0]), 0);
  const original = originals.get(f.id);
  const originalArea = original ? rings(original.geometry).reduce((t, p) => t + ringArea(p[0]), 0) : area;
  if (f.geometry && rings(f.geometry).length > 0 && area > 0) {
    // Territories of no UN seat (Greenland, Western Sahara, ...) get a key of their own ('_' + name), so that no data item matches them.
    features.push({ type: 'Feature', id: iso3 || undefined, properties: { iso3: iso3 || '_' + name, name }, geometry: { type: f.geometry.type, coordinates: round(antimeridian(f.geometry).coordinates) } });
  }
  // Too small to see or click at world scale (under ~1.5 square degrees), or lost in simplification: a point too.
  if (iso3 && (originalArea < 1.5 || area === 0)) {
    const c = centroid(original ? original.geometry : f.geometry);
    if (c) points.push({ iso3, name, lon: c[0], lat: c[1], kind: 'small' });
  }
}
for (const [iso3, p] of Object.entries(extraPoints)) {
  const s = states.find(x => x.iso3 === iso3);
  points.push({ iso3, name: s ? s.name : iso3, lon: p.lon, lat: p.lat, kind: 'small' });
}
for (const [iso3, h] of Object.entries(historical)) {
  if (h.kind === 'point') points.push({ iso3, name: states.find(x => x.iso3 === iso3).name, lon: h.lon, lat: h.lat, kind: 'historical' });
}

const featureCodes = new Set(features.map(f => f.properties.iso3).filter(c => !c.startsWith('_')));
const pointCodes = new Set(points.map(p => p.iso3));
const territory = {};
for (const [iso3, h] of Object.entries(historical)) if (h.kind === 'territory') for (const f of h.features) territory[f] = iso3;
const unresolved = [...states, ...observers].filter(s => !featureCodes.has(s.iso3) && !pointCodes.has(s.iso3) && !(historical[s.iso3]?.kind === 'territory'));
if (unresolved.length > 0) {
  console.error('Unresolved on the map: ' + unresolved.map(s => s.iso3).join(', '));
  process.exit(1);
}

const out = { type: 'FeatureCollection', features, points, territory, historical, observers: observers.map(o => o.iso3),
  source: 'Natural Earth 1:50m via world-atlas 2.0.2 (public domain), simplified (topojson-simplify, quantile 0.15, keeping 15% of the points)' };
mkdirSync(join(here, '../src/generated'), { recursive: true });
writeFileSync(join(here, '../src/generated/world.json'), JSON.stringify(out));
console.log(`world.json: ${features.length} features, ${points.length} points, ${Object.keys(territory).length} territories; ${JSON.stringify(out).length} bytes`);
