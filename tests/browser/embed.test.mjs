// Rehabkollen on partners' pages: the <rehab-kollen> element under a strict CSP with hostile host
// CSS, two instances side by side, prefill, events, and the partner demo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, partnerPage, ready, events, shot, serve, close, originOf, FIXTURES, WWW, ROOT } from './embed-env.mjs';

let browser, partner, rk;
before(async () => {
  partner = await serve(FIXTURES, 0, { mounts: { '/rk/': WWW } });
  rk = await serve(WWW, 0);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [partner, rk]) await close(s);
});

async function hostPage(opts) {
  const p = await partnerPage(browser, `${originOf(partner)}/host.html`, opts);
  for (const id of ['one', 'two']) await ready(p.page, id);
  return p;
}

test('two instances render on a strict-CSP page with hostile CSS, and neither side restyles the other', async () => {
  const { page, context, log } = await hostPage();
  assert.deepEqual(log.errors, [], 'no CSP violation, no script error');
  assert.equal(await page.locator('#one .rk-h1').first().innerText(), 'Vilket rehabiliteringsstöd kan ni få?');
  assert.equal(await page.locator('#two .rk-h1').first().innerText(), 'Which rehabilitation support can you get?', 'the second instance is in English');
  const inside = await page.locator('#one').evaluate((el) => {
    const root = el.shadowRoot;
    const rk = root.querySelector('.rk');
    const button = root.querySelector('.rk-button-start');
    return { rk: getComputedStyle(rk).display, font: getComputedStyle(rk).fontFamily, border: getComputedStyle(button).borderTopStyle,
      accent: getComputedStyle(root.querySelector('.rk-header')).borderBottomColor };
  });
  assert.equal(inside.rk, 'block', 'host rules (.rk { display: none }) do not reach in');
  assert.doesNotMatch(inside.font, /Comic/);
  assert.notEqual(inside.border, 'dotted');
  assert.equal(inside.accent, 'rgb(106, 27, 154)', '--rk-accent from the host themes the widget');
  const host = await page.evaluate(() => ({ h1: getComputedStyle(document.querySelector('h1')).color, body: getComputedStyle(document.body).backgroundColor,
    sheets: document.styleSheets.length, globals: Object.keys(window).filter((k) => /rehab|wasm|wbg/i.test(k)) }));
  assert.deepEqual(host, { h1: 'rgb(200, 0, 0)', body: 'rgb(1, 2, 3)', sheets: 1, globals: [] }, 'the host keeps its styles and gets no globals');
  await shot(page, 'embed-host-1280');
  await context.close();
});

test('prefill attributes are applied, the starting role is taken, and answers are readable only with share-answers', async () => {
  const { page, context } = await hostPage();
  const answers = await page.locator('#two').evaluate((el) => el.answers);
  assert.equal(answers.employer.sector, 'municipality');
  assert.equal(answers.employer.ags_insurance, true);
  assert.equal(answers.provider.fk_approved, true);
  assert.equal(answers.provider.performer, 'licensed_psychologist');
  assert.ok(await page.locator('#two input[type=radio][value=provider]').isChecked(), 'mode="provider" is the chosen role');
  assert.equal(await page.locator('#one').evaluate((el) => el.answers), null, 'without share-answers the host cannot read the answers');
  await context.close();
});

test('setting answers on one instance fires rehabkollen:result on that one only', async () => {
  const { page, context } = await hostPage();
  await page.evaluate(() => { window.rkEvents.length = 0; });
  await page.locator('#one').evaluate((el) => {
    el.answers = { date: '2026-03-01', person: { employment: 'none', has_sgi: false, insured_in_sweden: true, doctor_certificate: true, needs_work_rehab: true } };
  });
  const evs = await events(page);
  const result = evs.find((e) => e.type === 'rehabkollen:result' && e.id === 'one');
  assert.ok(result, JSON.stringify(evs));
  assert.ok(evs.every((e) => e.id === 'one'), JSON.stringify(evs));
  assert.equal(result.detail.summary.schemes.find((s) => s.id === 'fk_samordning').verdict, 'eligible');
  await context.close();
});

test('no request leaves 127.0.0.1 and nothing is stored on the host page', async () => {
  const { page, context, log } = await hostPage();
  await page.locator('#one').getByLabel('Arbetsgivare', { exact: true }).check();
  await page.locator('#one').getByRole('button', { name: 'Starta' }).click();
  await page.locator('#one .rk-step').waitFor();
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(originOf(partner) + '/')), []);
  const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length, search: location.search }));
  assert.deepEqual(stored, { cookie: '', local: 0, session: 0, search: '' });
  await context.close();
});

test('axe finds no WCAG 2.1 AA violations on a host page with two instances', async () => {
  const { page, context } = await hostPage({ bypassCSP: true });
  await page.addStyleTag({ content: '* { font-family: inherit !important } body { background: #fff !important; color: #000 !important } h1 { color: #000 !important }' });
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run({ include: [['#one'], ['#two']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test('the partner demo shows both modes, themed, under the strict CSP', async () => {
  const { page, context, log } = await partnerPage(browser, `${originOf(rk)}/partner-demo.html`);
  await page.locator('rehab-kollen .rk-h1').first().waitFor();
  await page.frameLocator('iframe[data-rehabkollen]').locator('.rk-h1').first().waitFor();
  assert.equal(await page.locator('rehab-kollen').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.rk-header')).borderBottomColor), 'rgb(106, 27, 154)');
  await page.waitForFunction(() => /AFA: /.test(document.querySelector('.demo-summary').textContent));
  assert.match(await page.locator('.demo-summary').innerText(), /^AFA: (kan beviljas|beviljas inte|behöver fler svar) · Försäkringskassan: /, 'the partner shows the summary from the event');
  assert.equal(await page.locator('rehab-kollen .rk-header .rk-tools').count(), 0, 'hide="tools"');
  assert.deepEqual(log.errors, []);
  await shot(page, 'partner-demo-1280');
  await context.close();
});
