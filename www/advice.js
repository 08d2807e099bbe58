// What a result says first, in words: for each scheme one sentence that is true in the case (it
// may pay, and how much and by when; it does not, and the deciding reasons; it depends on these
// answers), what would change a "no" (the outcome's `changes`, with the catalogue's actions: what
// to do and who can), and the order to apply in with the honest total. The one place these
// sentences are composed: the result page, the printed summary and the component's
// `rehabkollen:result` event all take them from here (issue #25). The reasons are the rules'
// own `because` clauses and the actions the question catalogue's; the words around them are in
// i18n.js (CHROME[lang].advice). No rule is decided here: everything comes from the outcome.
import { CHROME, dateWords } from './i18n.js';
import { formatKronor } from './dom.js';
import { answerOf, catalogueId, measureIndex } from './state.js';

/** At most this many deciding reasons in a "no" (issue #25: one plain sentence). */
const MAX_REASONS = 3;

/** Each text catalogue's questions by id, made once per catalogue: the advice is composed on every keystroke. */
const byId = new WeakMap();

/** The question catalogue entry of an answer path, in a text catalogue (texts-<lang>.json). */
function questionOf(texts, path) {
  let index = byId.get(texts);
  if (!index) {
    index = new Map();
    for (const q of texts.questions) if (!index.has(q.id)) index.set(q.id, q); // the first of an id, as find() took it
    byId.set(texts, index);
  }
  return index.get(catalogueId(path)) ?? null;
}

const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * What a page writes after "eftersom" / "because" for a reason (docs/API.md §3, "A rule's
 * because"): the clause for its `holds`, the kind's own where it has one, {kind} filled in with
 * the kind as it reads in a sentence. Null for a reason not yet known, or a rule without one.
 */
export function clauseOf(texts, reason, kind) {
  if (reason.holds === null || reason.holds === undefined) return null;
  const b = texts.rules[reason.rule]?.because;
  if (!b) return null;
  const own = kind ? b.kinds?.[kind] : null;
  const text = reason.holds ? (own ?? b).holds : (own ?? b).fails;
  if (!text) return null;
  if (!text.includes('{kind}')) return text;
  const option = questionOf(texts, 'measures[].kind')?.options?.find((o) => o.value === kind);
  return option ? text.replaceAll('{kind}', option.in_sentence ?? option.label.toLowerCase()) : null;
}

/** "upp till 4 000 kr"; "minst 2 000 kr" while nothing bounds it; null when nothing is known (never "minst 0 kr"). */
export function amountPhrase(amount, lang) {
  const a = CHROME[lang].advice;
  if (!amount) return null;
  if (amount.max === null || amount.max === undefined) return amount.min > 0 ? a.atLeast(formatKronor(amount.min, lang)) : null;
  return a.upTo(formatKronor(amount.max, lang));
}

/** Whether a scheme gives money (Samordning gives coordination). */
const paysMoney = (s) => s.id !== 'fk_samordning' && s.payee !== 'none';

/** The reasons a "no" rests on: the scheme's own conditions that fail, then its measures', one clause each, at most three. */
function decidingReasons(texts, s, lang) {
  const t = CHROME[lang];
  const many = s.measures.length > 1;
  const out = [];
  const add = (r, m) => {
    const clause = clauseOf(texts, r, m?.kind ?? null);
    if (!clause) return;
    // With several measures, a clause that does not name its measure's kind says which measure.
    const named = !m || !many || (texts.rules[r.rule]?.because?.holds ?? '').includes('{kind}')
      ? clause : `${clause} (${lower(t.measureCaption(m.index + 1))})`;
    if (!out.some((x) => x.text === named)) out.push({ text: named, rule: r.rule, measure: m ? m.index : null });
  };
  for (const r of s.reasons) if (r.holds === false) add(r, null);
  for (const m of s.measures) if (m.status === 'not_reimbursable') for (const r of m.reasons) if (r.holds === false) add(r, m);
  return out.slice(0, MAX_REASONS);
}

/** Schemes by their short names, as one list in words: "AFA och FK". */
export function schemeNames(ids, lang) {
  const t = CHROME[lang];
  return t.advice.list(ids.map((id) => t.schemeShort[id] ?? id));
}

/** An open question in words: its text, its measure's caption, who usually knows. */
function openQuestion(texts, path, lang) {
  const q = questionOf(texts, path);
  const i = measureIndex(path);
  return { path, text: q?.text ?? path, caption: i === null ? null : CHROME[lang].measureCaption(i + 1), find_out: q?.find_out ?? null };
}

/** Measure indices (from 0) as runs of measure numbers (from 1), in order: [0, 1, 2, 4] → [[1, 3], [5, 5]]. */
export function runsOf(indices) {
  const runs = [];
  for (const i of [...new Set(indices)].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && i === last[1]) last[1] = i + 1; // the next measure: the run goes on
    else runs.push([i + 1, i + 1]);
  }
  return runs;
}

