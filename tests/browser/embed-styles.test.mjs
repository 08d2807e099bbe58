// Styles that hold on any host: the widget on a partner page whose CSS does what partners' CSS does
// (html { font-size: 62.5% }, inherited text properties set on the element itself with !important,
// * { box-sizing: content-box }, button { all: unset }, overlays at the highest z-index) looks and
// measures exactly as on a page without CSS: body text at least 16 px, buttons at least 44 px tall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partnerPage, ready, shot, originOf, partnerEnv } from './embed-env.mjs';
import { fillDate } from './helpers.mjs';

const env = partnerEnv();

/** Every visible element in the widget with its own text or a control: the text properties that matter, and its box. */
function measure(host) {
  const root = host.shadowRoot.querySelector('.rk-root');
  const props = ['fontSize', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textTransform', 'textIndent', 'whiteSpace', 'fontStyle', 'color', 'boxSizing'];
  const out = [];
  for (const el of [root, ...root.querySelectorAll('*')]) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || el.closest('.rk-visually-hidden')) continue;
    const ownText = [...el.childNodes].some((n) => n.nodeType === 3 && n.nodeValue.trim());
    const control = el.matches('button, input, select, summary, a');
    const box = el.matches('input[type=radio], input[type=checkbox]'); // no text of its own
    if (!ownText && !control && el !== root) continue;
    const cs = getComputedStyle(el);
    out.push({ el: `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`, text: (el.textContent || el.value || '').trim().slice(0, 30),
      ...Object.fromEntries(props.map((p) => [p, cs[p]])), width: Math.round(r.width), height: Math.round(r.height), control,
      // Buttons drawn as links (.rk-link, and .rk-back, GOV.UK's back link) are measured as text, like links.
      button: el.matches('button:not(.rk-link):not(.rk-back), summary.rk-button'),
      // Rule ids ("Regler: AFA-COV-5") and the tags beside the reasons are fine print, not body text.
      text16: !box && !el.closest('.rk-rule-ids, .rk-rule-id, .rk-tag'), text14: !box });
  }
  return out;
}

async function widgetOn(file, viewport, view) {
  const { page, context, log } = await partnerPage(env.browser, `${originOf(env.partner)}/${file}`, { viewport });
  await ready(page, 'one');
  if (view === 'all') {
    await page.locator('#one').getByRole('button', { name: 'Alla frågor på en sida' }).click();
    await page.locator('#one .rk-all').waitFor();
  }
  return { page, context, log, measured: await page.locator('#one').evaluate(measure) };
}

for (const [width, view] of [[1280, 'start'], [1280, 'all'], [375, 'start']]) {
  test(`at ${width} px, ${view} view: the hostile page's CSS changes nothing inside the widget`, async () => {
    const viewport = { width, height: 900 };
    const plain = await widgetOn('plain.html', viewport, view);
    const hostile = await widgetOn('hostile-page.html', viewport, view);
    await shot(hostile.page, `embed-hostile-${view}-${width}`);
    await shot(plain.page, `embed-plain-${view}-${width}`);
    assert.deepEqual(hostile.log.errors, []);
    assert.ok(plain.measured.length > 10, `${plain.measured.length} elements measured`);
    assert.deepEqual(hostile.measured, plain.measured, 'every text property and box as on a page without CSS');
    const [root] = hostile.measured;
    assert.ok(parseFloat(root.fontSize) >= 16, `body text ${root.fontSize}`);
    assert.deepEqual([root.letterSpacing, root.wordSpacing, root.textTransform, root.textIndent, root.whiteSpace, root.fontStyle],
      ['normal', '0px', 'none', '0px', 'normal', 'normal'], 'the inherited text properties stop at the inner root');
    const small = hostile.measured.filter((m) => m.text16 && parseFloat(m.fontSize) < 16);
    assert.deepEqual(small.map((m) => `${m.el} "${m.text}" ${m.fontSize}`), [], 'no body text under 16 px');
    const tiny = hostile.measured.filter((m) => m.text14 && parseFloat(m.fontSize) < 14);
    assert.deepEqual(tiny.map((m) => `${m.el} "${m.text}" ${m.fontSize}`), [], 'no fine print under 14 px');
    const low = hostile.measured.filter((m) => m.button && m.height < 44);
    assert.deepEqual(low.map((m) => `${m.el} "${m.text}" ${m.height}px`), [], 'every button at least 44 px tall');
    await plain.context.close();
    await hostile.context.close();
  });
}

test("the partner's overlays stay on top of the widget, and the widget under them keeps working", async () => {
  const { page, context } = await partnerPage(env.browser, `${originOf(env.partner)}/hostile-page.html`, { viewport: { width: 1280, height: 700 } });
  await ready(page, 'one');
  await page.locator('#one').getByRole('button', { name: 'Alla frågor på en sida' }).click();
  await page.locator('#one .rk-all').waitFor();
  await page.mouse.wheel(0, 600);
  await page.waitForTimeout(200);
  const hits = await page.evaluate(() => {
    const header = document.querySelector('.partner-header').getBoundingClientRect();
    const cookie = document.querySelector('.partner-cookie').getBoundingClientRect();
    const widget = document.querySelector('#one').getBoundingClientRect();
    const at = (x, y) => document.elementFromPoint(x, y)?.className || document.elementFromPoint(x, y)?.id;
    return { header: at(600, header.top + 30), cookie: at(600, cookie.top + 40), widgetUnderHeader: widget.top < header.bottom, widgetUnderCookie: widget.bottom > cookie.top };
  });
  assert.deepEqual(hits, { header: 'partner-header', cookie: 'partner-cookie', widgetUnderHeader: true, widgetUnderCookie: true });
  // Still usable between the overlays.
  await fillDate(page.locator('#one [data-path="date"]'), '2026-03-01');
  assert.match(await page.locator('#one .rk-all-aside').innerText(), /1 mars 2026|2026-03-01/);
  await shot(page, 'embed-hostile-overlays-1280');
  await context.close();
});
