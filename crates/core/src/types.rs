//! The TypeScript types of the public shapes (docs/API.md), written by `rehabkollen types` to
//! `www/rehabkollen-types.d.ts` (a test fails when that file is stale). The answers come from the
//! field table, every closed set as a union of its values; the outcome's shapes are written out
//! below, with the scheme ids and kinds from the vocabulary.

use crate::catalogue::Group;
use crate::id::SchemeId;
use crate::table::{Answer, Question, QuestionText, Section, QUESTIONS, TEXTS};
use std::fmt::Write;

/// `"a" | "b" | …`
fn union<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values.into_iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(" | ")
}

/// The name of a closed set's TypeScript type: its Rust type's (`Vec<Competence>`: `Competence`).
fn set_name(text: &QuestionText) -> String {
    text.rust_type.trim_start_matches("Vec<").trim_end_matches('>').trim().to_owned()
}

/// The TypeScript type of a question's answer.
fn ts_type(q: &Question, text: &QuestionText) -> String {
    match q.answer {
        Answer::Bool => "boolean".into(),
        Answer::Choice(_) => set_name(text),
        Answer::Multi(_) => format!("{}[]", set_name(text)),
        Answer::Number { .. } | Answer::Money { .. } => "number".into(),
        Answer::Date => "string".into(),
    }
}

/// `export type Sector = "private" | …;` for every closed set of a field table, once each.
pub fn sets(out: &mut String, table: (&[Question], &[QuestionText])) {
    let mut done: Vec<String> = Vec::new();
    for (q, text) in table.0.iter().zip(table.1) {
        if matches!(q.answer, Answer::Choice(_) | Answer::Multi(_)) && !done.contains(&set_name(text)) {
            let values = (text.labels)();
            let _ = writeln!(out, "export type {} = {};", set_name(text), union(values.iter().map(|(v, _)| *v)));
            done.push(set_name(text));
        }
    }
}

/// The fields of one section of a field table, as interface members.
pub fn members(out: &mut String, table: (&[Question], &[QuestionText]), section: Section, indent: &str) {
    for (q, text) in table.0.iter().zip(table.1).filter(|(q, _)| q.section == section) {
        let _ = writeln!(out, "{indent}{}?: {} | Unknown;", q.field, ts_type(q, text));
    }
}

/// The whole `.d.ts` file.
pub fn typescript() -> String {
    let mut out = String::new();
    let o = &mut out;
    let _ =
        writeln!(o, "// The public shapes of Rehabkollen (docs/API.md). Written by `rehabkollen types` from the field");
    let _ = writeln!(o, "// table; do not edit by hand. Every answers field is optional: a missing field, null or");
    let _ = writeln!(o, "// \"unknown\" means \"not known yet\". Money is integer öre; dates are \"YYYY-MM-DD\".\n");
    let _ = writeln!(o, "export type Unknown = null | \"unknown\";");
    let _ = writeln!(o, "export type SchemeId = {};", union(SchemeId::ALL.map(SchemeId::as_str)));
    sets(o, (QUESTIONS, TEXTS));
    let groups: Vec<String> = Group::ALL.iter().map(|g| serde_json::to_string(g).expect("a name")).collect();
    let _ = writeln!(o, "export type KindGroup = {};\n", groups.join(" | "));
    let _ = writeln!(o, "export interface Provider {{");
    members(o, (QUESTIONS, TEXTS), Section::Provider, "  ");
    let _ = writeln!(o, "}}\n");
    let _ = writeln!(o, "export interface Measure {{");
    members(o, (QUESTIONS, TEXTS), Section::Measure, "  ");
    let _ = writeln!(o, "  provider?: Provider;\n}}\n");
    let _ = writeln!(o, "export interface Answers {{");
    let _ = writeln!(o, "  date?: string | Unknown;");
    let _ = writeln!(o, "  employer?: {{");
    members(o, (QUESTIONS, TEXTS), Section::Employer, "    ");
    let _ = writeln!(o, "  }};");
    let _ = writeln!(o, "  person?: {{");
    members(o, (QUESTIONS, TEXTS), Section::Person, "    ");
    let _ = writeln!(o, "  }};");
    let _ = writeln!(o, "  provider?: Provider;");
    let _ = writeln!(o, "  measures?: Measure[];");
    let _ = writeln!(o, "  /** Judge and report only these schemes (rules 2026.2). */");
    let _ = writeln!(o, "  scope?: SchemeId[] | Unknown;");
    let _ = writeln!(o, "}}\n");
    out.push_str(REST);
    out.push_str(API);
    out
}