/** "Insats 3" for one measure, "Insats 1–25" (or "25 insatser") for several: who a sentence said once is about. */
export function measuresCaption(indices, lang) {
  const t = CHROME[lang];
  return indices.length === 1 ? t.measureCaption(indices[0] + 1) : t.measuresCaption(runsOf(indices), new Set(indices).size);
}

/** The last days to apply (or report) of a scheme's measures it may still pay for, soonest first,
 * each with the measures it holds for: [["2027-02-01", [0, 1]], ["2028-02-01", [3]]]. The first is
 * the scheme's own deadline (docs/API.md §2: the earliest not yet passed). */
function lastDays(s) {
  const days = new Map();
  for (const m of s.measures) {
    if (m.status === 'not_reimbursable' || !m.deadline || m.deadline_passed) continue;
    if (!days.has(m.deadline)) days.set(m.deadline, []);
    days.get(m.deadline).push(m.index);
  }
  return [...days].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Where a scheme's measures have different last days, each with its measures, in the words the
 * deadline takes ("Ansök senast {…}."): "1 februari 2027 för insats 1–3 och senast 1 februari 2028
 * för insats 4"; else null, and the scheme's deadline says it for all. */
export function eachLastDay(s, lang) {
  const days = lastDays(s);
  if (days.length < 2) return null;
  return CHROME[lang].advice.eachDay(days.map(([d, measures]) => [dateWords(d, lang), measuresCaption(measures, lang)]));
}

/**
 * The open questions (advise()'s `open`) with one question asked for several measures, deciding
 * the same schemes, as one item where its first one stands (a case of 25 like measures listed the
 * same question 25 times): `{ ...first, paths, measures, caption }`, `paths` every answer it
 * stands for, `measures` their measures' indices (null for a question not about a measure) and
 * `caption` naming them ("Insats 1–25"). Every answer stays in `paths`, to be counted and answered.
 */
export function groupOpen(open, lang) {
  const out = [];
  const byKey = new Map();
  for (const q of open) {
    const i = measureIndex(q.path);
    if (i === null) {
      out.push({ ...q, paths: [q.path], measures: null });
      continue;
    }
    const key = `${catalogueId(q.path)} ${q.schemes.join(' ')}`;
    const g = byKey.get(key);
    if (g) {
      g.paths.push(q.path);
      g.measures.push(i);
      continue;
    }
    const item = { ...q, paths: [q.path], measures: [i] };
    byKey.set(key, item);
    out.push(item);
  }
  for (const g of out) if (g.paths.length > 1) g.caption = measuresCaption(g.measures, lang);
  return out;
}

/**
 * The outcome's `combined` with the measures it says the same of as one entry, where the first
 * stands: `[{ indices, entry }]`, `entry` the first measure's. The same is the same kind (`kinds`:
 * each measure's, from the answers), both schemes' amounts and deadlines and what they reach
 * together: what the page says of a measure there, so that it is said once for all of them.
 */
export function groupCombined(combined, kinds = []) {
  const out = [];
  const byKey = new Map();
  for (const c of combined) {
    const key = JSON.stringify([kinds[c.index] ?? null, c.max_ore ?? null, c.schemes.map((p) => [p.scheme, p.amount_ore?.min ?? null, p.amount_ore?.max ?? null, p.deadline ?? null])]);
    const g = byKey.get(key);
    if (g) g.indices.push(c.index);
    else {
      const item = { indices: [c.index], entry: c };
      byKey.set(key, item);
      out.push(item);
    }
  }
  return out;
}

/**
 * The schemes that pay less in all than their amounts for each measure alone add up to, as
 * `{ id: total_ore }`: `combined` gives each scheme's grant for a measure alone (docs/API.md §2),
 * while the scheme's own `amount_ore.max` is its total under its caps for all measures together
 * (FK's yearly cap, FK-AMT-2). There the page says the total once and words each measure's amount
 * as that measure's alone, so that six lines of "FK: 6 000 kr" are not read as 36 000 kr. A
 * measure whose amount nothing bounds counts as more than any total.
 */
export function cappedAcross(outcome) {
  const sums = {};
  for (const c of outcome.combined ?? []) {
    for (const p of c.schemes) sums[p.scheme] = (sums[p.scheme] ?? 0) + (p.amount_ore?.max ?? Infinity);
  }
  const out = {};
  for (const s of outcome.schemes) {
    const total = s.amount_ore?.max;
    if (total !== null && total !== undefined && sums[s.id] > total) out[s.id] = total;
  }
  return out;
}

/** The open questions that decide the scheme (its `missing`, as the outcome gives them), each with who usually knows. */
function openQuestions(texts, s, lang) {
  return (s.missing ?? []).map((path) => openQuestion(texts, path, lang));
}

/**
 * Every open question that decides a scheme shown, once: `[{ path, schemes }]`, `schemes` the
 * ids of those it decides, in the order of the outcome's `next_questions` (the one settling most
 * schemes first, then the interview order). A "no" lists none (it is settled). The result's one
 * list of open questions and the walk through them ("Svara", ui.js) both go by it (issue #25:
 * two cards' lists were mostly the same questions). `askedAs(path)` gives the answer paths where
 * the page asks the engine's `path` (state.js askedAs(): a provider question asked per measure at
 * the measures whose own answer decides it); each stands in its place, and one the page asks
 * nowhere stays as the engine names it, `unasked: true`, with nothing to answer.
 */
export function openAcross(outcome, scope = null, askedAs = (path) => [path]) {
  const byPath = new Map();
  for (const s of outcome.schemes) {
    if ((scope && !scope.includes(s.id)) || s.verdict === 'not_eligible') continue;
    for (const path of s.missing ?? []) (byPath.get(path) ?? byPath.set(path, []).get(path)).push(s.id);
  }
  const rank = new Map((outcome.next_questions ?? []).map((p, i) => [p, i]));
  return [...byPath].map(([path, schemes], i) => ({ path, schemes, i }))
    .sort((a, b) => (rank.get(a.path) ?? Infinity) - (rank.get(b.path) ?? Infinity) || a.i - b.i)
    .flatMap(({ path, schemes }) => {
      const asked = askedAs(path);
      return asked.length ? asked.map((p) => ({ path: p, schemes })) : [{ path, schemes, unasked: true }];
    });
}

/** A value of question `q` as the page shows it: "Ja", an option's label; the options of a
 * question of several answers (the performer's competence) each by its label, "Medicin, Teknik",
 * as the check page writes them (fields.js answerText). */
const valueLabel = (t, q, value) => (Array.isArray(value) ? value.map((v) => valueLabel(t, q, v)).join(', ')
  : typeof value === 'boolean' ? (value ? t.yes : t.no) : q?.options?.find((o) => o.value === value)?.label ?? String(value));

/** Measure `i`'s kind as its option reads ("Stödsamtal / enskilda samtal"), or null. */
function kindLabel(texts, s, i) {
  const kind = s.measures.find((m) => m.index === i)?.kind;
  return kind ? questionOf(texts, 'measures[].kind')?.options?.find((o) => o.value === kind)?.label ?? null : null;
}

/** "Ni kan ta fram en plan …, eller anordnaren kan …" for one answer a change sets; for several
 * values that each give the same turn (merged in changesOf()), the answer it can take, once. */
function actorsOf(texts, s, path, values, { lang, role }) {
  const t = CHROME[lang];
  const a = t.advice;
  const q = questionOf(texts, path);
  const label = (value) => valueLabel(t, q, value);
  const acts = values.length > 1 ? [] : (q?.actions ?? []).filter((x) => x.value === undefined || x.value === values[0]);
  const subject = (who) => (role === who ? a.you[who] : a.who[who]);
  let text;
  if (acts.length) text = a.or(acts.map((x) => a.can(subject(x.who), x.text)));
  else text = a.answerBecomes(q?.text ?? path, values.map(label));
  const i = measureIndex(path);
  if (i !== null && s.measures.length > 1) {
    return `${a.forMeasure(t.measureCaption(i + 1), kindLabel(texts, s, i) ?? t.measureCaption(i + 1))}${text}`;
  }
  return capital(text);
}

const sameAmount = (x, y) => (x?.min ?? null) === (y?.min ?? null) && (x?.max ?? null) === (y?.max ?? null);

/**
 * The scheme's `changes` with those that give the same turn merged: the same answers changed,
 * the same verdict and amount, and only one answer set to a different value (a licensed
 * psychologist or a licensed psychotherapist as the performer). Each is `{ set, values }`, the
 * varying answer's values in `values[path]` (issue #25: the same change was listed twice).
 */
function mergedChanges(changes) {
  const out = [];
  for (const c of changes) {
    const set = c.set ?? {};
    const keys = Object.keys(set).sort().join('\n');
    const like = (g) => g.keys === keys && g.verdict === c.verdict && sameAmount(g.amount_ore, c.amount_ore);
    const differs = (g) => Object.keys(set).filter((k) => k !== g.varies && g.values[k][0] !== set[k]);
    const g = out.find((x) => like(x) && differs(x).length <= (x.varies ? 0 : 1));
    if (!g) {
      out.push({ keys, verdict: c.verdict, amount_ore: c.amount_ore, rules: [...(c.rules ?? [])], sets: [set], varies: null,
        values: Object.fromEntries(Object.entries(set).map(([k, v]) => [k, [v]])) });
      continue;
    }
    g.varies ??= differs(g)[0] ?? null;
    if (g.varies && !g.values[g.varies].includes(set[g.varies])) g.values[g.varies].push(set[g.varies]);
    g.rules = [...new Set([...g.rules, ...(c.rules ?? [])])];
    g.sets.push(set);
  }
  return out;
}

/** An answer a change sets that is not known yet (`answers` given): "Vet ej", or not given. */
const notKnown = (answers, path) => {
  if (!answers) return false;
  const v = answerOf(answers, path);
  return v === undefined || v === 'unknown';
};

/** "svaret på ”<the question>” för insats 2 (stödsamtal) är ”Ja”": an answer not known yet, as
 * what would decide, not as something to change. */
function conditionOf(texts, s, path, values, lang) {
  const t = CHROME[lang];
  const q = questionOf(texts, path);
  const i = measureIndex(path);
  let measure = null;
  if (i !== null && s.measures.length > 1) {
    const kind = kindLabel(texts, s, i);
    measure = `${lower(t.measureCaption(i + 1))}${kind ? ` (${kind.toLowerCase()})` : ''}`;
  }
  return t.advice.answerIs(q?.text ?? path, values.map((v) => valueLabel(t, q, v)), measure);
}

/** "Så kan det ändras": one sentence (or two) per way to turn the scheme (its `changes`, merged
 * where they give the same turn); [] when it has none. An answer the change sets that is not
 * known yet ("Vet ej") is not worded as a change from a "no" (the catalogue's action, "Anordnaren
 * kan …") but as what decides: "Om svaret på ”…” är ”Ja” kan AFA betala …"
 * (`opts.answers`: the answers judged; without them every answer reads as known). */
function changesOf(texts, s, opts) {
  const a = CHROME[opts.lang].advice;
  const payer = a.payer[s.id];
  return mergedChanges(s.changes ?? []).map((c) => {
    const all = Object.keys(c.values);
    const open = all.filter((path) => notKnown(opts.answers, path));
    const paths = all.filter((path) => !open.includes(path));
    const actors = paths.map((path) => `${actorsOf(texts, s, path, c.values[path], opts)}.`);
    const amount = amountPhrase(c.amount_ore, opts.lang);
    const then = open.length
      ? a.ifAnswers(open.map((path) => conditionOf(texts, s, path, c.values[path], opts.lang)), paths.length > 0,
        a.paysIf(s.id, payer, paysMoney(s) ? amount : null, c.verdict !== 'eligible'))
      : c.verdict === 'eligible'
        ? (paths.length > 1 ? a.bothThenPays : a.thenPays)(s.id, payer, paysMoney(s) ? amount : null)
        : a.thenOpen(s.id, payer, paysMoney(s) ? amount : null);
    return { text: [...actors, then].join(' '), sets: c.sets, verdict: c.verdict, amount_ore: c.amount_ore, rules: c.rules };
  });
}

/**
 * The headline of one scheme as parts: strings, and reasons `{ text, rule, measure }` (a page shows
 * each reason's rule as a small link after it). `text` is the parts joined; `lead` the same without
 * the reasons ("AFA betalar inte."), for where the reasons' words must not go (the event); `dated`
 * whether it says the deadline (each measure's where they differ).
 */
function headlineOf(texts, s, open, reasons, lang) {
  const t = CHROME[lang];
  const a = t.advice;
  const payer = a.payer[s.id];
  const parts = [];
  let lead = null;
  let dated = false;
  if (s.verdict === 'not_eligible') {
    lead = a.not(s.id, payer);
    if (reasons.length) {
      parts.push(a.notBecause(s.id, payer));
      const commas = reasons.some((r) => r.text.includes(','));
      reasons.forEach((r, i) => parts.push(a.sep(i, reasons.length, commas), r));
      parts.push('.');
    } else parts.push(lead);
  } else if (s.verdict === 'undetermined') {
    const amount = paysMoney(s) && s.measures.length && s.amount_ore.max ? amountPhrase(s.amount_ore, lang) : null;
    parts.push(open.length ? a.dependsOn(open.length, s.id, payer, amount) : a.notYet(payer));
  } else if (!paysMoney(s)) {
    parts.push(a.coordinates);
  } else {
    const amount = amountPhrase(s.amount_ore, lang);
    if (!s.measures.length) parts.push(a.paysNoMeasures(s.id, payer));
    else if (s.amount_ore.max === 0) parts.push(a.paysNothing(s.id, payer)); // the reasons say which cap: "Så har vi bedömt"
    else parts.push(amount ? a.pays(s.id, payer, amount) : a.paysPart(s.id, payer));
    if (s.measures.length && open.length && s.amount_ore.min !== s.amount_ore.max) parts.push(` ${a.dependsAmount(open.length)}`);
    const d = s.next_step?.deadline;
    const by = { region: a.reportBy, agency: a.agencyBy }[s.next_step?.who] ?? a.applyBy;
    if (d && s.amount_ore.max !== 0) {
      parts.push(` ${by(eachLastDay(s, lang) ?? dateWords(d, lang))}`);
      dated = true;
    }
  }
  const text = parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
  return { parts, text, lead: lead ?? text, dated };
}

/** The schemes that may pay, soonest deadline first (COMB-2); a scheme without a deadline last. */
function byDeadline(schemes) {
  const day = (s) => s.next_step?.deadline ?? '9999-12-31';
  return schemes.map((s, i) => [s, i]).sort(([a, i], [b, j]) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : i - j)).map(([s]) => s);
}

