//! The invoice-basis (fakturaunderlag) checker (docs/API.md §6): does what a provider hands the
//! employer hold what Försäkringskassan needs (FK-INV-1, FK-INV-2), or what AFA asks for
//! (AFA-DOC-3, AFA-DOC-4)? Problems are reported per field, in words that say what to do.
//! Personal data is never echoed: a bad personnummer is reported without its digits.
//!
//! One checker serves every input: a JSON invoice ([`check`]) and CSV lines, read from memory or
//! streamed from a file ([`csv`]). Lines are checked one at a time from cells that borrow the
//! input; problems go to a [`Sink`], so a file of any length is checked in bounded memory.

pub mod csv;
pub mod orgnr;

use rehabkollen::catalogue::Cover;
use rehabkollen::choices::{Competence, Kind};
use rehabkollen::date::Date;
use rehabkollen::input::{err, Fields, InputError};
use rehabkollen::money::MAX_ORE;
pub mod pnr;
use crate::pnr::PnrError;
use rehabkollen::rule::Rule;
use rehabkollen::schemes::{afa, fk};
use rehabkollen::sources::Source;
use rehabkollen::text::{t, Text};
use rehabkollen::value::Value;
use serde::Serialize;
use std::borrow::Cow;

/// At most this many lines in one JSON invoice basis (a CSV file is streamed and has no limit).
pub const MAX_LINES: usize = 200_000;

/// Which scheme the invoice basis is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    FkArbetsplatsinriktat,
    AfaRehabiliteringsstod,
}

impl Scheme {
    /// The scheme for its wire name.
    pub fn parse(s: &str) -> Option<Scheme> {
        match s {
            "fk_arbetsplatsinriktat" => Some(Scheme::FkArbetsplatsinriktat),
            "afa_rehabiliteringsstod" => Some(Scheme::AfaRehabiliteringsstod),
            _ => None,
        }
    }
    fn unknown(path: &str) -> InputError {
        err(
            path,
            "must be \"fk_arbetsplatsinriktat\" or \"afa_rehabiliteringsstod\"".into(),
            "ska vara \"fk_arbetsplatsinriktat\" eller \"afa_rehabiliteringsstod\"".into(),
        )
    }
}

/// How serious a problem is: an error blocks sending, a warning should be looked at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, at one field.
#[derive(Clone, Debug, Serialize)]
pub struct Problem {
    /// The field, e.g. `lines[1].cost_ore`, or `csv` for the file itself.
    pub path: String,
    pub code: &'static str,
    pub severity: Severity,
    pub text: Text,
    pub rule: &'static str,
    pub source: Source,
    /// What may be shown of the value concerned. Never personal data: a personnummer is not
    /// echoed at all.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown: Option<String>,
    /// The line of the CSV file the problem comes from, when the lines came from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csv_line: Option<usize>,
}

/// The report (docs/API.md §6).
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// True when there is no error (warnings allowed).
    pub ok: bool,
    pub scheme: Scheme,
    /// How many lines (measures) were checked.
    pub lines: usize,
    /// The sum of the lines' costs that could be read, in öre.
    pub total_ore: u64,
    pub problems: Vec<Problem>,
}

/// Where problems go: a list, or (the CLI) straight to the output.
pub trait Sink {
    fn push(&mut self, p: Problem);
}

impl Sink for Vec<Problem> {
    fn push(&mut self, p: Problem) {
        Vec::push(self, p);
    }
}

/// A text cell of a line, borrowed from the input where it can be.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Cell<'a> {
    #[default]
    Absent,
    Text(Cow<'a, str>),
    /// Given, but not as text (JSON only).
    NotText,
}

impl Cell<'_> {
    /// The text, when it is given and not blank.
    pub fn text(&self) -> Option<&str> {
        match self {
            Cell::Text(s) if !s.trim().is_empty() => Some(s),
            _ => None,
        }
    }
}

/// A line's cost as given.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub enum Cost {
    #[default]
    Absent,
    Ore(u64),
    /// Given, but not a positive amount in whole öre.
    Invalid,
    /// A positive amount above [`MAX_ORE`], the most one line may cost.
    TooLarge,
}

impl Cost {
    /// A whole number of öre as given: above 0, at most [`MAX_ORE`].
    pub fn of_ore(ore: u64) -> Cost {
        match ore {
            0 => Cost::Invalid,
            o if o > MAX_ORE => Cost::TooLarge,
            o => Cost::Ore(o),
        }
    }
}

