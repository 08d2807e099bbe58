//! The invoice-basis (fakturaunderlag) checker (api.md §6): does what a provider hands the
//! employer hold what Försäkringskassan needs (FK-INV-1, FK-INV-2), or what AFA asks for
//! (AFA-DOC-4)? Problems are reported per field while the provider types; personal data is never
//! echoed in full.

use crate::answers::{err, Competence, Fields, InputError};
use crate::catalogue::{Cover, Kind};
use crate::date::Date;
use crate::money::MAX_ORE;
use crate::pnr::{self, PnrError};
use crate::schemes::{afa, fk, Rule};
use crate::sources::Source;
use crate::text::{t, Text};
use crate::value::Value;
use serde::Serialize;

/// At most this many lines in one invoice basis.
pub const MAX_LINES: usize = 200_000;

/// Which scheme the invoice basis is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scheme {
    FkArbetsplatsinriktat,
    AfaRehabiliteringsstod,
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
    /// The field, e.g. `lines[1].cost_ore`.
    pub path: String,
    pub code: &'static str,
    pub severity: Severity,
    pub text: Text,
    pub rule: &'static str,
    pub source: Source,
    /// The value concerned, masked when it is personal data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown: Option<String>,
    /// The line of the CSV file the problem comes from, when the lines came from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csv_line: Option<usize>,
}

/// The report (api.md §6).
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    /// True when there is no error (warnings allowed).
    pub ok: bool,
    pub scheme: Scheme,
    pub lines: usize,
    pub problems: Vec<Problem>,
}

struct Check<'a> {
    problems: &'a mut Vec<Problem>,
}

impl Check<'_> {
    fn add(&mut self, path: String, code: &'static str, severity: Severity, text: Text, rule: &'static Rule) {
        self.problems.push(Problem { path, code, severity, text, rule: rule.id, source: rule.source, shown: None, csv_line: None });
    }
    fn error(&mut self, path: String, code: &'static str, text: Text, rule: &'static Rule) {
        self.add(path, code, Severity::Error, text, rule);
    }
}

fn text_of(v: Option<&Value>) -> Option<&str> {
    match v {
        Some(Value::Str(s)) if !s.trim().is_empty() => Some(s),
        _ => None,
    }
}

fn check_employees(c: &mut Check, employees: &[Value], today: Date, scheme: Scheme) -> Result<(), InputError> {
    let personal = |f: &Fields| text_of(f.value("name")).is_some() || text_of(f.value("personnummer")).is_some();
    if scheme == Scheme::AfaRehabiliteringsstod {
        for (i, e) in employees.iter().enumerate() {
            let f = Fields::new(e, &format!("employees[{i}]"), &["name", "personnummer"])?;
            if personal(&f) {
                c.add(f.path.clone(), "personal_data", Severity::Warning,
                    t("AFA vill ha ett referensnummer på fakturan i stället för personuppgifter. Ta bort namn och personnummer.", "AFA asks for a reference number on the invoice instead of personal data. Remove the name and personnummer."),
                    &afa::DOC_4);
            }
        }
        return Ok(());
    }
    match employees.len() {
        0 => c.error("employees".into(), "no_employee", t("Medarbetarens namn och personnummer saknas.", "The employee's name and personnummer are missing."), &fk::INV_2),
        1 => {}
        _ => c.error("employees".into(), "several_employees", t("Ett fakturaunderlag får bara gälla en enda medarbetare (dataskyddsförordningen). Gör ett underlag per medarbetare.", "An invoice basis may concern one employee only (GDPR). Make one basis per employee."), &fk::INV_1),
    }
    for (i, e) in employees.iter().enumerate() {
        let f = Fields::new(e, &format!("employees[{i}]"), &["name", "personnummer"])?;
        if text_of(f.value("name")).is_none() {
            c.error(format!("employees[{i}].name"), "missing_name", t("Medarbetarens namn saknas.", "The employee's name is missing."), &fk::INV_2);
        }
        let path = format!("employees[{i}].personnummer");
        match f.value("personnummer") {
            None => c.error(path, "missing_personnummer", t("Medarbetarens personnummer saknas.", "The employee's personnummer is missing."), &fk::INV_2),
            Some(Value::Str(s)) => {
                if let Err(e) = pnr::parse(s.trim(), today) {
                    let (code, text) = match e {
                        PnrError::Format => ("personnummer_format", t("Skriv personnumret som ÅÅMMDD-NNNK eller ÅÅÅÅMMDDNNNK.", "Write the personnummer as YYMMDD-NNNC or YYYYMMDDNNNC.")),
                        PnrError::Date => ("personnummer_date", t("Födelsedatumet i personnumret finns inte.", "The date of birth in the personnummer does not exist.")),
                        PnrError::SamordningDate => ("personnummer_date", t("Födelsedatumet i samordningsnumret (dagen plus 60) finns inte.", "The date of birth in the samordningsnummer (the day plus 60) does not exist.")),
                        PnrError::Check => ("personnummer_check", t("Kontrollsiffran stämmer inte. Kontrollera personnumret.", "The check digit does not match. Check the personnummer.")),
                    };
                    c.error(path, code, text, e.rule());
                    if let Some(p) = c.problems.last_mut() {
                        p.shown = Some(pnr::mask(s.trim()));
                    }
                }
            }
            Some(_) => c.error(path, "personnummer_format", t("Personnumret ska vara text, till exempel \"811218-9876\".", "The personnummer must be text, e.g. \"811218-9876\"."), &pnr::FMT_1),
        }
    }
    Ok(())
}

