// The stand-alone page. Its first screen (the start page) is already there: make build writes it
// into index.html from the views (tools/first-screen.mjs), so it shows and can be used as soon as
// the HTML has come. This script takes it over at once and starts the engine and the first
// language's texts in the background: what the user does meanwhile is kept and applied once the
// engine is ready (ui.js). Every file it fetches is checked against its hash (pkg/integrity.js,
// written by make build): one that fails the check is not used, and the page says so in its own language.
import { engineLoader } from './load.js';
import { INTEGRITY } from './pkg/integrity.js';
import { mount } from './ui.js';
import { CHROME } from './i18n.js';

const app = document.getElementById('app');
const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
// Buttons pressed before this script ran, kept by index.html's inline script; it keeps no more.
const pressed = document.rkPressed ?? [];
document.rkPressed = null;
const { engine, start } = engineLoader(INTEGRITY);
const ready = start(lang);
// The page of its own: each page of the questionnaire a history entry, the title naming it, and
// a page moved to by Back or Forward shown from its top, as a new page is (not where it was left).
history.scrollRestoration = 'manual';
mount(app, engine, { lang, history: true, title: true, ready, pressed });
ready.catch((e) => {
  const p = document.createElement('p');
  p.className = 'rk-loading'; // the page's own type, outside the questionnaire's styles
  p.setAttribute('role', 'alert');
  p.textContent = e?.kind === 'integrity' ? CHROME[lang].integrityError : CHROME[lang].loadError;
  app.replaceChildren(p);
  console.error('Rehabkollen:', e?.message);
});