/// The most the costs of one basis may add up to, in öre: what JavaScript's numbers hold exactly
/// (`Number.MAX_SAFE_INTEGER`), so the total a page shows and prints is the total checked.
pub const MAX_TOTAL_ORE: u64 = (1 << 53) - 1;

/// One line (one measure) of an invoice basis.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line<'a> {
    pub date: Cell<'a>,
    pub measure: Cell<'a>,
    pub kind: Cell<'a>,
    pub performer: Cell<'a>,
    pub competence: Cell<'a>,
    pub contracted: Option<bool>,
    pub external: Option<bool>,
    pub digital: Option<bool>,
    pub cost: Cost,
}

/// The fields of a JSON line, in the order of the CSV columns.
pub const LINE_FIELDS: &[&str] =
    &["date", "measure", "kind", "performer", "competence", "contracted", "external", "digital", "cost_ore"];

/// A kind by its wire name or by its label (either language, any case), as people write it.
pub fn kind_of(s: &str) -> Option<Kind> {
    let s = s.trim();
    Kind::parse(s).or_else(|| {
        Kind::ALL.iter().copied().find(|k| k.label().sv.eq_ignore_ascii_case(s) || k.label().en.eq_ignore_ascii_case(s))
    })
}

fn competence_known(s: &str) -> bool {
    Competence::parse(s.trim()).is_some()
        || Competence::ALL
            .iter()
            .any(|k| k.label().sv.eq_ignore_ascii_case(s.trim()) || k.label().en.eq_ignore_ascii_case(s.trim()))
}

const INVALID_DATE: Text = t(
    "Skriv ett datum som finns, som ÅÅÅÅ-MM-DD, till exempel 2026-02-10.",
    "Write a date that exists, as YYYY-MM-DD, for example 2026-02-10.",
);

/// The checker: the head (employees, reference) first, then one line at a time, then [`Checker::finish`].
pub struct Checker<'s> {
    scheme: Scheme,
    today: Date,
    sink: &'s mut dyn Sink,
    errors: usize,
    lines: usize,
    total_ore: u64,
}

/// What a finished check found, besides the problems already in the sink.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Summary {
    pub ok: bool,
    pub lines: usize,
    pub total_ore: u64,
}

/// The employee as given: name and personnummer.
#[derive(Clone, Debug, Default)]
pub struct Employee<'a> {
    pub name: Cell<'a>,
    pub personnummer: Cell<'a>,
}

/// The employer or the provider as named on the basis: name and organisation number.
#[derive(Clone, Debug, Default)]
pub struct Party<'a> {
    pub name: Cell<'a>,
    pub org_number: Cell<'a>,
}

/// Which party of the basis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Employer,
    Provider,
}

impl<'s> Checker<'s> {
    pub fn new(scheme: Scheme, today: Date, sink: &'s mut dyn Sink) -> Self {
        Checker { scheme, today, sink, errors: 0, lines: 0, total_ore: 0 }
    }

    fn fk(&self) -> bool {
        self.scheme == Scheme::FkArbetsplatsinriktat
    }

    /// Reports a problem.
    pub fn add(
        &mut self,
        path: String,
        code: &'static str,
        severity: Severity,
        text: Text,
        rule: &'static Rule,
        csv_line: Option<usize>,
    ) {
        self.errors += usize::from(severity == Severity::Error);
        self.sink.push(Problem {
            path,
            code,
            severity,
            text,
            rule: rule.id,
            source: source_of(rule),
            shown: None,
            csv_line,
        });
    }

    /// Reports a problem with the CSV file itself (not with one field of a line).
    pub fn csv(&mut self, line: usize, code: &'static str, severity: Severity, text: Text) {
        self.add("csv".into(), code, severity, text, &fk::INV_2, Some(line));
    }

