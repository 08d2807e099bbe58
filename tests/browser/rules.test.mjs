// "Regler och källor" (www/rules.html): every rule of the registry with an anchor, its text and
// its sources as links, offline under the strict CSP; the English switch; axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { start, shoot, ROOT } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The registry from the native CLI: the page must show exactly these rules. */
const registry = (lang) => JSON.parse(execFileSync(path.join(ROOT, 'target/release/rehabkollen'), ['rules', lang], { encoding: 'utf8' }));

async function open(hash = '', { bypassCSP = false, width = 1280 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, bypassCSP });
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.goto(`${env.origin}/rules.html${hash}`);
  await page.waitForSelector('.rk-rule');
  return { page, context, log };
}

test('every rule id has its anchor, its text and links with addresses; the seed text is a second link', async () => {
  const { page, context, log } = await open();
  const reg = registry('sv');
  const ids = reg.schemes.flatMap((s) => s.rules.map((r) => r.id));
  assert.ok(ids.length >= 60, `expected every rule, got ${ids.length}`);
  for (const id of ['AFA-COV-2', 'AFA-MEAS-4', 'FK-DOC-1', 'RG-SCOPE', 'COMB-1', 'AFA-NOTE-3', 'SAM-ELIG-1']) assert.ok(ids.includes(id), id);
  const shown = await page.evaluate(() => [...document.querySelectorAll('.rk-rule')].map((li) => ({
    id: li.id,
    text: li.querySelector('p').textContent,
    official: [...li.querySelectorAll('a[data-kind=official]')].map((a) => a.href),
    stored: [...li.querySelectorAll('a[data-kind=stored]')].map((a) => a.getAttribute('href')),
  })));
  assert.deepEqual(shown.map((r) => r.id), ids, 'one anchor per rule id, in the registry order');
  for (const [i, rule] of reg.schemes.flatMap((s) => s.rules).entries()) {
    assert.equal(shown[i].text, rule.text, rule.id);
    assert.deepEqual(shown[i].official, rule.sources.map((s) => s.url), `${rule.id}: every source links its official page`);
    assert.ok(shown[i].official.every((u) => /^https?:\/\/[^/]+\.[a-z]+\//.test(u)), rule.id);
    assert.deepEqual(shown[i].stored, rule.sources.filter((s) => s.doc).map((s) => `source.html#${s.doc}`), rule.id);
  }
  assert.match(await page.locator('#AFA-MEAS-4 p').innerText(), /Samtal .*stöd att hantera stress, konflikter eller kris.*legitimation/);
  // A stored seed opens from the page's own files (offline), in the viewer that leaves out page chrome.
  const stored = shown.find((r) => r.id === 'AFA-COV-2').stored[0];
  assert.match(stored, /^source\.html#000_[0-9a-f]{16}\.txt$/);
  const res = await page.request.get(`${env.origin}/sources/${stored.split('#')[1]}`);
  assert.equal(res.status(), 200);
  assert.match(await res.text(), /AGS/);
  assert.deepEqual(log.errors, [], 'no CSP violation or script error');
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(env.origin + '/')), [], 'no request beyond 127.0.0.1');
  await shoot(page, 'rules-sv-1280');
  await context.close();
});

test('a link to a rule id lands on that rule; English switch keeps the anchors', async () => {
  const { page, context } = await open('#FK-COND-2');
  await page.waitForFunction(() => document.getElementById('FK-COND-2').getBoundingClientRect().top < 200);
  assert.equal(await page.locator('h1').innerText(), 'Regler och källor');
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('.rk-target')].map((e) => e.id)), ['FK-COND-2'], 'the rule is marked');
  assert.match(await page.locator('#FK-COND-2 p').innerText(), /^Anordnaren ska vara godkänd av Försäkringskassan/);
  await page.getByRole('button', { name: 'In English' }).click();
  assert.equal(await page.locator('h1').innerText(), 'Rules and sources');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.locator('#FK-COND-2 p').innerText(), /^The provider must be approved by Försäkringskassan/);
  assert.equal(await page.locator('.rk-rule').count(), registry('en').schemes.flatMap((s) => s.rules).length);
  await shoot(page, 'rules-en-target');
  await page.getByRole('button', { name: 'På svenska' }).click();
  assert.equal(await page.locator('h1').innerText(), 'Regler och källor');
  await context.close();
});

