// `element.answers = value` on <rehab-kollen> for values no JSON copy can take (issue #22): a
// cycle, a BigInt, a getter that throws, nesting far too deep, far too many values. The setter
// never throws; the widget refuses the value with one message naming the question, sends
// `rehabkollen:error` with the field's path (never a value), and keeps the answers it had.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { partnerPage, ready, events, shot, originOf, partnerEnv, WWW } from './embed-env.mjs';

const env = partnerEnv();
const optionsPage = (attrs) => `${originOf(env.partner)}/options.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}`;
const questions = JSON.parse(fs.readFileSync(path.join(WWW, 'pkg/texts-sv.json'), 'utf8')).questions;
const questionText = (id) => questions.find((q) => q.id === id).text;

const GOOD = { date: '2026-03-01', person: { employment: 'employed', age: 44 }, employer: { sector: 'private' }, measures: [] };

/** The bad values, built in the page (none of them crosses into it as JSON): installed there as
 * window.rkMakeBad by the test harness (DevTools' evaluate), as a host's script would build them. */
function makeBad(name, good) {
  const base = () => JSON.parse(JSON.stringify(good));
  const v = base();
  if (name === 'cycle') v.person.condition = v; // person.condition.person.condition…
  if (name === 'bigint') v.person.age = 44n;
  if (name === 'getter') Object.defineProperty(v.person, 'age', { enumerable: true, get() { throw new Error('boom'); } });
  if (name === 'deep') {
    let inner = {};
    v.person.condition = inner;
    for (let i = 0; i < 100000; i++) inner = (inner.x = {});
  }
  if (name === 'hostkey') v.person['19121212-1212'] = 'x'; // a key the host chose: never in an event
  if (name === 'huge') v.measures = Array.from({ length: 400000 }, () => ({ kind: 'kbt', cost_ore: 100000 }));
  return v;
}

// `named`: how the message names the field (the question, or for a measure that is no question's, the measure).
const CASES = [
  { name: 'cycle', named: `”${questionText('person.condition')}”: `, path: /^person\.condition\.person\.condition\./ },
  { name: 'bigint', named: `”${questionText('person.age')}”: `, path: /^person\.age$/ },
  { name: 'getter', named: `”${questionText('person.age')}”: `, path: /^person\.age$/ },
  { name: 'deep', named: `”${questionText('person.condition')}”: `, path: /^person\.condition\.x\.x\./ },
  { name: 'huge', named: /”Insats \d+”: /, path: /^measures\[\d+\]/ },
  { name: 'hostkey', named: /: ”[^”]+”: okänt fält /, path: /^person$/ },
];

