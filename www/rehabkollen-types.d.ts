// The public shapes of Rehabkollen (docs/API.md). Written by `rehabkollen types` from the field
// table; do not edit by hand. Every answers field is optional: a missing field, null or
// "unknown" means "not known yet". Money is integer öre; dates are "YYYY-MM-DD".

export type Unknown = null | "unknown";
export type SchemeId = "afa_rehabiliteringsstod" | "fk_arbetsplatsinriktat" | "rehabiliteringsgarantin" | "fk_samordning";
export type Sector = "private" | "cooperative" | "municipality" | "region" | "church_of_sweden" | "municipal_company" | "state" | "other";
export type Category = "arbetare" | "tjansteman";
export type Employment = "employed" | "efterskydd" | "unemployed" | "none";
export type Condition = "anxiety" | "depression" | "stress" | "long_term_pain" | "substance_misuse" | "gambling" | "other_mental" | "other_physical";
export type WorkCapacity = "reduced" | "at_risk" | "full";
export type Performer = "licensed_psychologist" | "licensed_psychotherapist" | "physician" | "nurse" | "physiotherapist" | "naprapath" | "occupational_therapist" | "ergonomist" | "behavioural_scientist" | "rehab_coordinator" | "health_educator" | "other";
export type Competence = "medicine" | "rehabilitation" | "work_organisation" | "behavioural_science" | "ergonomics" | "health_science" | "technology";
export type Kind = "support_talks" | "kbt" | "ipt" | "assessment_talk" | "stress_conflict_support" | "work_supervision" | "coaching" | "stress_management_course" | "lifestyle_course" | "retraining_course" | "back_course" | "education" | "lecture" | "addiction_treatment" | "abstinence_treatment" | "sampling_tests" | "investigate_ill_health" | "investigate_work_needs" | "return_to_work_plan" | "rehab_coordinator" | "adapt_workplace" | "adapt_tasks" | "adapt_hours" | "review_work_aids" | "work_technique" | "work_aids_purchase" | "technical_aids" | "medical_treatment" | "physiotherapy" | "naprapathy" | "doctor_visit" | "multimodal_rehab_1" | "multimodal_rehab_2" | "health_promotion" | "smoking_cessation" | "weight_loss" | "group_exercise" | "screening_tool" | "organisation_development" | "leadership_training" | "salary_costs" | "substitute_costs";
export type Addiction = "alcohol_drugs" | "gambling";
export type Setting = "inpatient" | "outpatient" | "talk";
export type KindGroup = "talks" | "courses" | "addiction" | "investigation" | "adaptation" | "medical" | "health_promotion" | "organisation" | "costs";

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
  kind?: Kind | Unknown;
  cost_ore?: number | Unknown;
  date?: string | Unknown;
  individual?: boolean | Unknown;
  digital?: boolean | Unknown;
  addiction?: Addiction | Unknown;
  setting?: Setting | Unknown;
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
    category?: Category | Unknown;
    employment?: Employment | Unknown;
    age?: number | Unknown;
    condition?: Condition | Unknown;
    work_capacity?: WorkCapacity | Unknown;
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
  scope?: SchemeId[] | Unknown;
}

export interface Text { sv: string; en: string }
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