/// The public module's functions (pkg/rehabkollen.js, `www/api.js`).
const API: &str = r#"
/** What init() may be given instead of fetching it beside the module. */
export interface InitFiles {
  page?: BufferSource | URL | Response; provider?: BufferSource | URL | Response;
  texts?: { sv: unknown; en: unknown }; rules?: { sv: RuleRegistry; en: RuleRegistry };
}
/** Loads both modules, the text catalogues and the rule registries; call once before the rest. */
export default function init(files?: InitFiles): Promise<void>;
export declare function evaluate(answers: Answers): Outcome;
export declare function decide(answers: Answers): Decision[];
export declare function questions(lang: "sv" | "en"): Catalogue;
export declare function rules(lang: "sv" | "en"): RuleRegistry;
export declare function version(): Version;
export declare function checkInvoice(invoice: Invoice): InvoiceReport;
export declare function checkInvoiceCsv(csv: string | Uint8Array, head: Omit<Invoice, "lines">): InvoiceReport;
export declare function readInvoiceCsv(csv: string | Uint8Array): InvoiceCsvRead;
export declare function invoiceCsv(invoice: Invoice): string;
export declare function checkPersonnummer(personnummer: string): PersonnummerCheck;
export declare function personnummerForPrint(personnummer: string): string | undefined;
"#;

/// The outcome, the catalogue and the provider tools' shapes.
const REST: &str = r#"export interface Text { sv: string; en: string }
/** url: the official page (for a seed, the page it copies); doc: the stored seed text, when there is one. */
export interface Source { doc: string | null; url: string; section: string; ref: string; secondary: boolean }
export interface Reason { rule: string; holds: boolean | null; text: Text; source: Source }

export interface MeasureOutcome {
  index: number;
  kind: Kind | null;
  status: "reimbursable" | "not_reimbursable" | "undetermined";
  eligible_cost_ore: number | null;
  /** null when the scheme does not pay for the measure, unless a passed deadline is the only reason. */
  deadline: string | null;
  /** true when the deadline is before the judged date (rules 2026.2). */
  deadline_passed: boolean;
  reasons: Reason[];
}

/** What to do now under a scheme (rules 2026.2). */
export interface NextStep {
  who: "employer" | "provider" | "person" | "region" | "agency";
  how: Text;
  /** The scheme's official page. */
  url: string;
  /** The earliest deadline not yet passed among the measures the scheme may pay for. */
  deadline: string | null;
  rules: string[];
}

/** A measure AFA and FK may both pay for (COMB-1, COMB-2). */
export interface Combined {
  index: number;
  /** The two schemes, the soonest deadline first. */
  schemes: { scheme: SchemeOutcome["id"]; status: MeasureOutcome["status"]; amount_ore: { min: number; max: number | null }; deadline: string | null }[];
  /** At most the whole cost; null while the cost is unknown. */
  max_ore: number | null;
  rules: string[];
  text: Text;
  sources: Source[];
}

/** A set of changes to actionable answers and what it gives (rules 2026.3 §8). */
export interface Change {
  /** Answer paths (measures as measures[0].individual, a measure's own provider answer as measures[0].provider.performer) and their new values; for provider.competence a list with one area stands for any area. */
  set: { [path: string]: boolean | string | string[] };
  /** The verdict after the change: eligible, or undetermined when the open questions then decide. */
  verdict: "eligible" | "undetermined";
  amount_ore: { min: number; max: number | null };
  /** The rules the set turns, with their texts and sources in the same order. */
  rules: string[];
  texts: Text[];
  sources: Source[];
}

export interface SchemeOutcome {
  id: SchemeId;
  name: Text;
  verdict: "eligible" | "not_eligible" | "undetermined";
  /** max is null when nothing bounds the grant yet (an unknown cost with no cap). */
  amount_ore: { min: number; max: number | null };
  payee: "employer" | "region" | "person" | "agency" | "none";
  reasons: Reason[];
  measures: MeasureOutcome[];
  documents: { id: string; rule: string; text: Text; have: boolean | null }[];
  missing: string[];
  /** Absent when the verdict is not_eligible. */
  next_step?: NextStep;
  /** What would turn a not_eligible verdict, or settle an undetermined one as eligible; empty when nothing actionable does (rules 2026.3). */
  changes: Change[];
}

export interface Note {
  id: string;
  kind: "conflict" | "pointer" | "info";
  scheme: string;
  rules: string[];
  /** The measures (by index) the note is about; absent for a note about a scheme or the outcome (rules 2026.3). */
  measures?: number[];
  text: Text;
  sources: Source[];
}

