// Inside the iframe (embed.html), served from Rehabkollen's own origin: the questionnaire, its
// height told to the host page, and the result line kept in the part of the frame the host page
// shows. The host's origin comes from ?host=… (an origin, never an answer); messages go to
// that origin only and are taken only from it; with no valid host, none are sent.
// Partner options, also from the address (never answers): lang, mode, start, hide, scope, accent.
import { engineLoader } from './load.js';
import { INTEGRITY } from './pkg/integrity.js';
import { mount } from './ui.js';
import { CHROME } from './i18n.js';
import { accentColour } from './embed-snippets.js';

const params = new URLSearchParams(location.search);
const list = (name) => (params.get(name) || '').split(/[\s,]+/).filter(Boolean);
const lang = params.get('lang') === 'en' ? 'en' : 'sv';
let hostOrigin = null;
try {
  hostOrigin = new URL(params.get('host')).origin;
} catch {
  hostOrigin = null;
}
if (hostOrigin === 'null') hostOrigin = null;

const app = document.getElementById('app');
// The partner's colour, from the address, when it reads well on white.
const accent = accentColour(params.get('accent'));
if (accent) app.style.setProperty('--rk-accent', accent);
// The page's language from the address, at once: one language at a time, from the first word.
document.documentElement.lang = lang;
app.querySelector('.rk-loading')?.replaceChildren(CHROME[lang].loading);
try {
  // Every file checked against its hash, as on the page and in the component.
  const { engine, start } = engineLoader(INTEGRITY);
  await start(lang);
  app.replaceChildren();
  mount(app, engine, {
    lang,
    role: ['employer', 'provider', 'person', 'region'].includes(params.get('mode')) ? params.get('mode') : null,
    start: params.get('start') === 'provider' ? 'provider' : 'questionnaire',
    hide: list('hide').filter((h) => ['provider-tab', 'tools'].includes(h)),
    ...(list('scope').length ? { scope: list('scope') } : {}),
  });
} catch (e) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = e?.kind === 'integrity' ? CHROME[lang].integrityError : CHROME[lang].loadError;
  app.replaceChildren(p);
  console.error('Rehabkollen:', e?.message);
}

if (hostOrigin && window.parent !== window) {
  // The wrapper's own height, which follows the content both ways (the document's scrollHeight
  // never drops below the frame's current height, so a frame sized by it could only grow).
  const wrapper = document.getElementById('rk-frame');
  wrapper.style.display = 'flow-root'; // children's margins count inside it
  let told = -1;
  const tell = () => {
    const height = Math.ceil(wrapper.getBoundingClientRect().height);
    if (height === told) return;
    told = height;
    window.parent.postMessage({ type: 'rehabkollen:height', height }, hostOrigin);
  };
  new ResizeObserver(tell).observe(wrapper);
  tell();
  // The user's first click or key (after the click, so nothing moves under the pointer): from then
  // on the host lets the frame follow its content (rehabkollen-frame.js keeps its reservation until then).
  const acted = () => {
    for (const type of ['click', 'keydown']) window.removeEventListener(type, acted, true);
    window.parent.postMessage({ type: 'rehabkollen:input' }, hostOrigin);
  };
  for (const type of ['click', 'keydown']) window.addEventListener(type, acted, true);

  // The host tells where its window is, in the frame's coordinates (the frame itself never
  // scrolls); the sticky result line is kept at the window's bottom edge while that edge is within
  // the frame, as it is on the page of its own.
  let viewport = null;
  const follow = () => {
    const bar = document.querySelector('.rk-bar');
    if (!bar || !viewport) return;
    bar.style.bottom = '';
    if (getComputedStyle(bar).position !== 'sticky') return;
    bar.style.bottom = `${Math.max(0, Math.round(window.innerHeight - viewport.top - viewport.height))}px`;
  };
  new ResizeObserver(follow).observe(wrapper);
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== hostOrigin) return;
    const { type, top, height } = event.data || {};
    if (type !== 'rehabkollen:viewport' || !Number.isFinite(top) || !Number.isFinite(height) || height <= 0) return;
    viewport = { top, height };
    follow();
  });
}
