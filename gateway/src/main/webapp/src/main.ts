// first: evaluated before the app's modules (lit, the views), it asks the reader's first page of annotations
import './reader/firstPage';
import './styles.css';
import { loadCurrentUser } from './api';
import { lang, setLang } from './i18n';
import './views/app-shell';
import type { AppShell } from './views/app-shell';

// Signed in: the app replaces the public landing page. Not signed in: the landing page stays,
// its link goes to /login (code flow with PKCE), and the route asked for is kept for afterwards.
async function start() {
  setLang(lang());
  const landing = document.getElementById('landing')!;
  const app = document.getElementById('app')!;
  const user = await loadCurrentUser().catch(() => null);
  if (!user) {
    document.getElementById('sign-in')?.addEventListener('click', () => {
      if (location.hash) sessionStorage.setItem('corridor.after-login', location.hash);
    });
    return;
  }
  const after = sessionStorage.getItem('corridor.after-login');
  if (after) {
    sessionStorage.removeItem('corridor.after-login');
    if (!location.hash) history.replaceState(null, '', after);
  }
  landing.hidden = true;
  app.hidden = false;
  const shell = document.createElement('corridor-app') as AppShell;
  shell.user = user;
  app.replaceChildren(shell);
}

start();