    /// The employer and the provider: each named, with a valid organisation number (ORG-FMT-1,
    /// ORG-CHK-1, ORG-PNR-1). The sources do not list them among the items of FK-INV-2; the
    /// employer shows with the basis what it paid the provider (FK-DOC-1; AFA: the provider's
    /// underlag, AFA-DOC-3), so a basis is not ready to send without both (README, decisions).
    pub fn parties(&mut self, employer: &Party, provider: &Party) {
        let rule = if self.fk() { &fk::DOC_1 } else { &afa::DOC_3 };
        for (role, party) in [(Role::Employer, employer), (Role::Provider, provider)] {
            let key = match role {
                Role::Employer => "employer",
                Role::Provider => "provider",
            };
            if party.name.text().is_none() {
                let text = match role {
                    Role::Employer => t("Skriv arbetsgivarens namn.", "Enter the employer's name."),
                    Role::Provider => {
                        t("Skriv anordnarens namn, det vill säga ert eget.", "Enter the provider's name: your own.")
                    }
                };
                self.add(format!("{key}.name"), "missing_party_name", Severity::Error, text, rule, None);
            }
            let path = format!("{key}.org_number");
            match party.org_number.text() {
                None if party.org_number == Cell::NotText => {
                    let (code, text) = org_number_problem(orgnr::OrgError::Format);
                    self.add(path, code, Severity::Error, text, &orgnr::FMT_1, None);
                }
                None => {
                    let text = match role {
                        Role::Employer => t("Skriv arbetsgivarens organisationsnummer, NNNNNN-NNNN.", "Enter the employer's organisation number, NNNNNN-NNNN."),
                        Role::Provider => t("Skriv ert organisationsnummer, NNNNNN-NNNN. En enskild firma skriver ägarens personnummer.", "Enter your organisation number, NNNNNN-NNNN. A sole trader enters the owner's personnummer."),
                    };
                    self.add(path, "missing_org_number", Severity::Error, text, rule, None);
                }
                Some(s) => {
                    if let Err(e) = orgnr::parse(s, self.today) {
                        let (code, text) = org_number_problem(e);
                        self.add(path, code, Severity::Error, text, e.rule(), None);
                    }
                }
            }
        }
    }

    /// The employees and the reference (FK-INV-1, FK-INV-2, AFA-DOC-4).
    pub fn head(&mut self, employees: &[Employee], reference: Option<&str>) {
        if !self.fk() {
            for (i, e) in employees.iter().enumerate() {
                if e.name.text().is_some() || e.personnummer.text().is_some() {
                    self.add(format!("employees[{i}]"), "personal_data", Severity::Warning,
                        t("AFA vill ha ett referensnummer på fakturan i stället för personuppgifter. Ta bort namn och personnummer från fakturan.", "AFA asks for a reference number on the invoice instead of personal data. Remove the name and personnummer from the invoice."),
                        &afa::DOC_4, None);
                }
            }
            let has_reference = reference.is_some_and(|r| !r.trim().is_empty());
            if !has_reference {
                self.add("reference".into(), "missing_reference", Severity::Error,
                    t("Skriv ett referensnummer för ärendet. AFA vill ha det på fakturan i stället för personuppgifter.", "Enter a reference number for the case. AFA wants it on the invoice instead of personal data."),
                    &afa::DOC_4, None);
            }
            return;
        }
        match employees.len() {
            0 => self.add("employees".into(), "no_employee", Severity::Error, t("Skriv medarbetarens namn och personnummer.", "Enter the employee's name and personnummer."), &fk::INV_2, None),
            1 => {}
            _ => self.add("employees".into(), "several_employees", Severity::Error, t("Ett fakturaunderlag får bara gälla en enda medarbetare (dataskyddsförordningen). Gör ett underlag per medarbetare.", "An invoice basis may concern one employee only (GDPR). Make one basis per employee."), &fk::INV_1, None),
        }
        for (i, e) in employees.iter().enumerate() {
            if e.name.text().is_none() {
                self.add(
                    format!("employees[{i}].name"),
                    "missing_name",
                    Severity::Error,
                    t("Skriv medarbetarens namn.", "Enter the employee's name."),
                    &fk::INV_2,
                    None,
                );
            }
            let path = format!("employees[{i}].personnummer");
            match &e.personnummer {
                Cell::NotText => self.add(
                    path,
                    "personnummer_format",
                    Severity::Error,
                    t("Skriv personnumret som text, ÅÅMMDD-NNNN.", "Write the personnummer as text, YYMMDD-NNNN."),
                    &pnr::FMT_1,
                    None,
                ),
                c => match c.text() {
                    None => self.add(
                        path,
                        "missing_personnummer",
                        Severity::Error,
                        t(
                            "Skriv medarbetarens personnummer som ÅÅMMDD-NNNN.",
                            "Enter the employee's personnummer as YYMMDD-NNNN.",
                        ),
                        &fk::INV_2,
                        None,
                    ),
                    Some(s) => {
                        if let Err(e) = pnr::parse(s, self.today) {
                            let (code, text) = personnummer_problem(e);
                            self.add(path, code, Severity::Error, text, e.rule(), None);
                        }
                    }
                },
            }
        }
    }

