// Seeds the fuzz corpora from the case files (answers) and a few invoice bases and CSV files.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = (t) => { const d = path.join(root, 'fuzz/corpus', t); fs.mkdirSync(d, { recursive: true }); return d; };
const evaluate = out('evaluate');
for (const f of fs.readdirSync(path.join(root, 'tests/cases')).filter((f) => f.endsWith('.json'))) {
  for (const c of [JSON.parse(fs.readFileSync(path.join(root, 'tests/cases', f), 'utf8'))].flat()) {
    fs.writeFileSync(path.join(evaluate, f), JSON.stringify(c.answers));
  }
}
// Boundary dates and many measures: the calendar's ends, a leap day, the rules' own dates.
for (const date of ['0001-01-01', '9999-12-31', '2024-02-29', '2016-03-31', '2018-07-01']) {
  for (const measureDate of ['0001-01-01', '9999-12-31', '9999-08-31', '2024-02-29']) {
    fs.writeFileSync(path.join(evaluate, `dates-${date}-${measureDate}.json`), JSON.stringify({ date, employer: { sector: 'municipality' },
      measures: [{ kind: 'support_talks', date: measureDate, cost_ore: 100 }, {}] }));
  }
}
fs.writeFileSync(path.join(evaluate, 'many-measures.json'), JSON.stringify({ date: '2026-03-01',
  measures: Array.from({ length: 500 }, (_, i) => ({ kind: i % 2 ? 'support_talks' : 'kbt', cost_ore: 100000 + i, date: '2026-02-10' })) }));
// The costliest shapes known (issue #22): 500 measures, each different, nearly everything open.
const costly = {
  'costly-empty': () => ({}),
  'costly-costs': (i) => ({ cost_ore: 100000 + i }),
  'costly-years': (i) => ({ date: `${1950 + (i % 100)}-01-01` }),
  'costly-other-payer': (i) => ({ other_payer_ore: i }),
  'costly-kbt-years': (i) => ({ kind: 'kbt', cost_ore: 100000 + i, date: `${1950 + (i % 100)}-06-01` }),
};
for (const [name, measure] of Object.entries(costly)) {
  fs.writeFileSync(path.join(evaluate, `${name}.json`), JSON.stringify({ measures: Array.from({ length: 500 }, (_, i) => measure(i)) }));
}
const invoice = out('check_invoice');
const seeds = {
  'fk.json': { scheme: 'fk_arbetsplatsinriktat', employer: { name: 'Verkstaden AB', org_number: '556677-8899' }, provider: { name: 'Eva Ek', org_number: '811218-9876' }, employees: [{ name: 'Anna Andersson', personnummer: '811218-9876' }],
    lines: [{ date: '2026-02-10', measure: 'Stödsamtal', kind: 'support_talks', performer: 'Eva Ek', competence: 'behavioural_science', contracted: true, cost_ore: 150000 }] },
  'afa.json': { scheme: 'afa_rehabiliteringsstod', reference: 'R-1', employees: [{ personnummer: '701063-2391' }], lines: [{ cost_ore: 1 }] },
};
for (const [name, doc] of Object.entries(seeds)) fs.writeFileSync(path.join(invoice, name), JSON.stringify(doc));
fs.writeFileSync(path.join(invoice, 'lines.csv'), 'datum;insats;typ;utförare;kompetens;kontrakterad;kostnad\n2026-02-10;"Stöd; samtal";support_talks;Eva Ek;medicine;ja;1 500,50\n');
