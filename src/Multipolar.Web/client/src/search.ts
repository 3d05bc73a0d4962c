import type { Country } from './api';

const norm = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();

/** Resolves any code or name typed by a person: ISO3, ISO2, M49, COW or (part of) a name. */
export function resolveCountry(list: Country[], text: string): Country | undefined {
  const t = norm(text);
  if (!t) return undefined;
  const exact = list.find(c => norm(c.iso3) === t || (c.iso2 && norm(c.iso2) === t) || norm(c.name) === t || String(c.m49) === t.replace(/^m49:/, '') && t.startsWith('m49:') || String(c.cow) === t.replace(/^cow:/, '') && t.startsWith('cow:'));
  if (exact) return exact;
  const label = list.find(c => norm(`${c.name} (${c.iso3})`) === t);
  if (label) return label;
  const starts = list.filter(c => norm(c.name).startsWith(t));
  if (starts.length === 1) return starts[0];
  const contains = list.filter(c => norm(c.name).includes(t));
  return contains.length === 1 ? contains[0] : undefined;
}

let datalistMade = false;
/** A search box taking any code or name, with suggestions; calls `onPick` with the resolved state. */
export function countryInput(list: Country[], label: string, value: string, onPick: (c: Country) => void): HTMLElement {
  if (!datalistMade) {
    const dl = document.createElement('datalist');
    dl.id = 'country-list';
    dl.innerHTML = list.filter(c => c.n > 0).map(c => `<option value="${c.name} (${c.iso3})"></option>`).join('');
    document.body.appendChild(dl);
    datalistMade = true;
  }
  const wrap = document.createElement('label');
  wrap.className = 'field';
  const current = list.find(c => c.iso3 === value);
  wrap.innerHTML = `<span>${label}</span>`;
  const input = document.createElement('input');
  input.type = 'search';
  input.setAttribute('list', 'country-list');
  input.autocomplete = 'off';
  input.value = current ? `${current.name} (${current.iso3})` : value;
  input.setAttribute('aria-label', `${label}: any code or name`);
  const hint = document.createElement('small');
  hint.className = 'hint';
  hint.setAttribute('aria-live', 'polite');
  const pick = () => {
    const c = resolveCountry(list, input.value);
    if (c) { hint.textContent = ''; input.value = `${c.name} (${c.iso3})`; onPick(c); }
    else if (input.value.trim()) hint.textContent = `No single state matches “${input.value}”: type a code (RUS, ru) or more of the name.`;
  };
  input.addEventListener('change', pick);
  input.addEventListener('keydown', e => { if (e.key === 'Enter') pick(); });
  wrap.append(input, hint);
  return wrap;
}

export function select(label: string, options: [string, string][], value: string, onChange: (v: string) => void): HTMLElement {
  const wrap = document.createElement('label');
  wrap.className = 'field';
  wrap.innerHTML = `<span>${label}</span>`;
  const s = document.createElement('select');
  s.innerHTML = options.map(([v, t]) => `<option value="${v}"${v === value ? ' selected' : ''}>${t}</option>`).join('');
  s.addEventListener('change', () => onChange(s.value));
  wrap.appendChild(s);
  return wrap;
}
