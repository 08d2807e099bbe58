// The component and the host page's history (issue 23, item 1): without the attribute `history`
// the widget never touches the host's history, title or address, and its own Tillbaka moves it
// back; with it, each of its pages is an entry beside what the host keeps in history.state, so the
// browser's Back moves the widget back and the host page stays.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partnerPage, ready, originOf, partnerEnv } from './embed-env.mjs';

const env = partnerEnv();

async function widget(attrs) {
  const url = `${originOf(env.partner)}/options.html?attrs=${encodeURIComponent(JSON.stringify(attrs))}`;
  const p = await partnerPage(env.browser, url);
  await ready(p.page, 'one');
  // The host keeps its own state in its history entry, as a single-page app's router does (beside
  // what is there already).
  await p.page.evaluate(() => {
    history.replaceState({ ...history.state, host: 'kept' }, '');
    window.hostMark = 'the same document';
  });
  return p;
}

/** From the start page to the second question page of the widget, as a user. */
async function twoPages(page) {
  const w = page.locator('#one');
  await w.getByRole('radio', { name: 'Arbetsgivare', exact: true }).check();
  await w.getByRole('button', { name: /^Starta/ }).click();
  await w.locator('.rk-step[data-step="measure:0"]').waitFor();
  await w.getByRole('button', { name: 'Vi vet inte vilken insats än' }).click();
  await w.locator('.rk-step:not([data-step="measure:0"])').waitFor();
  return w;
}

const host = (page) => page.evaluate(() => ({ length: history.length, state: history.state, href: location.href, title: document.title, mark: window.hostMark }));

test('without `history` the host\'s history, address and title are untouched; the widget\'s Tillbaka moves it back', async () => {
  const { page, context, log } = await widget({});
  const before = await host(page);
  const w = await twoPages(page);
  assert.deepEqual(await host(page), before, 'no entry added, the host\'s state and title as they were');
  await w.getByRole('button', { name: 'Tillbaka' }).click();
  await w.locator('.rk-step[data-step="measure:0"]').waitFor();
  await w.getByRole('button', { name: 'Tillbaka' }).click();
  await w.getByRole('heading', { name: 'Vilket rehabiliteringsstöd kan ni få?', level: 1 }).waitFor();
  assert.deepEqual(await host(page), before);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('with `history` each page of the widget is an entry beside the host\'s own state; Back moves the widget, the host page stays', async () => {
  const { page, context, log } = await widget({ history: '' });
  const before = await host(page);
  const w = await twoPages(page);
  const after = await host(page);
  assert.equal(after.length, before.length + 2, 'Starta and the next page');
  assert.equal(after.state.host, 'kept', 'the host\'s own state is kept in the widget\'s entries');
  assert.deepEqual(Object.keys(after.state).sort(), ['host', 'rehabkollen:rk1']);
  assert.deepEqual({ href: after.href, title: after.title }, { href: before.href, title: before.title }, 'the address and the title are the host\'s');
  await page.goBack();
  await w.locator('.rk-step[data-step="measure:0"]').waitFor();
  await page.goBack();
  await w.getByRole('heading', { name: 'Vilket rehabiliteringsstöd kan ni få?', level: 1 }).waitFor();
  assert.equal((await host(page)).mark, 'the same document', 'the host page was never left');
  await page.goForward();
  await w.locator('.rk-step[data-step="measure:0"]').waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});