    /// One line; `i` is its index among the lines, `csv_line` its line in a CSV file.
    pub fn line(&mut self, l: &Line, i: usize, csv_line: Option<usize>) {
        self.lines += 1;
        let fk = self.fk();
        // The path is built only for a problem: a good line allocates nothing.
        let p = |name: &str| format!("lines[{i}].{name}");
        // For FK a missing item is an error (FK-INV-2); for AFA the provider's underlag should say it (AFA-DOC-3).
        let (missing, rule): (Severity, &'static Rule) =
            if fk { (Severity::Error, &fk::INV_2) } else { (Severity::Warning, &afa::DOC_3) };
        match &l.date {
            Cell::Text(s) if !s.trim().is_empty() => {
                if Date::parse(s.trim()).is_none() {
                    self.add(p("date"), "invalid_date", Severity::Error, INVALID_DATE, rule, csv_line);
                }
            }
            Cell::NotText => self.add(p("date"), "invalid_date", Severity::Error, INVALID_DATE, rule, csv_line),
            _ => self.add(
                p("date"),
                "missing_date",
                missing,
                t(
                    "Skriv datumet då insatsen gjordes, som ÅÅÅÅ-MM-DD.",
                    "Enter the date the measure was performed, as YYYY-MM-DD.",
                ),
                rule,
                csv_line,
            ),
        }
        if l.measure.text().is_none() {
            self.add(
                p("measure"),
                "missing_measure",
                missing,
                t(
                    "Skriv vad insatsen heter, till exempel Stödsamtal eller Utreda arbetsförmåga.",
                    "Enter the measure's name, for example Stödsamtal or Utreda arbetsförmåga.",
                ),
                rule,
                csv_line,
            );
        }
        if fk && l.performer.text().is_none() {
            self.add(
                p("performer"),
                "missing_performer",
                Severity::Error,
                t("Skriv vem som utförde insatsen.", "Enter who performed the measure."),
                &fk::INV_2,
                csv_line,
            );
        }
        match l.competence.text() {
            None if fk => self.add(p("competence"), "missing_competence", Severity::Error, t("Välj utförarens kompetens.", "Choose the performer's competence."), &fk::INV_2, csv_line),
            Some(s) if fk && !competence_known(s) => self.add(p("competence"), "competence_area", Severity::Warning,
                t("Välj ett av Försäkringskassans kompetensområden: medicin, rehabilitering, arbetsorganisation, beteendevetenskap, ergonomi, hälsovetenskap eller teknik.", "Choose one of Försäkringskassan's competence areas: medicine, rehabilitation, work organisation, behavioural science, ergonomics, health science or technology."),
                &fk::COND_3, csv_line),
            _ => {}
        }
        // "Om ni anlitar någon ... ska hen vara kontrakterad genom avtal": only a performer marked
        // as external needs the agreement. Unmarked is the provider's own staff, typed or imported.
        if fk && l.external == Some(true) && l.contracted != Some(true) {
            self.add(p("contracted"), "not_contracted", Severity::Error, t("En utförare som inte är anställd hos er ska vara kontrakterad genom avtal. Skriv in ett avtal innan underlaget skickas.", "A performer you do not employ must be contracted by agreement. Put an agreement in place before the basis is sent."), &fk::INV_2, csv_line);
        }
        if !fk && l.digital.is_none() {
            self.add(
                p("digital"),
                "missing_digital",
                Severity::Warning,
                t(
                    "Ange om insatsen gjordes digitalt. AFA vill veta det.",
                    "Say whether the measure was done digitally. AFA wants to know.",
                ),
                &afa::DOC_3,
                csv_line,
            );
        }
        match l.cost {
            Cost::Absent => self.add(
                p("cost_ore"),
                "missing_cost",
                missing,
                t(
                    "Skriv vad insatsen kostade, i kronor. Varje insats ska ha sin egen kostnad.",
                    "Enter what the measure cost, in kronor. Each measure needs its own cost.",
                ),
                rule,
                csv_line,
            ),
            Cost::Invalid => self.add(
                p("cost_ore"),
                "invalid_cost",
                Severity::Error,
                t(
                    "Skriv kostnaden i kronor, till exempel 1 500 eller 1500,50.",
                    "Write the cost in kronor, for example 1 500 or 1500.50.",
                ),
                rule,
                csv_line,
            ),
            Cost::TooLarge => self.add(
                p("cost_ore"),
                "cost_too_large",
                Severity::Error,
                t(
                    "Kostnaden är för hög: en insats kan kosta högst 10 000 000 000 kr. Kontrollera beloppet.",
                    "The cost is too high: one measure can cost at most 10,000,000,000 kr. Check the amount.",
                ),
                rule,
                csv_line,
            ),
            Cost::Ore(o) => self.total_ore = self.total_ore.saturating_add(o),
        }
        match &l.kind {
            Cell::Absent => {}
            Cell::Text(s) if s.trim().is_empty() => {}
            c => match c.text().and_then(kind_of) {
                None => self.add(
                    p("kind"),
                    "unknown_kind",
                    Severity::Error,
                    t(
                        "Sorten av insats känns inte igen. Välj en sort i listan.",
                        "The kind of measure is not recognised. Choose a kind from the list.",
                    ),
                    rule,
                    csv_line,
                ),
                Some(kind) if fk => {
                    let not_in = match fk::cover(kind) {
                        Cover::Covered(_) => None,
                        Cover::Excluded(r) => Some(r),
                        Cover::NotListed => Some(&fk::NOT_LISTED),
                    };
                    if let Some(rule) = not_in {
                        self.add(p("kind"), "kind_not_in_grant", Severity::Error, t("Den här sortens insats ingår inte i arbetsplatsinriktat rehabiliteringsstöd. Ta bort raden eller välj rätt sort.", "This kind of measure is not part of workplace-oriented rehabilitation support. Remove the line or choose the right kind."), rule, csv_line);
                    }
                }
                Some(_) => {}
            },
        }
    }

    /// Ends the check: a basis without lines is an error, and so is a total no document can hold.
    pub fn finish(mut self) -> Summary {
        if self.total_ore > MAX_TOTAL_ORE {
            let rule = if self.fk() { &fk::INV_2 } else { &afa::DOC_3 };
            self.add(
                "lines".into(),
                "total_too_large",
                Severity::Error,
                t(
                    "Kostnaderna blir tillsammans för höga för ett underlag. Dela upp insatserna på flera underlag.",
                    "The costs together are too high for one basis. Split the measures over several bases.",
                ),
                rule,
                None,
            );
        }
        if self.lines == 0 {
            let rule = if self.fk() { &fk::INV_2 } else { &afa::DOC_3 };
            self.add(
                "lines".into(),
                "no_lines",
                Severity::Error,
                t("Lägg till minst en insats.", "Add at least one measure."),
                rule,
                None,
            );
        }
        Summary { ok: self.errors == 0, lines: self.lines, total_ore: self.total_ore }
    }
}

/// The problem for a personnummer that is not valid: what to do, never the digits.
fn personnummer_problem(e: PnrError) -> (&'static str, Text) {
    match e {
        PnrError::Format => ("personnummer_format", t("Skriv personnumret som ÅÅMMDD-NNNN: sex siffror för födelsedatumet, bindestreck och fyra siffror.", "Write the personnummer as YYMMDD-NNNN: six digits for the date of birth, a dash and four digits.")),
        PnrError::Date => ("personnummer_date", t("Födelsedatumet i personnumret finns inte. Kontrollera siffrorna och skriv numret som ÅÅMMDD-NNNN.", "The date of birth in the personnummer does not exist. Check the digits and write the number as YYMMDD-NNNN.")),
        PnrError::SamordningDate => ("personnummer_date", t("Födelsedatumet i samordningsnumret (dagen plus 60) finns inte. Kontrollera siffrorna.", "The date of birth in the samordningsnummer (the day plus 60) does not exist. Check the digits.")),
        PnrError::BirthNumber => ("personnummer_birth_number", t("Ett personnummer har aldrig 000 före den sista siffran. Kontrollera de fyra sista siffrorna.", "A personnummer never has 000 before its last digit. Check the last four digits.")),
        PnrError::Check => ("personnummer_check", t("Personnumret stämmer inte: någon siffra är fel. Kontrollera numret mot en id-handling.", "The personnummer does not add up: a digit is wrong. Check the number against an ID document.")),
    }
}

/// The problem for an organisation number that is not valid.
fn org_number_problem(e: orgnr::OrgError) -> (&'static str, Text) {
    match e {
        orgnr::OrgError::Format => ("org_number_format", t("Skriv organisationsnumret med tio siffror, NNNNNN-NNNN, till exempel 556677-8899. En enskild firma har ägarens personnummer.", "Write the organisation number with ten digits, NNNNNN-NNNN, for example 556677-8899. A sole trader uses the owner's personnummer.")),
        orgnr::OrgError::Check => ("org_number_check", t("Organisationsnumret stämmer inte: någon siffra är fel. Kontrollera numret mot en faktura eller Bolagsverkets register.", "The organisation number does not add up: a digit is wrong. Check it against an invoice or the Swedish Companies Registration Office's register.")),
        orgnr::OrgError::Personnummer => ("org_number_personnummer", t("Numret ser ut som en enskild firmas personnummer, men datumet i det finns inte. Kontrollera siffrorna.", "The number looks like a sole trader's personnummer, but its date does not exist. Check the digits.")),
    }
}

/// The verdict on one personnummer alone, for a page that checks the field when it is left.
#[derive(Clone, Debug, Serialize)]
pub struct PersonnummerCheck {
    pub ok: bool,
    /// The birth date only (`811218-****`), for a valid number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub masked: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// Checks one personnummer; the answer never holds more of it than a valid number's birth date.
pub fn check_personnummer(s: &str, today: Date) -> PersonnummerCheck {
    match pnr::parse(s, today) {
        Ok(p) => PersonnummerCheck { ok: true, masked: Some(p.masked(today)), code: None, text: None, rule: None },
        Err(e) => {
            let (code, text) = personnummer_problem(e);
            PersonnummerCheck { ok: false, masked: None, code: Some(code), text: Some(text), rule: Some(e.rule().id) }
        }
    }
}

fn cell(v: Option<&Value>) -> Cell<'_> {
    match v {
        None => Cell::Absent,
        Some(Value::Str(s)) => Cell::Text(Cow::Borrowed(s)),
        Some(_) => Cell::NotText,
    }
}

/// A JSON line as a [`Line`]; unknown fields and wrong shapes are input errors.
fn line_of(v: &Value, i: usize) -> Result<Line<'_>, InputError> {
    let f = Fields::new(v, &format!("lines[{i}]"), LINE_FIELDS)?;
    let cost = match f.value("cost_ore") {
        None => Cost::Absent,
        Some(Value::Num(n)) if n.is_finite() && n.fract() == 0.0 && *n > MAX_ORE as f64 => Cost::TooLarge,
        Some(Value::Num(n)) if n.is_finite() && n.fract() == 0.0 && *n > 0.0 => Cost::of_ore(*n as u64),
        Some(_) => Cost::Invalid,
    };
    Ok(Line {
        date: cell(f.value("date")),
        measure: cell(f.value("measure")),
        kind: cell(f.value("kind")),
        performer: cell(f.value("performer")),
        competence: cell(f.value("competence")),
        contracted: f.bool("contracted")?,
        external: f.bool("external")?,
        digital: f.bool("digital")?,
        cost,
    })
}

