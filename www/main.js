// The stand-alone page: load the engine and the first language's texts, mount the questionnaire.
import { engineLoader } from './load.js';
import { mount } from './ui.js';
import { CHROME } from './i18n.js';

const app = document.getElementById('app');
const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
try {
  const { engine, start } = engineLoader();
  await start(lang);
  app.replaceChildren();
  // The page of its own: each page of the questionnaire a history entry, the title naming it, and
  // a page moved to by Back or Forward shown from its top, as a new page is (not where it was left).
  history.scrollRestoration = 'manual';
  mount(app, engine, { lang, history: true, title: true });
} catch (e) {
  app.textContent = `${CHROME.sv.loadError} / ${CHROME.en.loadError}`;
  console.error(e);
}
