//! The TypeScript types of the public shapes (docs/API.md), written by `rehabkollen types` to
//! `www/rehabkollen-types.d.ts` (a test fails when that file is stale). The answers come from the
//! field table, every closed set as a union of its values; the outcome's shapes are written out
//! below, with the scheme ids and kinds from the vocabulary.

use crate::catalogue::Group;
use crate::choices::{Choice, Kind};
use crate::id::SchemeId;
use crate::table::{Answer, Section, QUESTIONS, TEXTS};
use std::fmt::Write;

/// `"a" | "b" | …`
fn union<'a>(values: impl IntoIterator<Item = &'a str>) -> String {
    values.into_iter().map(|v| format!("\"{v}\"")).collect::<Vec<_>>().join(" | ")
}

/// The TypeScript type of a question's answer.
fn ts_type(question: usize) -> String {
    let q = &QUESTIONS[question];
    let closed = || union((TEXTS[question].labels)().iter().map(|(v, _)| *v));
    match q.answer {
        Answer::Bool => "boolean".into(),
        Answer::Choice(_) if q.field == "kind" => "Kind".into(),
        Answer::Choice(_) => closed(),
        Answer::Multi(_) => format!("({})[]", closed()),
        Answer::Number { .. } | Answer::Money { .. } => "number".into(),
        Answer::Date => "string".into(),
    }
}

/// The fields of one section, as interface members.
fn members(out: &mut String, section: Section, indent: &str) {
    for (i, q) in QUESTIONS.iter().enumerate().filter(|(_, q)| q.section == section) {
        let _ = writeln!(out, "{indent}{}?: {} | Unknown;", q.field, ts_type(i));
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
    let _ = writeln!(o, "export type Kind = {};", union(Kind::ALL.iter().map(|k| k.wire())));
    let groups: Vec<String> = Group::ALL.iter().map(|g| serde_json::to_string(g).expect("a name")).collect();
    let _ = writeln!(o, "export type KindGroup = {};\n", groups.join(" | "));
    let _ = writeln!(o, "export interface Provider {{");
    members(o, Section::Provider, "  ");
    let _ = writeln!(o, "}}\n");
    let _ = writeln!(o, "export interface Measure {{");
    members(o, Section::Measure, "  ");
    let _ = writeln!(o, "  provider?: Provider;\n}}\n");
    let _ = writeln!(o, "export interface Answers {{");
    let _ = writeln!(o, "  date?: string | Unknown;");
    let _ = writeln!(o, "  employer?: {{");
    members(o, Section::Employer, "    ");
    let _ = writeln!(o, "  }};");
    let _ = writeln!(o, "  person?: {{");
    members(o, Section::Person, "    ");
    let _ = writeln!(o, "  }};");
    let _ = writeln!(o, "  provider?: Provider;");
    let _ = writeln!(o, "  measures?: Measure[];");
    let _ = writeln!(o, "  /** Judge and report only these schemes (rules 2026.2). */");
    let _ = writeln!(o, "  scope?: SchemeId[] | Unknown;");
    let _ = writeln!(o, "}}\n");
    out.push_str(REST);
    out
}

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
}

export interface Note {
  id: string;
  kind: "conflict" | "pointer" | "info";
  scheme: string;
  rules: string[];
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
  rules: string[];
  unknown_allowed: boolean;
  /** Whether the user can act to change the answer (a plan can be made, a provider chosen). */
  actionable: boolean;
  /** The questionnaire page it shares with others; absent: a page of its own. */
  page?: string;
  options?: { value: string; label: string; group?: KindGroup }[];
  min?: number;
  max?: number;
}

export interface Catalogue { lang: "sv" | "en"; questions: Question[]; groups: { id: KindGroup; label: string }[] }
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
      sources: { url: string; doc: string | null; section: string; ref: string; secondary: boolean }[];
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
export interface Invoice {
  scheme: Extract<SchemeId, "fk_arbetsplatsinriktat" | "afa_rehabiliteringsstod">;
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