/**
 * What the schemes that may pay can reach together, at most: never more than the sum of their
 * maxima, and where a measure is under both AFA and FK (the outcome's `combined`, COMB-1), never
 * more than that measure's combined maximum plus what each of them may pay for measures outside
 * `combined`. An upper bound that holds under both schemes' caps (a cut of the flow from the
 * schemes' maxima through the measures); null while some maximum is unbounded.
 */
export function combinedTotal(outcome, schemes) {
  if (schemes.some((s) => s.amount_ore.max === null || s.amount_ore.max === undefined)) return null;
  const sum = schemes.reduce((x, s) => x + s.amount_ore.max, 0);
  const ids = new Set(schemes.map((s) => s.id));
  const both = ids.has('afa_rehabiliteringsstod') && ids.has('fk_arbetsplatsinriktat');
  const combined = both ? outcome.combined ?? [] : [];
  if (!combined.length) return sum;
  const shared = new Set(combined.map((c) => c.index));
  let cut = 0;
  for (const c of combined) {
    const each = c.schemes.map((p) => p.amount_ore?.max);
    const alone = each.every((x) => x !== null && x !== undefined) ? each.reduce((x, y) => x + y, 0) : Infinity;
    cut += Math.min(c.max_ore ?? Infinity, alone);
  }
  for (const s of schemes) {
    const elsewhere = !['afa_rehabiliteringsstod', 'fk_arbetsplatsinriktat'].includes(s.id)
      || s.measures.some((m) => m.status !== 'not_reimbursable' && !shared.has(m.index));
    if (elsewhere) cut += s.amount_ore.max;
  }
  return Math.min(sum, cut);
}