const LINE_FIELDS: &[&str] = &["date", "measure", "kind", "performer", "competence", "contracted", "external", "cost_ore"];

fn check_line(c: &mut Check, line: &Value, i: usize, scheme: Scheme) -> Result<(), InputError> {
    let f = Fields::new(line, &format!("lines[{i}]"), LINE_FIELDS)?;
    let fk = scheme == Scheme::FkArbetsplatsinriktat;
    let p = |name: &str| format!("lines[{i}].{name}");
    match f.value("date") {
        None if fk => c.error(p("date"), "missing_date", t("Datum när insatsen utfördes saknas.", "The date the measure was performed is missing."), &fk::INV_2),
        None => {}
        Some(Value::Str(s)) if Date::parse(s).is_some() => {}
        Some(_) => c.error(p("date"), "invalid_date", t("Skriv ett datum som finns, som ÅÅÅÅ-MM-DD.", "Write a date that exists, as YYYY-MM-DD."), &fk::INV_2),
    }
    if fk && text_of(f.value("measure")).is_none() {
        c.error(p("measure"), "missing_measure", t("Insatsens benämning saknas, till exempel Stödsamtal eller Utreda arbetsförmåga.", "The measure's name is missing, e.g. Stödsamtal or Utreda arbetsförmåga."), &fk::INV_2);
    }
    if fk && text_of(f.value("performer")).is_none() {
        c.error(p("performer"), "missing_performer", t("Vem som utförde insatsen saknas.", "Who performed the measure is missing."), &fk::INV_2);
    }
    match text_of(f.value("competence")) {
        None if fk => c.error(p("competence"), "missing_competence", t("Utförarens kompetens saknas.", "The performer's competence is missing."), &fk::INV_2),
        Some(s) if fk && Competence::parse(s).is_none() && !Competence::ALL.iter().any(|k| k.label().sv.eq_ignore_ascii_case(s) || k.label().en.eq_ignore_ascii_case(s)) => {
            c.add(p("competence"), "competence_area", Severity::Warning, t("Ange ett av Försäkringskassans kompetensområden: medicin, rehabilitering, arbetsorganisation, beteendevetenskap, ergonomi, hälsovetenskap eller teknik.", "Give one of Försäkringskassan's competence areas: medicine, rehabilitation, work organisation, behavioural science, ergonomics, health science or technology."), &fk::COND_3);
        }
        _ => {}
    }
    if fk && f.bool("contracted")? == Some(false) && f.bool("external")? != Some(false) {
        c.error(p("contracted"), "not_contracted", t("En utförare som inte är anställd hos er ska vara kontrakterad genom avtal.", "A performer you do not employ must be contracted by agreement."), &fk::INV_2);
    }
    match f.value("cost_ore") {
        None if fk => c.error(p("cost_ore"), "missing_cost", t("Kostnaden för insatsen saknas. Ange kostnaden per insats.", "The measure's cost is missing. Give the cost per measure."), &fk::INV_2),
        None => {}
        Some(Value::Num(n)) if n.is_finite() && n.fract() == 0.0 && *n > 0.0 && *n <= MAX_ORE as f64 => {}
        Some(_) => c.error(p("cost_ore"), "invalid_cost", t("Kostnaden ska vara ett positivt belopp i hela öre.", "The cost must be a positive amount in whole öre."), &fk::INV_2),
    }
    match f.choice("kind", Kind::parse) {
        Ok(Some(kind)) if fk => {
            let not_in = match kind.entry().fk {
                Cover::Covered(_) => None,
                Cover::Excluded(r) => Some(r),
                Cover::NotListed => Some(&fk::NOT_LISTED),
            };
            if let Some(rule) = not_in {
                c.error(p("kind"), "kind_not_in_grant", t("Den här sortens insats ingår inte i arbetsplatsinriktat rehabiliteringsstöd.", "This kind of measure is not part of workplace-oriented rehabilitation support."), rule);
            }
        }
        Ok(_) => {}
        Err(e) => return Err(e),
    }
    Ok(())
}

