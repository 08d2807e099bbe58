// The public shapes of Rehabkollen (docs/API.md). Every answers field is optional: a missing field,
// null or "unknown" means "not known yet". Money is integer öre; dates are "YYYY-MM-DD".

export type Unknown = null | "unknown";
export type Sector = "private" | "cooperative" | "municipality" | "region" | "church_of_sweden" | "municipal_company" | "state" | "other";
export type Competence = "medicine" | "rehabilitation" | "work_organisation" | "behavioural_science" | "ergonomics" | "health_science" | "technology";
export type Performer = "licensed_psychologist" | "licensed_psychotherapist" | "physician" | "nurse" | "physiotherapist" | "naprapath"
  | "occupational_therapist" | "ergonomist" | "behavioural_scientist" | "rehab_coordinator" | "health_educator" | "other";

export interface Provider {
  fk_approved?: boolean | Unknown;
  ivo_permit?: boolean | Unknown;
  performer?: Performer | Unknown;
  competence?: Competence[] | Unknown;
  knows_workplace?: boolean | Unknown;
  contracted?: boolean | Unknown;
  region_care?: boolean | Unknown;
}

export interface Measure {
  kind?: string | Unknown;
  cost_ore?: number | Unknown;
  date?: string | Unknown;
  individual?: boolean | Unknown;
  digital?: boolean | Unknown;
  addiction?: "alcohol_drugs" | "gambling" | Unknown;
  setting?: "inpatient" | "outpatient" | "talk" | Unknown;
  package_price?: boolean | Unknown;
  guideline_method?: boolean | Unknown;
  evidence_based?: boolean | Unknown;
  previous_work_investigated?: boolean | Unknown;
  income_during?: boolean | Unknown;
  sessions?: number | Unknown;
  weeks?: number | Unknown;
  professions?: number | Unknown;
  completed?: boolean | Unknown;
  other_payer_ore?: number | Unknown;
  provider?: Provider;
}

export interface Answers {
  date?: string | Unknown;
  employer?: {
    sector?: Sector | Unknown;
    ags_insurance?: boolean | Unknown;
    medarbetaravtal?: boolean | Unknown;
    fk_ars_granted_this_year_ore?: number | Unknown;
  };
  person?: {
    employment?: "employed" | "efterskydd" | "unemployed" | "none" | Unknown;
    category?: "arbetare" | "tjansteman" | Unknown;
    age?: number | Unknown;
    condition?: "anxiety" | "depression" | "stress" | "long_term_pain" | "substance_misuse" | "gambling" | "other_mental" | "other_physical" | Unknown;
    work_capacity?: "reduced" | "at_risk" | "full" | Unknown;
    on_sick_leave?: boolean | Unknown;
    rehab_need_documented?: boolean | Unknown;
    work_capacity_prospect?: boolean | Unknown;
    return_to_work_plan?: boolean | Unknown;
    consent?: boolean | Unknown;
    medical_assessment?: boolean | Unknown;
    has_sgi?: boolean | Unknown;
    insured_in_sweden?: boolean | Unknown;
    doctor_certificate?: boolean | Unknown;
    needs_work_rehab?: boolean | Unknown;
    in_af_programme?: boolean | Unknown;
    fk_ars_granted_this_year_ore?: number | Unknown;
  };
  provider?: Provider;
  measures?: Measure[];
  /** Judge and report only these schemes (rules 2026.2). */
  scope?: ("afa_rehabiliteringsstod" | "fk_arbetsplatsinriktat" | "rehabiliteringsgarantin" | "fk_samordning")[] | Unknown;
}

export interface Text { sv: string; en: string }
/** url: the official page (for a seed, the page it copies); doc: the stored seed text, when there is one. */
export interface Source { doc: string | null; url: string; section: string; ref: string; secondary: boolean }
export interface Reason { rule: string; holds: boolean | null; text: Text; source: Source }

export interface MeasureOutcome {
  index: number;
  kind: string | null;
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
  id: "afa_rehabiliteringsstod" | "fk_arbetsplatsinriktat" | "rehabiliteringsgarantin" | "fk_samordning";
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
  options?: { value: string; label: string; group?: string }[];
  min?: number;
  max?: number;
}

export interface Catalogue { lang: "sv" | "en"; questions: Question[]; groups: { id: string; label: string }[] }
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
  date?: string; measure?: string; kind?: string; performer?: string; competence?: string;
  contracted?: boolean; external?: boolean; digital?: boolean; cost_ore?: number;
}
export interface Invoice {
  scheme: "fk_arbetsplatsinriktat" | "afa_rehabiliteringsstod";
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