/**
 * The advice for an outcome (docs/API.md §2, with its texts joined) in `lang`, from the text
 * catalogue of that language (`texts`: the page's texts-<lang>.json). `role` words the actions; `answers` (the answers judged) words a change of an answer not known yet as what decides (changesOf())
 * ("Ni kan …" to an employer); `scope`, when given, the schemes shown; `askedAs` where the page asks
 * each open question (openAcross()). Returns
 * `{ schemes: { id: { verdict, headline, text, lead, dated, reasons, open, changes, unchangeable } }, open, groups, order }`:
 * `unchangeable` the line a "no" shows when no change of an actionable answer turns it, else null;
 * `open` every open question once (openAcross()) with its words and the schemes it decides
 * (`unasked`: the page asks it nowhere, so there is nothing to answer);
 * `groups` the same with one question asked for several measures as one item (groupOpen());
 * `order` is `{ text, ids, total_ore }` when more than one scheme may pay, else null.
 */
export function advise(outcome, texts, { lang = 'sv', role = null, scope = null, answers = null, askedAs = undefined } = {}) {
  const a = CHROME[lang].advice;
  const shown = outcome.schemes.filter((s) => !scope || scope.includes(s.id));
  const schemes = {};
  for (const s of shown) {
    const open = s.verdict === 'not_eligible' ? [] : openQuestions(texts, s, lang);
    const reasons = s.verdict === 'not_eligible' ? decidingReasons(texts, s, lang) : [];
    const { parts, text, lead, dated } = headlineOf(texts, s, open, reasons, lang);
    const changes = changesOf(texts, s, { lang, role, answers });
    // A "no" is never a dead end without a word: when nothing actionable turns it, it says so.
    const unchangeable = s.verdict === 'not_eligible' && !changes.length ? a.unchangeable(s.id, a.payer[s.id]) : null;
    schemes[s.id] = { id: s.id, verdict: s.verdict, headline: parts, text, lead, dated, reasons, open, changes, unchangeable };
  }
  const open = openAcross(outcome, scope, askedAs).map(({ path, schemes: ids, unasked }) => ({ ...openQuestion(texts, path, lang), schemes: ids, ...(unasked ? { unasked } : {}) }));
  const groups = groupOpen(open, lang);
  const paying = byDeadline(shown.filter((s) => s.verdict !== 'not_eligible' && paysMoney(s) && s.amount_ore.max !== 0));
  let order = null;
  if (paying.length > 1) {
    const total = combinedTotal(outcome, paying);
    const names = paying.map((s) => (s.next_step?.deadline ? a.by(a.payer[s.id], dateWords(s.next_step.deadline, lang)) : a.payer[s.id]));
    const sure = paying.every((s) => s.verdict === 'eligible');
    order = { text: a.order(names, total === null ? null : formatKronor(total, lang), sure), ids: paying.map((s) => s.id), total_ore: total };
  }
  return { schemes, open, groups, order };
}
