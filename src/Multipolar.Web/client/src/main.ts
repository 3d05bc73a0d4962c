import './style.css';
import { info, countries, ApiError } from './api';
import { route } from './state';
import { dyadPage } from './pages/dyad';
import { profilePage } from './pages/profile';
import { mapPage } from './pages/map';
import { multiAlignPage } from './pages/multialign';
import { blocsPage } from './pages/blocs';

const pages: Record<string, (main: HTMLElement, p: Record<string, string>) => Promise<void>> = { dyad: dyadPage, profile: profilePage, map: mapPage, multialign: multiAlignPage, blocs: blocsPage };

async function render(): Promise<void> {
  const main = document.getElementById('main')!;
  const { page, params } = route();
  const show = pages[page] ? page : 'dyad';
  document.querySelectorAll<HTMLAnchorElement>('nav a').forEach(a => a.toggleAttribute('aria-current', a.dataset.page === show));
  main.setAttribute('aria-busy', 'true');
  delete main.dataset.ready;
  try {
    void countries().catch(() => undefined);   // fetched with /info, not after it (every page reads both)
    const inf = await info();
    document.getElementById('version')!.textContent = `data ${inf.data_version.slice(0, 12)} · ${inf.roll_calls.toLocaleString('en')} roll calls ${inf.first_year}–${inf.last_year}`;
    await pages[show](main, params);
  } catch (e) {
    const msg = e instanceof ApiError ? `${e.problem.title}: ${e.problem.detail}${e.problem.valid?.length ? ` (try: ${e.problem.valid.join(', ')})` : ''}` : String(e);
    const p = document.createElement('p');
    p.className = 'error';
    p.setAttribute('role', 'alert');
    p.textContent = msg;
    main.appendChild(p);
  } finally {
    main.setAttribute('aria-busy', 'false');
    main.dataset.ready = String(Date.now());
  }
}

window.addEventListener('hashchange', () => { void render(); });
void render();