test('element.answers = a cyclic, BigInt, throwing, deep or huge value: no exception, one message naming the question, rehabkollen:error with the path, the answers kept', async () => {
  const { page, context, log } = await partnerPage(env.browser, optionsPage({ 'share-answers': '' }));
  await ready(page, 'one');
  await page.evaluate(`window.rkMakeBad = ${makeBad}`);
  await page.locator('#one').evaluate((el, good) => { el.answers = good; }, GOOD);
  await page.locator('#one').getByRole('button', { name: 'Alla frågor på en sida' }).click();
  const sector = page.locator('#one [data-path="employer.sector"]');
  const shown = async () => ({ private: await sector.getByLabel('Privat sektor').isChecked(), visible: await sector.isVisible(),
    employed: await page.locator('#one [data-path="person.employment"]').getByLabel('Anställd', { exact: true }).isChecked() });
  assert.deepEqual(await shown(), { private: true, visible: true, employed: true }, 'the good answers are shown');
  for (const c of CASES) {
    await page.evaluate(() => { window.rkEvents.length = 0; });
    const thrown = await page.locator('#one').evaluate((el, [name, good]) => {
      const bad = window.rkMakeBad(name, good);
      try {
        el.answers = bad;
        return null;
      } catch (e) {
        return String(e?.message ?? e);
      }
    }, [c.name, GOOD]);
    assert.equal(thrown, null, `${c.name}: the setter does not throw`);
    const notices = page.locator('#one .rk-notice-error');
    assert.equal(await notices.count(), 1, `${c.name}: one message`);
    const text = await notices.innerText();
    assert.match(text, /^Svaren kunde inte användas: .+\. De tidigare svaren finns kvar\.$/, c.name);
    assert.ok(typeof c.named === 'string' ? text.includes(c.named) : c.named.test(text), `${c.name}: "${text}" names the field`);
    assert.doesNotMatch(text, /person\.|measures\[|boom|BigInt\(|44n/, `${c.name}: no path and no value in what the user reads`);
    const evs = await events(page);
    assert.deepEqual(evs.map((e) => e.type), ['rehabkollen:error'], `${c.name}: only the error event, no change or result`);
    assert.deepEqual(Object.keys(evs[0].detail), ['path'], `${c.name}: the event carries the field only`);
    assert.match(evs[0].detail.path, c.path, `${c.name}: the event names the field`);
    assert.ok(evs[0].detail.path.length <= 161, `${c.name}: a short path`);
    assert.deepEqual(await page.locator('#one').evaluate((el) => el.answers), GOOD, `${c.name}: the last good answers are kept`);
    assert.deepEqual(await shown(), { private: true, visible: true, employed: true }, `${c.name}: and still shown`);
  }
  await shot(page, 'embed-answers-refused');
  // The widget goes on from the answers it kept.
  await sector.getByLabel('Kommun', { exact: true }).check();
  assert.deepEqual(await page.locator('#one').evaluate((el) => el.answers), { ...GOOD, employer: { sector: 'municipality' } });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('bad answers set before the widget has started: nothing throws, it starts from the prefill (none without) and says which field in rehabkollen:error', async () => {
  const { page, context, log } = await partnerPage(env.browser, optionsPage({}));
  await ready(page, 'one');
  await page.evaluate(`window.rkMakeBad = ${makeBad}`);
  // The partner's data-* prefill: the last good answers the widget had when the host's are refused.
  const PREFILL = { 'data-sector': 'municipality', 'data-medarbetaravtal': 'true' };
  const PREFILLED = { employer: { sector: 'municipality', medarbetaravtal: true }, person: {}, provider: {}, measures: [] };
  const NONE = { employer: {}, person: {}, provider: {}, measures: [] };
  for (const name of ['cycle', 'bigint', 'getter']) {
    for (const prefilled of [true, false]) {
      const id = `early-${name}-${prefilled ? 'prefill' : 'none'}`;
      const label = `${name}, ${prefilled ? 'with' : 'without'} prefill`;
      await page.evaluate(() => { window.rkEvents.length = 0; });
      const thrown = await page.evaluate(([name, id, good, attrs]) => {
        const bad = window.rkMakeBad(name, good);
        try {
          const el = document.createElement('rehab-kollen');
          el.id = id;
          el.setAttribute('share-answers', '');
          for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
          el.answers = bad; // before it is on the page: kept until it starts
          const early = el.answers;
          document.querySelector('main').append(el);
          el.answers = bad; // on the page, still starting
          return early !== null && typeof early === 'object' ? null : 'no answers before it started';
        } catch (e) {
          return String(e?.message ?? e);
        }
      }, [name, id, GOOD, prefilled ? PREFILL : {}]);
      assert.equal(thrown, null, `${label}: nothing throws`);
      await ready(page, id);
      await page.waitForFunction((id) => window.rkEvents.some((e) => e.id === id && e.type === 'rehabkollen:result'), id);
      const evs = (await events(page)).filter((e) => e.id === id && e.type === 'rehabkollen:error');
      assert.ok(evs.length >= 1, `${label}: rehabkollen:error`);
      for (const e of evs) {
        assert.deepEqual(Object.keys(e.detail), ['path']);
        assert.match(e.detail.path, name === 'cycle' ? /^person\.condition\./ : /^person\.age$/);
      }
      const kept = await page.locator(`#${id}`).evaluate((el) => el.answers);
      assert.deepEqual({ ...kept, scope: undefined }, { ...(prefilled ? PREFILLED : NONE), scope: undefined },
        prefilled ? `${label}: it starts from the prefill` : `${label}: it starts with no answers`);
    }
  }
  await shot(page, 'embed-answers-early-refused');
  assert.deepEqual(log.errors, []);
  await context.close();
});