export interface Outcome {
  rules_version: string;
  sources_as_of: string;
  date: string;
  schemes: SchemeOutcome[];
  next_questions: string[];
  answered_relevant: string[];
  notes: Note[];
  combined: Combined[];
}

export interface Question {
  id: string;
  section: "employer" | "person" | "provider" | "measure";
  type: "bool" | "choice" | "multi" | "number" | "money" | "date";
  text: string;
  help: string;
  why: string;
  /** Where the answer is found, or who usually knows it ("Hur tar jag reda på det?"). */
  find_out: string;
  /** What to say when the question is left without an answer: what to answer. */
  required: string;
  /** The rules that read the answer, worked out from the rules; empty when none does. */
  rules: string[];
  unknown_allowed: boolean;
  /** Whether the user can act to change the answer (a plan can be made, a provider chosen). */
  actionable: boolean;
  /** What can be done to change the answer, by whom: text reads after "kan" / "can". value absent: any answer. */
  actions?: { value?: boolean | string; who: "employer" | "provider" | "person"; text: string }[];
  /** The questionnaire page it shares with others; absent: a page of its own. */
  page?: string;
  /** in_sentence: a kind as it reads inside a sentence, what a rule clause's {kind} stands for. */
  options?: { value: string; label: string; group?: KindGroup; in_sentence?: string }[];
  min?: number;
  max?: number;
}

export interface Catalogue { lang: "sv" | "en"; questions: Question[]; groups: { id: KindGroup; label: string }[] }
/**
 * What a page writes after "eftersom" / "because" for a reason (rules 2026.3): holds when the rule
 * holds, fails when it does not (null: a rule that only informs, always holds); kinds: other
 * clauses for some kinds of measure, by kind. {kind} stands for the measure's kind option's in_sentence.
 */
export interface Because { holds: string; fails: string | null; kinds?: { [kind: string]: { holds: string; fails: string } } }
/** rules(lang): every rule of every scheme, with its sources as links. */
export interface RuleRegistry {
  lang: "sv" | "en";
  rules_version: string;
  sources_as_of: string;
  schemes: {
    id: SchemeOutcome["id"] | "combined";
    name: string;
    rules: {
      id: string;
      text: string;
      because: Because;
      sources: { url: string; doc: string | null; section: string; ref: string; title: string; secondary: boolean }[];
    }[];
  }[];
}
/** decide(): verdicts, statuses and amounts alone, for the schemes in scope. */
export interface Decision {
  id: SchemeOutcome["id"];
  verdict: SchemeOutcome["verdict"];
  statuses: MeasureOutcome["status"][];
  amount_ore: { min: number; max: number | null };
}

export interface Version { rules_version: string; crate_version: string; sources_as_of: string }

/** Thrown for malformed input: the message names the field; path, sv and en say it in parts. */
export interface InputError extends Error { path: string; sv: string; en: string }

export interface InvoiceLine {
  date?: string; measure?: string; kind?: Kind; performer?: string; competence?: string;
  contracted?: boolean; external?: boolean; digital?: boolean; cost_ore?: number;
}
/** The employer or the provider: its name and organisation number (a sole trader: the owner's personnummer). */
export interface InvoiceParty { name?: string; org_number?: string }
export interface Invoice {
  scheme: Extract<SchemeId, "fk_arbetsplatsinriktat" | "afa_rehabiliteringsstod">;
  employer?: InvoiceParty;
  provider?: InvoiceParty;
  employees?: { name?: string; personnummer?: string }[];
  reference?: string;
  lines?: InvoiceLine[];
}
export interface InvoiceProblem {
  path: string; code: string; severity: "error" | "warning"; text: Text; rule: string; source: Source;
  /** What may be shown of the value concerned; never personal data. */
  shown?: string;
  csv_line?: number;
}
export interface InvoiceReport { ok: boolean; scheme: Invoice["scheme"]; lines: number; total_ore: number; problems: InvoiceProblem[] }
/** Lines read from a CSV file for a form: each line's place in the file, and the file's own problems. */
export interface InvoiceCsvRead { lines: InvoiceLine[]; csv_lines: number[]; problems: InvoiceProblem[] }
/** One personnummer checked alone: a valid number's birth date only, or what to do. */
export interface PersonnummerCheck { ok: boolean; masked?: string; code?: string; text?: Text; rule?: string }
"#;

#[cfg(test)]
mod tests {
    #[test]
    fn the_types_file_is_up_to_date() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/rehabkollen-types.d.ts");
        let file = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            file == super::typescript(),
            "www/rehabkollen-types.d.ts is stale: run `rehabkollen types > www/rehabkollen-types.d.ts`"
        );
    }
}
