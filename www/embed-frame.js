// Inside the iframe (embed.html): the questionnaire, and its height told to the host page.
// The host's origin comes from ?host=… (an origin, never an answer); messages go to that origin
// only, and none are sent when it is missing or malformed.
import init, * as engine from './pkg/rehabkollen.js';
import { mount } from './ui.js';

const params = new URLSearchParams(location.search);
let hostOrigin = null;
try {
  hostOrigin = new URL(params.get('host')).origin;
} catch {
  hostOrigin = null;
}
await init();
const app = document.getElementById('app');
app.replaceChildren();
mount(app, engine, { lang: params.get('lang') === 'en' ? 'en' : 'sv' });
if (hostOrigin && window.parent !== window) {
  const tell = () => window.parent.postMessage({ type: 'rehabkollen:height', height: Math.ceil(document.documentElement.scrollHeight) }, hostOrigin);
  new ResizeObserver(tell).observe(document.body);
  tell();
}