/// Checks an invoice basis. Malformed structure (unknown fields, wrong shapes, an unknown scheme)
/// is an [`InputError`]; everything a provider can fix is a [`Problem`] in the report.
pub fn check(v: &Value, today: Date) -> Result<Report, InputError> {
    let f = Fields::new(v, "", &["scheme", "employees", "reference", "lines"])?;
    let scheme = match f.get("scheme") {
        (Some(Value::Str(s)), _) if s == "fk_arbetsplatsinriktat" => Scheme::FkArbetsplatsinriktat,
        (Some(Value::Str(s)), _) if s == "afa_rehabiliteringsstod" => Scheme::AfaRehabiliteringsstod,
        (_, p) => return Err(err(&p, "must be \"fk_arbetsplatsinriktat\" or \"afa_rehabiliteringsstod\"".into(), "ska vara \"fk_arbetsplatsinriktat\" eller \"afa_rehabiliteringsstod\"".into())),
    };
    let list = |name: &str| -> Result<&[Value], InputError> {
        match f.get(name) {
            (None, _) => Ok(&[]),
            (Some(Value::Arr(items)), p) if items.len() > MAX_LINES => Err(err(&p, format!("has {} items; at most {MAX_LINES} are accepted", items.len()), format!("har {} rader; högst {MAX_LINES} tas emot", items.len()))),
            (Some(Value::Arr(items)), _) => Ok(items),
            (Some(v), p) => Err(err(&p, format!("expected a list, got {}", v.describe()), format!("ska vara en lista, inte {}", v.describe()))),
        }
    };
    let (employees, lines) = (list("employees")?, list("lines")?);
    let mut problems = Vec::new();
    let mut c = Check { problems: &mut problems };
    check_employees(&mut c, employees, today, scheme)?;
    if scheme == Scheme::AfaRehabiliteringsstod && text_of(f.get("reference").0).is_none() {
        c.error("reference".into(), "missing_reference", t("Ange ett referensnummer för ärendet; AFA vill inte ha personuppgifter på fakturan.", "Give a reference number for the case; AFA does not want personal data on the invoice."), &afa::DOC_4);
    }
    if lines.is_empty() {
        c.error("lines".into(), "no_lines", t("Fakturaunderlaget har inga insatser.", "The invoice basis lists no measures."), &fk::INV_2);
    }
    for (i, line) in lines.iter().enumerate() {
        check_line(&mut c, line, i, scheme)?;
    }
    let ok = !problems.iter().any(|p| p.severity == Severity::Error);
    Ok(Report { ok, scheme, lines: lines.len(), problems })
}

/// Checks an invoice basis given as JSON text (native builds).
#[cfg(not(target_arch = "wasm32"))]
pub fn check_json(text: &str, today: Date) -> Result<Report, InputError> {
    let v = crate::value::from_json(text).map_err(|e| err("", format!("not valid JSON: {e}"), format!("inte giltig JSON: {e}")))?;
    check(&v, today)
}

/// The CSV columns, by their accepted header names (Swedish or English, any case).
const CSV_COLUMNS: &[(&str, &[&str])] = &[
    ("date", &["date", "datum"]),
    ("measure", &["measure", "insats", "benämning"]),
    ("kind", &["kind", "typ"]),
    ("performer", &["performer", "utförare"]),
    ("competence", &["competence", "kompetens"]),
    ("contracted", &["contracted", "kontrakterad"]),
    ("external", &["external", "extern"]),
    ("cost_ore", &["cost", "kostnad", "cost_kr", "kostnad_kr"]),
];

/// Splits one CSV row; fields may be quoted with `"` (a doubled `""` is a quote).
fn split_row(row: &str, sep: char) -> Vec<String> {
    if !row.contains('"') {
        return row.split(sep).map(|s| s.trim().to_owned()).collect();
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                cur.push('"');
                chars.next();
            }
            '"' => quoted = !quoted,
            c if c == sep && !quoted => out.push(std::mem::take(&mut cur)),
            c => cur.push(c),
        }
    }
    out.push(cur);
    out.into_iter().map(|s| s.trim().to_owned()).collect()
}

/// Kronor as people write them: `1 500`, `1500,50`, `1 500.5` → öre.
pub fn parse_kronor(s: &str) -> Option<u64> {
    let t: String = s.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    let t = t.strip_suffix("kr").unwrap_or(&t);
    let (whole, frac) = t.split_once([',', '.']).unwrap_or((t, ""));
    if whole.is_empty() || whole.len() > 11 || !whole.bytes().all(|b| b.is_ascii_digit()) || frac.len() > 2 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let frac = format!("{frac:0<2}");
    Some(whole.parse::<u64>().ok()? * 100 + frac.parse::<u64>().ok()?)
}