test('sources are named by their titles, never by a file name or an address; the page is set like the questionnaire and readable at 375 px', async () => {
  const { page, context } = await open('', { width: 375 });
  const reg = registry('sv');
  const titles = new Map(reg.schemes.flatMap((s) => s.rules.flatMap((r) => r.sources.map((src) => [src.url, src.title]))));
  assert.ok([...titles.values()].every((t) => t && t.length >= 12), 'every page cited has a title');
  const links = await page.locator('a[data-kind=official]').evaluateAll((as) => as.map((a) => [a.href, a.textContent]));
  assert.ok(links.length >= 60, `${links.length} links`);
  for (const [href, text] of links) assert.equal(text, titles.get(href), href);
  assert.match(await page.locator('#AFA-COV-2').innerText(), /AFA Försäkring: Rehabiliteringsstöd, avsnitt ”Vem kan du ansöka för\?” \(sparad kopia av sidan\)/);
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, /\d{3}_[0-9a-f]{16}\.txt|https?:\/\//, 'no file name or address as text');
  const look = await page.evaluate(() => {
    const p = document.querySelector('.rk-rule p');
    const box = p.getBoundingClientRect();
    return { font: getComputedStyle(p).fontFamily, size: getComputedStyle(p).fontSize, left: box.left, right: window.innerWidth - box.right,
      wide: document.documentElement.scrollWidth <= window.innerWidth, h1: getComputedStyle(document.querySelector('h1')).fontFamily };
  });
  assert.doesNotMatch(look.font, /^(serif|"?Times)/i, `a sans-serif face: ${look.font}`);
  assert.equal(look.font, look.h1, 'one face for the page');
  assert.equal(look.size, '16px');
  assert.ok(look.left >= 15 && look.right >= 10, `text clear of the screen's edges: ${look.left}, ${look.right}`);
  assert.ok(look.wide, 'no sideways scrolling');
  await page.screenshot({ path: path.join(ROOT, 'tests/browser/screenshots/rules-sv-375.png') });
  await page.locator('#FK-COND-3').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(ROOT, 'tests/browser/screenshots/rules-sv-375-sources.png') });
  // The way back to the questionnaire, first on the page after the header.
  assert.equal(await page.getByRole('link', { name: 'Till Rehabkollen' }).getAttribute('href'), './');
  await context.close();
});

test('axe-core finds no WCAG 2.1 AA violations, in Swedish or English, and nothing scrolls sideways at 375 px', async () => {
  // axe is injected as a script, so this page runs without CSP; the others keep it.
  const { page, context } = await open('', { bypassCSP: true });
  const axe = async () => {
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
    return page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
      return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
    });
  };
  assert.deepEqual(await axe(), []);
  await page.getByRole('button', { name: 'In English' }).click();
  assert.deepEqual(await axe(), []);
  await page.setViewportSize({ width: 375, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no horizontal scrolling at 375 px');
  await shoot(page, 'rules-en-375');
  await context.close();
});

test('a stored source text opens without the cookie banner and menu its copy caught, and with what the rules cite', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${env.origin}/source.html#001_f179ac39f29b4ebd.txt`);
  await page.locator('#text h1').waitFor();
  const text = await page.locator('#text').innerText();
  assert.doesNotMatch(text, /kakor|Gå till innehåll|äldre modell/i, 'no page chrome');
  assert.match(await page.locator('#text h1').innerText(), /Rehabiliteringstjänster som ger rätt till bidrag/);
  assert.match(text, /Vad ingår i arbetsplatsinriktat rehabiliteringsstöd\?/, 'the section the FK rules cite is there');
  assert.match(text, /Sparad kopia: 001_f179ac39f29b4ebd\.txt/);
  await shoot(page, 'source-001-375');
  await page.goto(`${env.origin}/source.html#../index.html`);
  await page.reload();
  await page.locator('#text').getByText('Ingen sådan källa.').waitFor();
  assert.deepEqual(errors, []);
  await context.close();
  // axe is injected as a script, so this check runs without CSP.
  const open = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const p = await open.newPage();
  await p.goto(`${env.origin}/source.html#004_ebaf56c7424ac0c3.txt`);
  await p.locator('#text h1').waitFor();
  await p.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const violations = await p.evaluate(async () => (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id));
  assert.deepEqual(violations, []);
  await open.close();
});