/// The head of an invoice: its scheme, parties, employees and reference.
pub(crate) struct Head<'a> {
    pub scheme: Scheme,
    pub employer: Party<'a>,
    pub provider: Party<'a>,
    pub employees: Vec<Employee<'a>>,
    pub reference: Option<&'a str>,
}

/// The fields of an invoice's head (`lines` follows, or comes from a CSV file).
pub(crate) const HEAD_FIELDS: &[&str] = &["scheme", "employer", "provider", "employees", "reference", "lines"];

impl Head<'_> {
    /// Checks the head: the parties, then the employees and the reference.
    pub(crate) fn check(&self, c: &mut Checker) {
        c.parties(&self.employer, &self.provider);
        c.head(&self.employees, self.reference);
    }
}

/// Reads the head of an invoice object; `lines` (when allowed) is returned for the caller.
pub(crate) fn head_of<'a>(fields: &Fields<'a>) -> Result<(Head<'a>, Option<&'a Value>), InputError> {
    let scheme = match fields.get("scheme") {
        (Some(Value::Str(s)), p) => Scheme::parse(s).ok_or_else(|| Scheme::unknown(&p))?,
        (_, p) => return Err(Scheme::unknown(&p)),
    };
    let list = |name: &str| -> Result<&'a [Value], InputError> {
        match fields.get(name) {
            (None, _) => Ok(&[]),
            (Some(Value::Arr(items)), p) if items.len() > MAX_LINES => Err(err(
                &p,
                format!("has {} items; at most {MAX_LINES} are accepted", items.len()),
                format!("har {} rader; högst {MAX_LINES} tas emot", items.len()),
            )),
            (Some(Value::Arr(items)), _) => Ok(items),
            (Some(v), p) => Err(err(
                &p,
                format!("expected a list, got {}", v.describe()),
                format!("ska vara en lista, inte {}", v.describe_sv()),
            )),
        }
    };
    let mut employees = Vec::new();
    for (i, e) in list("employees")?.iter().enumerate() {
        let f = Fields::new(e, &format!("employees[{i}]"), &["name", "personnummer"])?;
        employees.push(Employee { name: cell(f.value("name")), personnummer: cell(f.value("personnummer")) });
    }
    let party = |name: &str| -> Result<Party<'a>, InputError> {
        match fields.value(name) {
            None => Ok(Party::default()),
            Some(v) => {
                let f = Fields::new(v, name, &["name", "org_number"])?;
                Ok(Party { name: cell(f.value("name")), org_number: cell(f.value("org_number")) })
            }
        }
    };
    let (employer, provider) = (party("employer")?, party("provider")?);
    let reference = match fields.value("reference") {
        Some(Value::Str(s)) => Some(s.as_str()),
        _ => None,
    };
    list("lines")?;
    Ok((Head { scheme, employer, provider, employees, reference }, fields.value("lines")))
}

