// The stand-alone page: load the engine and the first language's texts, mount the questionnaire.
// Every file it fetches is checked against its hash (pkg/integrity.js, written by make build):
// one that fails the check is not used, and the page says so in its own language.
import { engineLoader } from './load.js';
import { INTEGRITY } from './pkg/integrity.js';
import { mount } from './ui.js';
import { CHROME } from './i18n.js';

const app = document.getElementById('app');
const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
try {
  const { engine, start } = engineLoader(INTEGRITY);
  await start(lang);
  app.replaceChildren();
  // The page of its own: each page of the questionnaire a history entry, the title naming it, and
  // a page moved to by Back or Forward shown from its top, as a new page is (not where it was left).
  history.scrollRestoration = 'manual';
  mount(app, engine, { lang, history: true, title: true });
} catch (e) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = e?.kind === 'integrity' ? CHROME[lang].integrityError : CHROME[lang].loadError;
  app.replaceChildren(p);
  console.error('Rehabkollen:', e?.message);
}
