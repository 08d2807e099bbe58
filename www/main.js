// The stand-alone page. Its first screen (the start page) is already there: make build writes it
// into index.html from the views (tools/first-screen.mjs), so it shows and can be used as soon as
// the HTML has come. This script starts the engine and the first language's texts in the
// background at once, and takes the first screen over once it has been painted (afterFirstPaint):
// what the user does meanwhile is kept and applied once the engine is ready (ui.js). Every file it
// fetches is checked against its hash (pkg/integrity.js, written by make build): one that fails
// the check is not used, and the page says so in its own language.
import { engineLoader } from './load.js';
import { INTEGRITY } from './pkg/integrity.js';
import { mount } from './ui.js';
import { CHROME } from './i18n.js';

/** Longest wait for the first paint to be reported (ms): past it the page is taken over anyway (a
 * browser that never reports it, e.g. with Paint Timing turned off). Nothing is lost meanwhile. */
const PAINT_WAIT_MS = 1000;

/**
 * Calls `then` once the browser has reported the page's first contentful paint (Paint Timing), or
 * at once when it already has, cannot (no Paint Timing) or will not soon (a page in the background
 * paints nothing), and after PAINT_WAIT_MS at the latest. Taking the first screen over (mount(),
 * about as long as laying it out) while its first frame is still being drawn held that frame back
 * by as much on a busy machine; what the user does meanwhile is kept (index.html's inline script)
 * as while the script itself is still coming.
 */
function afterFirstPaint(then) {
  const painted = () => performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
  const reported = typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint');
  if (document.visibilityState !== 'visible' || !reported || painted()) {
    then();
    return;
  }
  let timer = 0;
  const go = () => {
    observer.disconnect();
    clearTimeout(timer);
    then();
  };
  const observer = new PerformanceObserver(() => { if (painted()) go(); });
  observer.observe({ type: 'paint' });
  timer = setTimeout(go, PAINT_WAIT_MS);
}

const app = document.getElementById('app');
const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
const { engine, start } = engineLoader(INTEGRITY);
const ready = start(lang);
// The page of its own: each page of the questionnaire a history entry, the title naming it, and
// a page moved to by Back or Forward shown from its top, as a new page is (not where it was left).
history.scrollRestoration = 'manual';
let failed = false; // the engine could not start: the page says so instead of the questionnaire
afterFirstPaint(() => {
  if (failed) return;
  // Buttons pressed before the page was taken over, kept by index.html's inline script; it keeps no more.
  const pressed = document.rkPressed ?? [];
  document.rkPressed = null;
  mount(app, engine, { lang, history: true, title: true, ready, pressed });
});
ready.catch((e) => {
  failed = true;
  const p = document.createElement('p');
  p.className = 'rk-loading'; // the page's own type, outside the questionnaire's styles
  p.setAttribute('role', 'alert');
  p.textContent = e?.kind === 'integrity' ? CHROME[lang].integrityError : CHROME[lang].loadError;
  app.replaceChildren(p);
  console.error('Rehabkollen:', e?.message);
});