/// Checks an invoice basis. Malformed structure (unknown fields, wrong shapes, an unknown scheme)
/// is an [`InputError`]; everything a provider can fix is a [`Problem`] in the report.
pub fn check(v: &Value, today: Date) -> Result<Report, InputError> {
    let mut problems = Vec::new();
    let (scheme, s) = check_to(v, today, &mut problems)?;
    Ok(Report { ok: s.ok, scheme, lines: s.lines, total_ore: s.total_ore, problems })
}

/// Checks an invoice basis, its problems going to `sink` as they are found (the CLI writes them
/// out at once). A malformed basis is refused before anything reaches the sink.
pub fn check_to(v: &Value, today: Date, sink: &mut dyn Sink) -> Result<(Scheme, Summary), InputError> {
    let f = Fields::new(v, "", HEAD_FIELDS)?;
    let (head, lines) = head_of(&f)?;
    let lines: &[Value] = match lines {
        Some(Value::Arr(items)) => items,
        _ => &[],
    };
    // Every line is read before any is checked, so a malformed one fails the whole input; each is
    // read again to be checked rather than kept, so memory does not grow with the lines.
    for (i, l) in lines.iter().enumerate() {
        line_of(l, i)?;
    }
    let mut c = Checker::new(head.scheme, today, sink);
    head.check(&mut c);
    for (i, l) in lines.iter().enumerate() {
        c.line(&line_of(l, i)?, i, None);
    }
    Ok((head.scheme, c.finish()))
}