fn csv_problem(line: usize, code: &'static str, text: Text) -> Problem {
    Problem { path: "csv".into(), code, severity: Severity::Error, text, rule: fk::INV_2.id, source: fk::INV_2.source, shown: None, csv_line: Some(line) }
}

/// Reads invoice lines from CSV text: a header row, then one measure per row; `;` or `,`
/// separated. Rows that cannot be read are reported by line number and the rest are kept.
/// Returns the lines and, for each, its line number in the file.
pub fn read_csv(text: &str) -> (Vec<Value>, Vec<usize>, Vec<Problem>) {
    let mut rows = text.lines().enumerate().map(|(i, l)| (i + 1, l.trim_start_matches('\u{feff}'))).filter(|(_, l)| !l.trim().is_empty());
    let (mut lines, mut numbers, mut problems) = (Vec::new(), Vec::new(), Vec::new());
    let Some((header_line, header)) = rows.next() else {
        problems.push(csv_problem(1, "csv_empty", t("Filen är tom. Första raden ska vara rubriker, till exempel datum;insats;utförare;kompetens;kostnad.", "The file is empty. The first row must be headers, e.g. date;measure;performer;competence;cost.")));
        return (lines, numbers, problems);
    };
    let sep = if header.contains(';') { ';' } else { ',' };
    let columns: Vec<Option<&str>> = split_row(header, sep).iter().map(|h| {
        let h = h.to_lowercase();
        CSV_COLUMNS.iter().find(|(_, names)| names.contains(&h.as_str())).map(|(field, _)| *field)
    }).collect();
    if columns.iter().any(Option::is_none) {
        problems.push(csv_problem(header_line, "csv_header", t("Okänd kolumnrubrik. Kända rubriker: datum, insats, typ, utförare, kompetens, kontrakterad, extern, kostnad.", "Unknown column header. Known headers: date, measure, kind, performer, competence, contracted, external, cost.")));
    }
    for (n, row) in rows {
        let cells = split_row(row, sep);
        if cells.len() != columns.len() {
            problems.push(csv_problem(n, "csv_columns", t("Raden har fel antal kolumner och har hoppats över.", "The row has the wrong number of columns and was skipped.")));
            continue;
        }
        let mut fields = Vec::new();
        for (col, cell) in columns.iter().zip(cells) {
            let Some(col) = col else { continue };
            if cell.is_empty() {
                continue;
            }
            let value = match *col {
                "cost_ore" => parse_kronor(&cell).map_or(Value::Str(cell), |o| Value::Num(o as f64)),
                "contracted" | "external" => match cell.to_lowercase().as_str() {
                    "ja" | "yes" | "true" | "1" => Value::Bool(true),
                    "nej" | "no" | "false" | "0" => Value::Bool(false),
                    _ => {
                        problems.push(csv_problem(n, "csv_value", t("Skriv ja eller nej.", "Write yes or no.")));
                        continue;
                    }
                },
                _ => Value::Str(cell),
            };
            fields.push(((*col).to_owned(), value));
        }
        lines.push(Value::Obj(fields));
        numbers.push(n);
    }
    (lines, numbers, problems)
}

/// Checks invoice lines from a CSV file, with the rest of the invoice (`scheme`, `employees`,
/// `reference`) given as `head`. Problems on lines carry their CSV line number.
pub fn check_csv(csv: &str, head: &Value, today: Date) -> Result<Report, InputError> {
    let Value::Obj(fields) = head else {
        return Err(err("", "the invoice head must be an object".into(), "fakturans huvud ska vara ett objekt".into()));
    };
    if fields.iter().any(|(k, _)| k == "lines") {
        return Err(err("lines", "comes from the CSV file; leave it out of the head".into(), "kommer från CSV-filen; utelämna det i huvudet".into()));
    }
    let (lines, numbers, mut csv_problems) = read_csv(csv);
    let mut invoice = fields.clone();
    invoice.push(("lines".into(), Value::Arr(lines)));
    let mut report = check(&Value::Obj(invoice), today)?;
    for p in &mut report.problems {
        let index = p.path.strip_prefix("lines[").and_then(|r| r.split(']').next()).and_then(|i| i.parse::<usize>().ok());
        p.csv_line = index.and_then(|i| numbers.get(i).copied());
    }
    report.problems.append(&mut csv_problems);
    report.ok = !report.problems.iter().any(|p| p.severity == Severity::Error);
    Ok(report)
}
