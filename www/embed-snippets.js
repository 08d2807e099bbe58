// The snippets partners paste, written in one place: the embed page ("Bädda in Rehabkollen",
// embed-page.js) shows them, `make package` puts them in the package's README (tools/package.mjs),
// and the tests paste what these return. Options are never answers: role, schemes, language and
// colour. Pure functions of their arguments: no DOM, no engine.

/** Where the package's snippets point: a CDN that serves npm packages by exact version. */
export const CDN = 'https://cdn.jsdelivr.net/npm/';
/** The package's folder on the CDN for one version. */
export const cdnBase = (version) => `${CDN}rehabkollen@${version}/`;

/** The iframe's reserved height in pixels: the start page's at a phone's width (the tallest), so
 * the host page does not move when it loads (rehabkollen-frame.js; tests/browser/embed-reserve). */
export const IFRAME_HEIGHT = 1700;

/** A colour is taken only as #rrggbb with at least 4.5:1 against white (links and headings are
 * drawn in it on white, WCAG 2.1 AA); anything else is null and the default colour stays. */
export function accentColour(value) {
  if (typeof value !== 'string' || !/^#[0-9a-f]{6}$/i.test(value)) return null;
  const lum = [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * lum[0] + 0.7152 * lum[1] + 0.0722 * lum[2];
  return 1.05 / (l + 0.05) >= 4.5 ? value.toLowerCase() : null;
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const attrs = (pairs) => pairs.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))
  .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escape([v].flat().join(' '))}"`)).join('');

/** The options as they go in an address or on the element: only those that differ from the default. */
function chosen({ lang = 'sv', mode = null, scope = [], accent = null } = {}) {
  return { lang: lang === 'en' ? 'en' : 'sv', mode: mode || null, scope: [...(scope || [])], accent: accentColour(accent) };
}

/** What the element holds until it starts, and the message that replaces it when its script
 * fails to load or to pass its `integrity` check (docs/EMBEDDING.md): then none of our code runs,
 * so only the partner's page can say so, and without this the partner's page shows blank space. */
export const FALLBACK = {
  sv: { loading: 'Rehabkollen laddas …', failed: 'Rehabkollen kunde inte startas: en fil kunde inte hämtas eller kontrolleras. Ladda om sidan.' },
  en: { loading: 'Rehabkollen is loading …', failed: 'Rehabkollen could not start: a file could not be fetched or checked. Reload the page.' },
};

/** The classic script that shows the message: it runs while the page is parsed, before the module
 * script after it could fail (module scripts run, or fire `error`, once parsing is done). One text
 * for every language (the message is on the paragraph), so a strict CSP allows it by one hash,
 * FALLBACK_SCRIPT_HASH, which docs/EMBEDDING.md and the package README give. */
export const FALLBACK_SCRIPT = "for (const s of document.querySelectorAll('script[src$=\"/rehabkollen-embed.js\"]')) s.addEventListener('error', () => { for (const p of document.querySelectorAll('rehab-kollen > .rehabkollen-fallback[data-failed]')) { p.setAttribute('role', 'alert'); p.textContent = p.dataset.failed; } });";
/** FALLBACK_SCRIPT's CSP source (sha256 of its text); tests/js/embed-snippets.test.mjs recomputes it. */
export const FALLBACK_SCRIPT_HASH = "'sha256-jkq1GC15rnrL6WRiO4YX8dYrHFPTl2SpdpAd4rQVeiQ='";

/**
 * The component: the host stylesheet (the reservation), the script, the few lines that say so if
 * the script fails, and the element with its fallback text.
 * `base` is the folder the package is served from (…/rehabkollen@1.2.3/), `integrity` the sha384
 * hashes { script, css } of rehabkollen-embed.js and rehabkollen-host.css.
 */
export function elementSnippet({ base, integrity = {}, ...options }) {
  const o = chosen(options);
  const at = base.endsWith('/') ? base : `${base}/`;
  const text = FALLBACK[o.lang];
  return [
    `<link rel="stylesheet" href="${escape(`${at}rehabkollen-host.css`)}"${attrs([['integrity', integrity.css]])} crossorigin="anonymous">`,
    `<script type="module" src="${escape(`${at}rehabkollen-embed.js`)}"${attrs([['integrity', integrity.script]])} crossorigin="anonymous"></script>`,
    `<script>${FALLBACK_SCRIPT}</script>`,
    `<rehab-kollen${attrs([['lang', o.lang], ['mode', o.mode], ['scope', o.scope], ['accent', o.accent]])}>`,
    `  <p class="rehabkollen-fallback"${attrs([['data-failed', text.failed]])}>${escape(text.loading)}</p>`,
    '</rehab-kollen>',
  ].join('\n');
}

/** embed.html's address on Rehabkollen's origin (`app`, the folder it is in) with the options. */
export function frameAddress({ app, host = null, ...options }) {
  const o = chosen(options);
  const url = new URL('embed.html', app.endsWith('/') ? app : `${app}/`);
  if (host) url.searchParams.set('host', host);
  url.searchParams.set('lang', o.lang);
  if (o.mode) url.searchParams.set('mode', o.mode);
  if (o.scope.length) url.searchParams.set('scope', o.scope.join(','));
  if (o.accent) url.searchParams.set('accent', o.accent);
  return url.href;
}

/**
 * The iframe an editor pastes (a WordPress Custom HTML block): the frame alone works anywhere and
 * scrolls inside its reserved height; with the script beside it (where the site allows scripts)
 * it follows its content both ways. `host` is the partner page's origin; `frameScript` the
 * address of rehabkollen-frame.js and its hash.
 */
export function iframeSnippet({ app, host, frameScript = null, title = 'Rehabkollen', ...options }) {
  const src = frameAddress({ app, host, ...options });
  // frameborder="0": the browser's 2 px border beside width="100%" would stick out of the partner's
  // column by 4 px, and a strict CSP refuses a `style` attribute (the presentational one it allows).
  const lines = [`<iframe data-rehabkollen title="${escape(title)}" src="${escape(src)}" width="100%" height="${IFRAME_HEIGHT}" frameborder="0"></iframe>`];
  if (frameScript) lines.push(`<script type="module" src="${escape(frameScript.src)}"${attrs([['integrity', frameScript.integrity]])} crossorigin="anonymous"></script>`);
  return lines.join('\n');
}