/// Strips a UTF-8 byte-order mark, which editors on Windows put first in a file.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Checks an invoice basis given as JSON text (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json(text: &str, today: Date) -> Result<Report, InputError> {
    check(&json_value(text)?, today)
}

/// [`check_json`] with the problems going to `sink` as they are found ([`check_to`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json_to(text: &str, today: Date, sink: &mut dyn Sink) -> Result<(Scheme, Summary), InputError> {
    check_to(&json_value(text)?, today, sink)
}

#[cfg(not(target_arch = "wasm32"))]
fn json_value(text: &str) -> Result<Value, InputError> {
    rehabkollen::value::from_json(strip_bom(text))
        .map_err(|e| err("", format!("not valid JSON: {e}"), format!("inte giltig JSON: {e}")))
}

pub use csv::{check_csv, parse_kronor, read_csv};

/// The source of a rule a problem cites: a scheme's (FK-INV-2, AFA-DOC-3, …) or a personnummer rule.
pub fn source_of(rule: &Rule) -> Source {
    let mut cited = pnr::RULE_TEXTS.iter().chain(orgnr::RULE_TEXTS).chain(fk::RULE_TEXTS).chain(afa::RULE_TEXTS);
    cited
        .find(|r| r.id == rule.id)
        .expect("the checker cites FK's, AFA's, the personnummer and the organisation number rules")
        .source
}
