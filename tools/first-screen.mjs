// Run by `make build`: the first screen in www/index.html, so that it shows after one round trip,
// before the page's script, its wasm and its texts have come (main.js then takes it over).
//   node tools/first-screen.mjs          writes www/index.html
//   import { firstScreen } from './first-screen.mjs'   (tests/js/first-screen.test.mjs: fails when stale)
// Nothing in it is written by hand: between its markers, index.html gets what ui.js's mount()
// draws for the start page in Swedish, with the texts of i18n.js, rendered here in a DOM of
// linkedom (a maintained, small DOM for Node: the views need createElement, attributes, text and
// comments, nothing a browser lays out); its <title> is the one mount() gives the page; and its
// <style> is www/style.css, whole, so that nothing on the first screen waits for another file.
// The inline <style> and index.html's one inline <script> are allowed by their hashes
// (tools/serve.mjs policyFor(), docs/DEPLOY.md).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';

const www = path.resolve(import.meta.dirname, '../www');
const START = '<!-- first screen: written by make build (tools/first-screen.mjs) from the views; do not edit -->';
const END = '<!-- /first screen -->';
const STYLE = /(<!-- www\/style\.css, written by make build \(tools\/first-screen\.mjs\); do not edit -->\s*<style>)[^]*?(<\/style>)/;

/** The start page as mount() draws it, first on the page (its ids are rk1-…), before the engine is
 * ready, and the title it gives the page; drawn once per process. */
let rendered = null;
export const renderFirstScreen = () => (rendered ??= render());

async function render() {
  const { document } = parseHTML('<!doctype html><html lang="sv"><head><title></title></head><body><main id="app"></main></body></html>');
  const { mount } = await import(pathToFileURL(path.join(www, 'ui.js')).href);
  const app = document.getElementById('app');
  // An engine still loading: the start page needs none, and nothing here ever asks it.
  const engine = { integrity: null, texts: {}, loadTexts: () => new Promise(() => {}) };
  mount(app, engine, { lang: 'sv', title: true, ready: new Promise(() => {}) });
  return { html: app.innerHTML, title: document.title };
}

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `index` (the text of index.html) with its first screen, title and style as the sources give them now. */
export async function firstScreen(index, css = fs.readFileSync(path.join(www, 'style.css'), 'utf8')) {
  const { html, title } = await renderFirstScreen();
  const at = index.indexOf(START);
  const end = index.indexOf(END);
  if (at < 0 || end < at) throw new Error(`www/index.html: the markers ${START} … ${END} are missing`);
  if (!STYLE.test(index)) throw new Error('www/index.html: the marked <style> for www/style.css is missing');
  if (css.includes('</style')) throw new Error('www/style.css: "</style" would end the inline style early');
  return (index.slice(0, at + START.length) + html + index.slice(end))
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeText(title)}</title>`)
    .replace(STYLE, (_, open, close) => `${open}\n${css.trimEnd()}\n${close}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = path.join(www, 'index.html');
  const next = await firstScreen(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, next);
  console.log(`first screen: www/index.html, ${Buffer.byteLength(next)} bytes`);
}
