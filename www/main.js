// The stand-alone page: load the engine, mount the questionnaire.
import init, * as wasm from './pkg/rehabkollen.js';
import { guard } from './guard.js';
import { mount } from './ui.js';
import { CHROME } from './i18n.js';

const app = document.getElementById('app');
try {
  await init();
  app.replaceChildren();
  mount(app, guard(wasm), { lang: document.documentElement.lang === 'en' ? 'en' : 'sv' });
} catch (e) {
  app.textContent = `${CHROME.sv.loadError} / ${CHROME.en.loadError}`;
  console.error(e);
}
