// Helpers for driving the guided questionnaire as a user: by role, label and button text. The
// day is fixed (the deadlines in words depend on it), layout shifts are summed from the first
// paint, and axe-core is loaded into every page before its own scripts run.
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { ROOT, fillDate, takenOver } from './helpers.mjs';

export const TODAY = '2026-11-25T10:00:00+01:00';

/** A fresh page on the start page, at `width`, with the clock fixed on TODAY. */
export async function openStart(env, { width = 1280, height = 900 } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(e.message));
  await page.clock.setFixedTime(new Date(TODAY));
  // Every layout shift, with or without recent input, and axe-core, before the page's own scripts.
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shifts.push({ value: e.value, input: e.hadRecentInput, at: document.querySelector('[data-step]')?.dataset.step ?? document.querySelector('.rk-view > div:last-child')?.className,
          sources: e.sources.map((x) => `${x.node?.nodeName}.${x.node?.className} ${x.previousRect.y}→${x.currentRect.y} h${x.previousRect.height}→${x.currentRect.height}`) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.addInitScript({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  await page.goto(`${env.origin}/`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await takenOver(page);
  return { page, context, log };
}

/** The sum of every layout-shift entry so far (CLS counting those after input too). */
export const layoutShift = (page) => page.evaluate(() => window.__shifts.reduce((s, e) => s + e.value, 0));
export const shifts = (page) => page.evaluate(() => window.__shifts);

/** axe-core's WCAG 2.1 A/AA violations on the page as it is. */
export async function axe(page) {
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  });
}

export async function startAs(page, role) {
  await page.getByRole('radio', { name: role, exact: true }).check();
  await page.getByRole('button', { name: /^Starta/ }).click();
  await page.locator('.rk-step').waitFor();
}

/** Answers one question (found by its path on the page) by the visible label of the answer. */
export async function answerField(page, q, value) {
  if (await q.locator('.rk-date-input').count()) return fillDate(q, value);
  if (await q.locator('select').count()) return q.locator('select').selectOption({ label: value });
  if (await q.locator('input[type=radio]').count()) return q.getByLabel(value, { exact: true }).check();
  if (await q.locator('input[type=checkbox]').count() && !(await q.locator('input[type=text]').count())) {
    for (const v of [value].flat()) await q.getByLabel(v, { exact: true }).check();
    return;
  }
  if (value === 'Vet ej') return q.getByLabel('Vet ej', { exact: true }).check();
  const input = q.locator('input[type=text]');
  await input.fill(value);
  await input.blur();
}

/**
 * Works through the question pages until "Kontrollera dina svar", answering each question shown
 * from `plan` (answer path → visible label; measures as "measures[0].kind" etc.). `add` names the
 * measure pages left with "Lägg till en insats till". `each(page, n)` runs on every page.
 * Returns, page by page, the questions the user had to answer (not those an earlier answer folded away).
 */
export async function walk(page, plan, { add = [], each = null } = {}) {
  const pages = [];
  for (let n = 1; n <= 30; n++) {
    if (await page.locator('.rk-check').isVisible()) return pages;
    const step = page.locator('.rk-step');
    await step.waitFor();
    const key = await step.getAttribute('data-step');
    const paths = await step.locator('.rk-q:visible:not([data-moot])').evaluateAll((qs) => qs.map((q) => q.dataset.path));
    if (each) await each(page, n);
    const answered = [];
    for (const p of paths) {
      const q = step.locator(`[data-path="${p}"]`);
      if (await q.evaluate((w) => w.hasAttribute('data-moot') || w.hidden)) continue; // an earlier answer on this page made it irrelevant
      assert.ok(p in plan, `the plan has no answer for ${p} (page ${n}: ${paths.join(', ')})`);
      await answerField(page, q, plan[p]);
      answered.push(p);
    }
    pages.push(answered);
    await page.getByRole('button', { name: add.includes(key) ? 'Lägg till en insats till' : 'Fortsätt', exact: true }).click();
    await page.locator(`.rk-step:not([data-step="${key}"]), .rk-check`).first().waitFor();
  }
  throw new Error(`no end after 30 pages: ${JSON.stringify(pages)}`);
}

/** The result page's card of one scheme. */
/** The answers as "Spara svaren som fil" in the menu saves them, read back from the download. */
export async function savedAnswers(page) {
  const download = page.waitForEvent('download');
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Spara svaren som fil', exact: true }).click();
  return JSON.parse(fs.readFileSync(await (await download).path(), 'utf8'));
}

/** Opens the saved answers file `f` through the menu, as a user would ("Öppna sparade svar"). */
export async function openAnswers(page, f) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByText('Meny', { exact: true }).click();
  await page.getByRole('button', { name: 'Öppna sparade svar', exact: true }).click();
  await (await chooser).setFiles(f);
}

export const card = (page, id) => page.locator(`[data-scheme="${id}"]`);

const YES = 'Ja';
/** What a private employer knows about a worker at risk of sick leave. */
export const EMPLOYER = {
  'employer.sector': 'Privat sektor', 'employer.ags_insurance': YES, 'employer.medarbetaravtal': 'Nej',
  'employer.fk_ars_granted_this_year_ore': '0', 'person.fk_ars_granted_this_year_ore': '0',
  'person.employment': 'Anställd', 'person.category': 'Arbetare', 'person.age': '44',
  'person.work_capacity': 'Risk för nedsättning', 'person.rehab_need_documented': YES, 'person.work_capacity_prospect': YES,
  'person.return_to_work_plan': YES, 'person.has_sgi': YES, 'person.consent': YES, 'person.on_sick_leave': 'Nej',
  'provider.fk_approved': YES, 'provider.competence': ['Beteendevetenskap'], 'provider.knows_workplace': YES,
  'provider.contracted': YES, 'provider.ivo_permit': 'Nej',
  'person.insured_in_sweden': YES, 'person.doctor_certificate': 'Nej', 'person.needs_work_rehab': 'Nej', 'person.in_af_programme': 'Nej',
};
