//! The invoice-basis checker (docs/API.md §6) and the personnummer validator.

use rehabkollen::value::from_json;
use rehabkollen::Date;
use rehabkollen_invoice::csv::{check_csv_bytes, write_csv, PAGE_MAX_LINES};
use rehabkollen_invoice::pnr::{self, luhn, PnrError};
use rehabkollen_invoice::{check_csv, check_json, parse_kronor, read_csv, Report, Severity};

mod common;
use common::Gen;

fn today() -> Date {
    Date::new(2026, 11, 22).unwrap()
}

/// The employer and the provider, named with valid organisation numbers.
const PARTIES: &str = r#""employer":{"name":"Verkstaden i Borås AB","org_number":"556677-8899"},"provider":{"name":"Friskvård Väst AB","org_number":"559900-1129"}"#;

const GOOD_FK: &str = r#"{"scheme":"fk_arbetsplatsinriktat",
  "employer":{"name":"Verkstaden i Borås AB","org_number":"556677-8899"},"provider":{"name":"Friskvård Väst AB","org_number":"559900-1129"},
  "employees":[{"name":"Anna Andersson","personnummer":"811218-9876"}],
  "lines":[{"date":"2026-02-10","measure":"Stödsamtal","kind":"support_talks","performer":"Eva Ek","competence":"behavioural_science","contracted":true,"cost_ore":150000},
           {"date":"2026-02-17","measure":"Utreda arbetsförmåga","kind":"investigate_work_needs","performer":"Eva Ek","competence":"Beteendevetenskap","cost_ore":300000}]}"#;

fn report(json: &str) -> Report {
    check_json(json, today()).unwrap()
}

fn codes(r: &Report) -> Vec<(String, &'static str)> {
    r.problems.iter().map(|p| (p.path.clone(), p.code)).collect()
}

fn with(json: &str, edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
    edit(&mut v);
    v.to_string()
}

#[test]
fn a_complete_fk_invoice_basis_is_ready_to_send() {
    let r = report(GOOD_FK);
    assert!(r.ok, "{:?}", codes(&r));
    assert!(r.problems.is_empty());
}

#[test]
fn each_required_fk_field_missing_in_turn_is_an_error_at_its_path() {
    for (field, code) in [
        ("date", "missing_date"),
        ("measure", "missing_measure"),
        ("performer", "missing_performer"),
        ("competence", "missing_competence"),
        ("cost_ore", "missing_cost"),
    ] {
        let r = report(&with(GOOD_FK, |v| {
            v["lines"][1].as_object_mut().unwrap().remove(field);
        }));
        assert!(!r.ok, "{field}");
        assert_eq!(codes(&r), vec![(format!("lines[1].{field}"), code)], "{field}");
        assert_eq!(r.problems[0].rule, "FK-INV-2");
    }
    for (field, code) in [("name", "missing_name"), ("personnummer", "missing_personnummer")] {
        let r = report(&with(GOOD_FK, |v| {
            v["employees"][0].as_object_mut().unwrap().remove(field);
        }));
        assert_eq!(codes(&r), vec![(format!("employees[0].{field}"), code)]);
    }
}

#[test]
fn two_employees_on_one_basis_break_gdpr() {
    let r = report(&with(GOOD_FK, |v| {
        v["employees"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"name": "Bo Berg", "personnummer": "640823-3234"}))
    }));
    assert_eq!(codes(&r), vec![("employees".into(), "several_employees")]);
    assert_eq!(r.problems[0].rule, "FK-INV-1");
}

#[test]
fn no_employee_and_no_lines_are_errors() {
    let r = report(&format!(r#"{{"scheme":"fk_arbetsplatsinriktat",{PARTIES}}}"#));
    assert_eq!(codes(&r), vec![("employees".into(), "no_employee"), ("lines".into(), "no_lines")]);
}

#[test]
fn costs_must_be_positive_whole_ore() {
    for bad in [serde_json::json!(0), serde_json::json!(-100), serde_json::json!(12.5), serde_json::json!("1500")] {
        let r = report(&with(GOOD_FK, |v| v["lines"][0]["cost_ore"] = bad.clone()));
        assert_eq!(codes(&r), vec![("lines[0].cost_ore".into(), "invalid_cost")], "{bad}");
    }
}

#[test]
fn a_cost_above_what_a_document_holds_is_refused_with_the_limit_in_the_message() {
    let max = rehabkollen::money::MAX_ORE;
    assert!(report(&with(GOOD_FK, |v| v["lines"][0]["cost_ore"] = max.into())).ok);
    // The review's case: 99 999 999 999 kr, typed (öre from the page) or in a file.
    for bad in [serde_json::json!(max + 1), serde_json::json!(9_999_999_999_900u64), serde_json::json!(1e30)] {
        let r = report(&with(GOOD_FK, |v| v["lines"][0]["cost_ore"] = bad.clone()));
        assert_eq!(codes(&r), vec![("lines[0].cost_ore".into(), "cost_too_large")], "{bad}");
        assert!(r.problems[0].text.sv.contains("10 000 000 000 kr"), "{}", r.problems[0].text.sv);
        assert!(r.problems[0].text.en.contains("10,000,000,000 kr"), "{}", r.problems[0].text.en);
    }
    let r = csv(&format!("{HEADER}\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;99 999 999 999\n"));
    assert_eq!(codes(&r), vec![("lines[0].cost_ore".into(), "cost_too_large")]);
}

#[test]
fn a_total_no_page_can_show_exactly_is_an_error() {
    let max = rehabkollen::money::MAX_ORE;
    let r = report(&with(GOOD_FK, |v| {
        let line = v["lines"][0].clone();
        v["lines"] = serde_json::Value::Array(vec![line; 9008]);
        for l in v["lines"].as_array_mut().unwrap() {
            l["cost_ore"] = max.into();
        }
    }));
    assert_eq!(codes(&r), vec![("lines".into(), "total_too_large")]);
    assert!(!r.ok);
}

#[test]
fn a_kind_outside_the_grant_is_flagged_with_the_rule_that_excludes_it() {
    for (kind, rule) in [
        ("lecture", "FK-EXCL-1"),
        ("kbt", "FK-EXCL-1"),
        ("work_aids_purchase", "FK-EXCL-2"),
        ("salary_costs", "FK-MEAS"),
    ] {
        let r = report(&with(GOOD_FK, |v| v["lines"][0]["kind"] = kind.into()));
        assert_eq!(codes(&r), vec![("lines[0].kind".into(), "kind_not_in_grant")], "{kind}");
        assert_eq!(r.problems[0].rule, rule);
    }
}

#[test]
fn an_external_performer_must_be_contracted() {
    for contracted in [serde_json::json!(false), serde_json::Value::Null] {
        let r = report(&with(GOOD_FK, |v| {
            v["lines"][0]["external"] = true.into();
            match &contracted {
                serde_json::Value::Null => drop(v["lines"][0].as_object_mut().unwrap().remove("contracted")),
                c => v["lines"][0]["contracted"] = c.clone(),
            }
        }));
        assert_eq!(codes(&r), vec![("lines[0].contracted".into(), "not_contracted")], "contracted: {contracted}");
    }
    for external in [serde_json::json!(false), serde_json::Value::Null] {
        let r = report(&with(GOOD_FK, |v| {
            v["lines"][0]["contracted"] = false.into();
            if !external.is_null() {
                v["lines"][0]["external"] = external.clone();
            }
        }));
        assert!(r.ok, "the provider's own employee needs no contract (external: {external}): {:?}", codes(&r));
    }
}

#[test]
fn typed_and_imported_lines_follow_the_same_contract_rule() {
    // The review's case: `kontrakterad=nej` for the provider's own employee, no `extern` column.
    let own = csv(&format!("{HEADER}\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;nej;1500\n"));
    assert!(own.ok, "{:?}", codes(&own));
    let typed = report(&with(GOOD_FK, |v| v["lines"][0]["contracted"] = false.into()));
    assert!(typed.ok, "{:?}", codes(&typed));
    let external = csv("datum;insats;utförare;kompetens;extern;kontrakterad;kostnad\n2026-02-10;Stödsamtal;Eva Ek;medicine;ja;nej;1500\n2026-02-11;Stödsamtal;Eva Ek;medicine;ja;;1500\n2026-02-12;Stödsamtal;Eva Ek;medicine;ja;ja;1500\n");
    assert_eq!(
        external.problems.iter().map(|p| (p.path.as_str(), p.code, p.csv_line)).collect::<Vec<_>>(),
        [("lines[0].contracted", "not_contracted", Some(2)), ("lines[1].contracted", "not_contracted", Some(3))]
    );
}

#[test]
fn a_competence_outside_fks_areas_is_a_warning_not_an_error() {
    let r = report(&with(GOOD_FK, |v| v["lines"][0]["competence"] = "Coach".into()));
    assert!(r.ok);
    assert_eq!(r.problems[0].severity, Severity::Warning);
    assert_eq!(r.problems[0].rule, "FK-COND-3");
}

#[test]
fn a_bad_personnummer_is_reported_without_any_of_its_digits() {
    for (pnr, code, rule) in [
        ("811218-9875", "personnummer_check", "PNR-CHK-1"),
        ("811318-9876", "personnummer_date", "PNR-FMT-1"),
        ("700291-2391", "personnummer_date", "PNR-SAM-1"),
        ("811218-98761", "personnummer_format", "PNR-FMT-1"),
        ("9876-811218", "personnummer_format", "PNR-FMT-1"),
        ("150916-0006", "personnummer_birth_number", "PNR-FMT-2"),
    ] {
        let r = report(&with(GOOD_FK, |v| v["employees"][0]["personnummer"] = pnr.into()));
        assert_eq!(codes(&r), vec![("employees[0].personnummer".into(), code)], "{pnr}");
        assert_eq!(r.problems[0].rule, rule, "{pnr}");
        assert_eq!(r.problems[0].shown, None, "{pnr}: nothing of an invalid number is echoed");
        let out = serde_json::to_string(&r).unwrap();
        for part in [&pnr[..6], &pnr[pnr.len() - 4..]] {
            assert!(!out.contains(part), "{pnr}: {part} echoed in {out}");
        }
    }
}

#[test]
fn every_written_form_of_a_valid_number_is_accepted_in_the_basis() {
    for form in ["8112189876", "811218-9876", "198112189876", "19811218-9876", " 811218-9876 "] {
        let r = report(&with(GOOD_FK, |v| v["employees"][0]["personnummer"] = form.into()));
        assert!(r.ok && r.problems.is_empty(), "{form}: {:?}", codes(&r));
    }
}

#[test]
fn the_personnummer_alone_is_checked_and_masked_only_when_valid() {
    use rehabkollen_invoice::check_personnummer;
    let ok = check_personnummer("8112189876", today());
    assert!(ok.ok);
    assert_eq!(ok.masked.as_deref(), Some("811218-****"));
    for bad in ["811218-98761", "9876-811218", "811218-9875"] {
        let c = check_personnummer(bad, today());
        assert!(!c.ok && c.masked.is_none(), "{bad}");
        assert!(!serde_json::to_string(&c).unwrap().contains("9876"), "{bad}");
    }
    assert_eq!(check_personnummer("8112189875", today()).rule, Some("PNR-CHK-1"));
}

#[test]
fn the_report_gives_the_total_of_the_costs() {
    assert_eq!(report(GOOD_FK).total_ore, 450_000);
}

#[test]
fn afa_wants_a_reference_and_warns_about_personal_data() {
    let afa = &format!(
        r#"{{"scheme":"afa_rehabiliteringsstod",{PARTIES},"reference":"R-2026-0042","lines":[{{"date":"2026-02-10","measure":"Samtal","digital":false,"cost_ore":90000}}]}}"#
    );
    assert!(report(afa).problems.is_empty(), "{:?}", codes(&report(afa)));
    let r = report(&with(afa, |v| {
        v.as_object_mut().unwrap().remove("reference");
    }));
    assert_eq!(codes(&r), vec![("reference".into(), "missing_reference")]);
    assert_eq!(r.problems[0].rule, "AFA-DOC-4");
    let r = report(&with(afa, |v| {
        v["employees"] = serde_json::json!([{"name": "Anna Andersson", "personnummer": "811218-9876"}])
    }));
    assert!(r.ok, "personal data is a warning");
    assert_eq!(codes(&r), vec![("employees[0]".into(), "personal_data")]);
    assert!(!serde_json::to_string(&r).unwrap().contains("9876"));
}

#[test]
fn afa_underlag_should_say_the_measure_the_period_the_cost_and_whether_it_was_digital() {
    let r = report(&format!(r#"{{"scheme":"afa_rehabiliteringsstod",{PARTIES},"reference":"R-1","lines":[{{}}]}}"#));
    assert!(r.ok, "these are warnings: the invoice itself can still go");
    let mut got = codes(&r);
    got.sort();
    assert_eq!(
        got,
        [
            ("lines[0].cost_ore".into(), "missing_cost"),
            ("lines[0].date".into(), "missing_date"),
            ("lines[0].digital".into(), "missing_digital"),
            ("lines[0].measure".into(), "missing_measure")
        ]
    );
    assert!(r.problems.iter().all(|p| p.rule == "AFA-DOC-3" && p.severity == Severity::Warning));
}

#[test]
fn an_unknown_kind_is_a_problem_at_the_line_not_an_input_error() {
    let r = report(&with(GOOD_FK, |v| v["lines"][1]["kind"] = "massage".into()));
    assert_eq!(codes(&r), vec![("lines[1].kind".into(), "unknown_kind")]);
    let r = report(&with(GOOD_FK, |v| v["lines"][1]["kind"] = "Stödsamtal / enskilda samtal".into()));
    assert!(r.ok, "a kind's Swedish label is understood: {:?}", codes(&r));
}

#[test]
fn malformed_structure_is_an_input_error_naming_the_field() {
    assert!(check_json(&format!("\u{feff}{GOOD_FK}"), today()).unwrap().ok, "a byte-order mark is accepted");
    for (json, path) in [
        (r#"{"scheme":"x"}"#, "scheme"),
        (r#"{"lines":[]}"#, "scheme"),
        (r#"{"scheme":"fk_arbetsplatsinriktat","lines":[{"colour":1}]}"#, "lines[0].colour"),
        (r#"{"scheme":"fk_arbetsplatsinriktat","lines":{}}"#, "lines"),
        (r#"{"scheme":"fk_arbetsplatsinriktat","lines":[{"contracted":"ja"}]}"#, "lines[0].contracted"),
    ] {
        assert_eq!(check_json(json, today()).unwrap_err().path, path, "{json}");
    }
}

// ---- personnummer tables -------------------------------------------------------------------

#[test]
fn valid_numbers() {
    for s in [
        "811218-9876",
        "640823-3234",
        "701063-2391",
        "198112189876",
        "19811218-9876",
        "811218+9876",
        "197010632391",
        "8112189876",
        "6408233234",
        " 811218-9876\t",
    ] {
        assert!(pnr::parse(s, today()).is_ok(), "{s}");
    }
}

#[test]
fn invalid_numbers() {
    let table = [
        ("811218-9875", PnrError::Check),
        ("811218-98765", PnrError::Format),
        ("811218-987", PnrError::Format),
        ("81121-89876", PnrError::Format),
        ("81121A-9876", PnrError::Format),
        ("ABCDEF-GHIJ", PnrError::Format),
        ("811218_9876", PnrError::Format),
        ("811300-9876", PnrError::Date),
        ("810231-9876", PnrError::Date),
        ("701092-2391", PnrError::Date),
        ("701000-2391", PnrError::Date),
        ("", PnrError::Format),
        ("150916-0006", PnrError::BirthNumber),
        ("1509160006", PnrError::BirthNumber),
        ("20150916-0006", PnrError::BirthNumber),
    ];
    for (s, want) in table {
        assert_eq!(pnr::parse(s, today()), Err(want), "{s}");
    }
}

/// Builds a number with the right check digit.
fn number(date: &str, serial: u32, sep: &str) -> String {
    let short = &date[date.len() - 6..];
    let nine: Vec<u8> = format!("{short}{serial:03}").bytes().map(|c| c - b'0').collect();
    format!("{date}{sep}{serial:03}{}", luhn(&nine))
}

#[test]
fn february_29_by_century_and_plus() {
    assert!(pnr::parse(&number("20000229", 123, ""), today()).is_ok());
    assert_eq!(pnr::parse(&number("19000229", 123, ""), today()), Err(PnrError::Date));
    assert!(pnr::parse(&number("000229", 123, "-"), today()).is_ok(), "2000-02-29");
    assert_eq!(pnr::parse(&number("000229", 123, "+"), today()), Err(PnrError::Date), "1900-02-29");
    assert!(pnr::parse(&number("040229", 123, "+"), today()).is_ok(), "1904-02-29");
    assert_eq!(pnr::parse(&number("230229", 123, "-"), today()), Err(PnrError::Date));
}

#[test]
fn our_validator_agrees_with_the_personnummer_crate_on_generated_numbers() {
    // The crate is the oracle where it is a sound one: twelve-digit numbers (it puts every
    // ten-digit number in the 1900s), birth number 000 included (it refuses it, as PNR-FMT-2
    // does), and not samordningsnummer (its check digit is computed on the real day; PNR-SAM-1 keeps the
    // day plus 60, as 701063-2391 shows).
    assert!(pnr::parse("701063-2391", today()).is_ok());
    assert!(
        !personnummer::Personnummer::parse("197010632391").map(|p| p.valid()).unwrap_or(false),
        "the oracle's known divergence"
    );
    let mut g = Gen(0x9e37_79b9_7f4a_7c15);
    let (mut agreed, mut valid) = (0, 0);
    for _ in 0..50_000 {
        let year = 1890 + g.next(140);
        let month = g.next(14);
        let day = g.next(33);
        let serial = if g.next(50) == 0 { 0 } else { 1 + g.next(999) };
        let date = format!("{year:04}{month:02}{day:02}");
        let s =
            if g.next(2) == 0 { number(&date, serial as u32, "") } else { format!("{date}{serial:03}{}", g.next(10)) };
        let ours = pnr::parse(&s, today()).is_ok();
        let oracle = personnummer::Personnummer::parse(&s).map(|p| p.valid()).unwrap_or(false);
        assert_eq!(ours, oracle, "{s}");
        agreed += 1;
        valid += usize::from(ours);
    }
    assert!(valid > 10_000 && valid < agreed, "the generator covers both outcomes: {valid} of {agreed} valid");
}

#[test]
fn short_forms_agree_with_the_crate_for_people_born_in_the_1900s() {
    let mut g = Gen(42);
    for _ in 0..20_000 {
        let (yy, month, day, serial) =
            (27 + g.next(73), g.next(14), g.next(33), if g.next(50) == 0 { 0 } else { 1 + g.next(999) });
        let date = format!("{yy:02}{month:02}{day:02}");
        let s = if g.next(2) == 0 {
            number(&date, serial as u32, "-")
        } else {
            format!("{date}-{serial:03}{}", g.next(10))
        };
        let oracle = personnummer::Personnummer::parse(&s).map(|p| p.valid()).unwrap_or(false);
        assert_eq!(pnr::parse(&s, today()).is_ok(), oracle, "{s}");
        // The ten digits without a dash (PNR-FMT-1) get the same verdict, from us and the oracle.
        let ten = s.replace('-', "");
        assert_eq!(pnr::parse(&ten, today()).is_ok(), oracle, "{ten}");
        assert_eq!(personnummer::Personnummer::parse(&ten).map(|p| p.valid()).unwrap_or(false), oracle, "{ten}");
    }
}

// ---- CSV -----------------------------------------------------------------------------------

const HEAD: &str = r#"{"scheme":"fk_arbetsplatsinriktat",
  "employer":{"name":"Verkstaden i Borås AB","org_number":"556677-8899"},"provider":{"name":"Friskvård Väst AB","org_number":"559900-1129"},
  "employees":[{"name":"Anna Andersson","personnummer":"811218-9876"}]}"#;

fn csv(text: &str) -> Report {
    check_csv(text, &from_json(HEAD).unwrap(), today()).unwrap()
}

#[test]
fn csv_with_semicolons_swedish_headers_and_kronor_is_read() {
    let r = csv("datum;insats;typ;utförare;kompetens;kontrakterad;kostnad\n2026-02-10;Stödsamtal;support_talks;Eva Ek;beteendevetenskap;ja;1 500,00\n2026-02-17;Utreda arbetsförmåga;investigate_work_needs;Eva Ek;Beteendevetenskap;ja;3\u{a0}000\n");
    assert!(r.ok, "{:?}", codes(&r));
    assert_eq!(r.lines, 2);
}

#[test]
fn headers_are_known_whatever_their_case_spaces_and_brackets() {
    let r = csv("Datum;Insats;Utförare;Kompetens;Kostnad (kr)\n2026-02-10;Stödsamtal;Eva Ek;medicine;1500\n");
    assert!(r.ok && r.problems.is_empty(), "{:?}", codes(&r));
    assert_eq!(r.total_ore, 150_000);
}

#[test]
fn empty_cells_after_the_last_column_are_fine_but_a_short_row_is_not() {
    let r = csv("datum;insats;utförare;kompetens;kostnad;\n2026-02-10;Stödsamtal;Eva Ek;medicine;1500;;\n2026-02-11;Stödsamtal;Eva Ek;medicine;1500;x\n2026-02-12;Stödsamtal;Eva Ek;medicine\n");
    assert_eq!(r.lines, 1);
    assert_eq!(
        r.problems.iter().map(|p| (p.code, p.csv_line)).collect::<Vec<_>>(),
        [("csv_columns", Some(3)), ("csv_columns", Some(4))]
    );
}

#[test]
fn csv_with_commas_and_quotes_is_read() {
    let r = csv("date,measure,performer,competence,cost\n2026-02-10,\"Stödsamtal, uppföljning\",\"Eva \"\"Evi\"\" Ek\",medicine,\"1 500,50\"\n");
    assert!(r.ok, "{:?}", codes(&r));
}

#[test]
fn malformed_csv_rows_are_reported_by_line_and_the_rest_is_checked() {
    let r = csv("datum;insats;utförare;kompetens;kostnad\n2026-02-10;Stödsamtal;Eva Ek;medicine\n\n2026-02-11;Stödsamtal;Eva Ek;medicine;abc\n2026-02-12;Stödsamtal;Eva Ek;medicine;1500\n");
    assert_eq!(r.lines, 2, "the row with too few columns is skipped");
    let by_line: Vec<_> = r.problems.iter().map(|p| (p.csv_line, p.code)).collect();
    assert!(by_line.contains(&(Some(2), "csv_columns")), "{by_line:?}");
    assert!(by_line.contains(&(Some(4), "invalid_cost")), "{by_line:?}");
    assert_eq!(by_line.len(), 2);
}

#[test]
fn empty_csv_and_unknown_headers_are_reported() {
    assert_eq!(csv("").problems.iter().map(|p| p.code).collect::<Vec<_>>(), ["csv_empty", "no_lines"]);
    let r = csv("datum;färg\n2026-02-10;blå\n");
    assert!(r
        .problems
        .iter()
        .any(|p| p.code == "csv_header" && p.csv_line == Some(1) && p.severity == Severity::Warning));
    let read = read_csv(b"datum;kontrakterad\n2026-02-10;kanske\n", None);
    assert_eq!(read.lines.len(), 1);
    assert_eq!(read.problems[0].code, "csv_value");
    assert_eq!(read.problems[0].csv_line, Some(2));
}

const HEADER: &str = "datum;insats;typ;utförare;kompetens;kontrakterad;kostnad";

#[test]
fn an_unknown_kind_on_one_row_is_reported_at_that_row_and_the_rest_is_checked() {
    let r = csv(&format!("{HEADER}\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500\n2026-02-11;Massage;massage;Eva Ek;medicine;ja;900\n2026-02-12;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500\n"));
    assert_eq!(r.lines, 3);
    let got: Vec<_> = r.problems.iter().map(|p| (p.path.as_str(), p.code, p.csv_line)).collect();
    assert_eq!(got, [("lines[1].kind", "unknown_kind", Some(3))]);
    assert_eq!(r.total_ore, 390_000);
}

#[test]
fn a_repeated_header_row_or_column_is_reported_and_skipped() {
    let r = csv(&format!("{HEADER}\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500\n{HEADER}\n2026-02-12;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500\n"));
    assert!(r.ok, "{:?}", codes(&r));
    assert_eq!(r.lines, 2);
    let got: Vec<_> = r.problems.iter().map(|p| (p.code, p.csv_line, p.severity)).collect();
    assert_eq!(got, [("csv_repeated_header", Some(3), Severity::Warning)]);
    let r = csv("datum;insats;utförare;kompetens;kostnad;kostnad\n2026-02-10;Stödsamtal;Eva Ek;medicine;1500;99\n");
    assert!(r.ok);
    assert_eq!(r.total_ore, 150_000, "the first of two columns with one header is read");
    assert_eq!(r.problems.iter().map(|p| (p.code, p.csv_line)).collect::<Vec<_>>(), [("csv_repeated_header", Some(1))]);
}

/// The file as Swedish Excel saves it: Windows-1252.
fn windows_1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            'å' => 0xe5,
            'ä' => 0xe4,
            'ö' => 0xf6,
            'Å' => 0xc5,
            'Ä' => 0xc4,
            'Ö' => 0xd6,
            'é' => 0xe9,
            '–' => 0x96,
            '€' => 0x80,
            c if c.is_ascii() => c as u8,
            c => panic!("{c} is not in the test's table"),
        })
        .collect()
}

#[test]
fn a_windows_1252_file_is_read_and_the_report_says_so() {
    let text = format!(
        "{HEADER}\n2026-02-10;Stödsamtal – uppföljning;support_talks;Åsa Öberg;beteendevetenskap;ja;1 500,00\n"
    );
    let bytes = windows_1252(&text);
    assert!(std::str::from_utf8(&bytes).is_err(), "the test file is not UTF-8");
    let r = check_csv_bytes(&bytes, &from_json(HEAD).unwrap(), today()).unwrap();
    assert!(r.ok, "{:?}", codes(&r));
    assert_eq!(r.lines, 1, "the utförare column is found");
    let got: Vec<_> = r.problems.iter().map(|p| (p.code, p.severity, p.csv_line)).collect();
    assert_eq!(got, [("csv_encoding", Severity::Warning, Some(1))]);
    let read = read_csv(&bytes, None);
    assert_eq!(read.lines[0], from_json(r#"{"date":"2026-02-10","measure":"Stödsamtal – uppföljning","kind":"support_talks","performer":"Åsa Öberg","competence":"beteendevetenskap","contracted":true,"cost_ore":150000}"#).unwrap());
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let r = csv(&format!("\u{feff}{HEADER}\r\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500\r\n"));
    assert!(r.ok && r.problems.is_empty(), "{:?}", codes(&r));
}

#[test]
fn a_quoted_cell_may_hold_a_line_break_and_the_line_numbers_stay_right() {
    let r = csv("datum;insats;utförare;kompetens;kostnad\n2026-02-10;\"Stödsamtal\nmed uppföljning\";Eva Ek;medicine;1500\n2026-02-11;Stödsamtal;Eva Ek;medicine;abc\n");
    assert_eq!(r.lines, 2);
    assert_eq!(r.problems.iter().map(|p| (p.code, p.csv_line)).collect::<Vec<_>>(), [("invalid_cost", Some(4))]);
}

#[test]
fn an_unclosed_quote_skips_one_over_long_record_not_the_whole_check() {
    let mut text =
        String::from("datum;insats;utförare;kompetens;kostnad\n2026-02-10;\"Stödsamtal;Eva Ek;medicine;1500\n");
    for _ in 0..3000 {
        text.push_str("2026-02-11;Stödsamtal;Eva Ek;medicine;1500\n");
    }
    let r = csv(&text);
    assert!(r.problems.iter().any(|p| p.code == "csv_too_long" && p.csv_line == Some(2)), "{:?}", codes(&r));
    assert!(r.lines > 1000, "reading goes on after the skipped record: {}", r.lines);
}

#[test]
fn the_page_refuses_a_file_of_more_than_1000_lines_with_a_message() {
    let mut text = String::from(HEADER);
    for _ in 0..5000 {
        text.push_str("\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500");
    }
    let read = read_csv(text.as_bytes(), Some(PAGE_MAX_LINES));
    assert!(read.lines.is_empty());
    assert_eq!(read.problems.len(), 1);
    assert_eq!(read.problems[0].code, "csv_too_many_lines");
    assert!(read.problems[0].text.sv.contains("1 000"));
    let exactly: String = text.lines().take(PAGE_MAX_LINES + 1).collect::<Vec<_>>().join("\n");
    assert_eq!(read_csv(exactly.as_bytes(), Some(PAGE_MAX_LINES)).lines.len(), PAGE_MAX_LINES);
}

#[test]
fn exported_csv_imports_back_unchanged() {
    let lines = from_json(r#"[{"date":"2026-02-10","measure":"Stödsamtal; \"uppföljning\"","kind":"support_talks","performer":" Eva Ek ","competence":"behavioural_science","contracted":true,"external":false,"digital":true,"cost_ore":150050},
        {"measure":"Rad två\nmed radbrytning","cost_ore":"abc"},{"date":"2026-02-12","cost_ore":100}]"#).unwrap();
    let rehabkollen::value::Value::Arr(items) = &lines else { unreachable!() };
    let text = write_csv(items).unwrap();
    assert!(text.starts_with('\u{feff}'), "a byte-order mark for Excel");
    let read = read_csv(text.as_bytes(), None);
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    assert_eq!(&read.lines, items);
}

#[test]
fn kronor_are_read_the_way_people_write_them() {
    for (s, ore) in [
        ("1500", Some(150_000)),
        ("1 500", Some(150_000)),
        ("1500,5", Some(150_050)),
        ("1500.50", Some(150_050)),
        ("12 000 kr", Some(1_200_000)),
        ("12\u{202f}000", Some(1_200_000)),
        ("1500,", Some(150_000)),
        ("-5", None),
        ("abc", None),
        ("1,234", None),
        ("", None),
        ("1 2,3,4", None),
        (",5", None),
    ] {
        assert_eq!(parse_kronor(s), ore, "{s}");
    }
}

#[test]
fn any_bytes_give_a_report_never_a_panic_and_line_numbers_stay_in_the_file() {
    // Bytes drawn from what breaks CSV readers: separators, quotes, line ends, a BOM's bytes,
    // Windows-1252 and stray UTF-8 lead bytes, digits and letters.
    const ALPHABET: &[u8] = b";;,,\"\"\n\n\r\t 0123456789-abc\xef\xbb\xbf\xe5\xc3\x96\x80\xff";
    let head = from_json(HEAD).unwrap();
    let mut g = Gen(7);
    for round in 0..3000 {
        let len = g.next(200) as usize;
        let mut bytes: Vec<u8> = (0..len).map(|_| ALPHABET[g.next(ALPHABET.len() as u64) as usize]).collect();
        if round % 2 == 0 {
            bytes.splice(0..0, format!("{HEADER}\n").into_bytes());
        }
        let lines_in_file = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        let r = check_csv_bytes(&bytes, &head, today()).unwrap();
        assert!(r.problems.iter().all(|p| p.csv_line.is_none_or(|n| (1..=lines_in_file).contains(&n))), "{bytes:?}");
        let read = read_csv(&bytes, Some(PAGE_MAX_LINES));
        assert_eq!(read.lines.len(), read.csv_lines.len());
    }
}

// ---- the employer and the provider ---------------------------------------------------------

#[test]
fn the_employer_and_the_provider_must_be_named_with_valid_organisation_numbers() {
    // The review's case: a basis with neither named was "Klart att skicka".
    let r = report(&with(GOOD_FK, |v| {
        let o = v.as_object_mut().unwrap();
        o.remove("employer");
        o.remove("provider");
    }));
    assert!(!r.ok);
    assert_eq!(
        codes(&r),
        [
            ("employer.name".into(), "missing_party_name"),
            ("employer.org_number".into(), "missing_org_number"),
            ("provider.name".into(), "missing_party_name"),
            ("provider.org_number".into(), "missing_org_number")
        ]
    );
    assert!(r.problems.iter().all(|p| p.rule == "FK-DOC-1" && p.severity == Severity::Error));
    // The review's number: 559123-4567 has a wrong check digit.
    for (org, code, rule) in [
        ("559123-4567", "org_number_check", "ORG-CHK-1"),
        ("123456-789", "org_number_format", "ORG-FMT-1"),
        ("SE556677889901", "org_number_format", "ORG-FMT-1"),
        ("811318-9876", "org_number_personnummer", "ORG-PNR-1"),
    ] {
        let r = report(&with(GOOD_FK, |v| v["provider"]["org_number"] = org.into()));
        assert_eq!(codes(&r), vec![("provider.org_number".into(), code)], "{org}");
        assert_eq!(r.problems[0].rule, rule, "{org}");
        assert!(!serde_json::to_string(&r).unwrap().contains(org), "{org}: not echoed");
    }
    // A sole trader's personnummer, and the 10- and 12-digit forms, are fine.
    for org in ["811218-9876", "5566778899", "165566778899", "16556677-8899"] {
        let r = report(&with(GOOD_FK, |v| v["provider"]["org_number"] = org.into()));
        assert!(r.ok, "{org}: {:?}", codes(&r));
    }
    let r = report(&with(GOOD_FK, |v| v["employer"]["org_number"] = 5566778899u64.into()));
    assert_eq!(codes(&r), vec![("employer.org_number".into(), "org_number_format")]);
    let afa = report(
        r#"{"scheme":"afa_rehabiliteringsstod","reference":"R-1","lines":[{"date":"2026-02-10","measure":"Samtal","digital":false,"cost_ore":90000}]}"#,
    );
    assert_eq!(afa.problems.len(), 4);
    assert!(afa.problems.iter().all(|p| p.rule == "AFA-DOC-3" && p.severity == Severity::Error));
    assert!(check_json(r#"{"scheme":"fk_arbetsplatsinriktat","employer":{"name":"A","orgnr":"1"}}"#, today())
        .is_err_and(|e| e.path == "employer.orgnr"));
    assert!(check_json(r#"{"scheme":"fk_arbetsplatsinriktat","provider":"Friskvård"}"#, today())
        .is_err_and(|e| e.path == "provider"));
}

#[test]
fn the_parties_come_with_the_head_of_csv_lines_too() {
    let head = from_json(
        r#"{"scheme":"fk_arbetsplatsinriktat","employees":[{"name":"Anna Andersson","personnummer":"811218-9876"}]}"#,
    )
    .unwrap();
    let r =
        check_csv(&format!("{HEADER}\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500\n"), &head, today())
            .unwrap();
    assert_eq!(
        r.problems.iter().filter(|p| p.path.starts_with("employer") || p.path.starts_with("provider")).count(),
        4
    );
    assert!(csv(&format!("{HEADER}\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500\n")).ok);
}

// ---- files that cannot hurt ----------------------------------------------------------------

#[test]
fn formula_cells_are_written_as_text_and_read_back_unchanged() {
    // OWASP's list: = + - @, tab and carriage return; the review's examples among them.
    let cells = [
        "=HYPERLINK(\"http://example.invalid\",\"klicka\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "-2+3",
        "\tTab först",
        "\rCR först",
        "'=redan med apostrof",
        "''-två apostrofer",
        "'vanlig apostrof",
        "Stödsamtal = bra",
    ];
    let lines: Vec<rehabkollen::value::Value> = cells
        .iter()
        .map(|c| {
            let c = serde_json::Value::from(*c);
            from_json(&format!(
                r#"{{"date":{c},"measure":{c},"kind":{c},"performer":{c},"competence":{c},"cost_ore":"-5"}}"#
            ))
            .unwrap()
        })
        .collect();
    let text = write_csv(&lines).unwrap();
    for row in text.lines().skip(1) {
        for cell in row.split(';') {
            let cell = cell.trim_start_matches('"');
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "a spreadsheet would run {cell:?} in {row:?}");
        }
    }
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(text.contains(";'-5\r\n"), "a cost kept as text is written as text too: {text}");
    assert!(text.contains(";'vanlig apostrof;"), "a cell that is no formula is left alone: {text}");
    let read = read_csv(text.as_bytes(), None);
    assert!(read.problems.is_empty(), "{:?}", read.problems);
    assert_eq!(read.lines, lines);
}

#[test]
fn every_amount_a_form_holds_is_written_and_read_back() {
    for ore in [
        1u64,
        150_050,
        rehabkollen::money::MAX_ORE,
        rehabkollen::money::MAX_ORE + 1,
        rehabkollen_invoice::csv::MAX_WRITTEN_ORE,
    ] {
        let line = from_json(&format!(r#"{{"cost_ore":{ore}}}"#)).unwrap();
        let text = write_csv(std::slice::from_ref(&line)).unwrap();
        assert_eq!(read_csv(text.as_bytes(), None).lines, [line], "{ore}");
    }
}

fn utf16(text: &str, little_endian: bool, bom: bool) -> Vec<u8> {
    let units = bom.then_some(0xfeff).into_iter().chain(text.encode_utf16());
    units.flat_map(|u| if little_endian { u.to_le_bytes() } else { u.to_be_bytes() }).collect()
}

#[test]
fn a_utf16_file_is_read_as_utf16() {
    // Excel's "Unicode text": UTF-16LE with a byte-order mark, tab-separated.
    let text = "datum\tinsats\ttyp\tutförare\tkompetens\tkontrakterad\tkostnad\r\n2026-02-10\tStödsamtal 😀\tsupport_talks\tÅsa Öberg\tmedicine\tja\t1 500\r\n2026-02-11\tUppföljning\tsupport_talks\tÅsa Öberg\tmedicine\tja\t900\r\n";
    for (little_endian, bom) in [(true, true), (false, true), (true, false), (false, false)] {
        let bytes = utf16(text, little_endian, bom);
        let r = check_csv_bytes(&bytes, &from_json(HEAD).unwrap(), today()).unwrap();
        assert!(r.ok && r.problems.is_empty(), "{little_endian} {bom}: {:?}", codes(&r));
        assert_eq!((r.lines, r.total_ore), (2, 240_000));
        let read = read_csv(&bytes, Some(PAGE_MAX_LINES));
        assert_eq!(read.lines[0], from_json(r#"{"date":"2026-02-10","measure":"Stödsamtal 😀","kind":"support_talks","performer":"Åsa Öberg","competence":"medicine","contracted":true,"cost_ore":150000}"#).unwrap());
        assert_eq!(read.csv_lines, [2, 3]);
    }
    // A lone surrogate or a stray last byte is a replacement character, not a panic.
    let mut bytes = utf16("datum;insats\n2026-02-10;x", true, true);
    bytes.extend([0x00, 0xd8, 0x41]);
    let read = read_csv(&bytes, None);
    assert_eq!(read.lines[0], from_json("{\"date\":\"2026-02-10\",\"measure\":\"x\u{fffd}\u{fffd}\"}").unwrap());
}

#[test]
fn a_file_is_read_in_parts_with_its_progress_and_the_same_result() {
    use rehabkollen_invoice::csv::CsvReader;
    let mut text = String::from(HEADER);
    for i in 0..250 {
        text.push_str(&format!(
            "\n2026-02-10;Stödsamtal {i};support_talks;Eva Ek;medicine;{};1500",
            if i == 7 { "kanske" } else { "ja" }
        ));
    }
    let whole = read_csv(text.as_bytes(), Some(PAGE_MAX_LINES));
    let mut reader = CsvReader::new(text.clone().into_bytes(), Some(PAGE_MAX_LINES));
    let (mut lines, mut numbers, mut problems, mut parts, mut last) = (vec![], vec![], vec![], 0, 0);
    while !reader.done() {
        let part = reader.next(100);
        assert!(part.lines.len() <= 100);
        assert!(reader.position() >= last && reader.position() <= reader.len());
        last = reader.position();
        parts += 1;
        lines.extend(part.lines);
        numbers.extend(part.csv_lines);
        problems.extend(part.problems.into_iter().map(|p| (p.code, p.csv_line)));
    }
    assert_eq!(parts, 3, "250 rows in parts of 100");
    assert_eq!(reader.position(), reader.len());
    assert_eq!(lines, whole.lines);
    assert_eq!(numbers, whole.csv_lines);
    assert_eq!(problems, whole.problems.iter().map(|p| (p.code, p.csv_line)).collect::<Vec<_>>());
    assert_eq!(problems, [("csv_value", Some(9))]);
}

#[test]
fn a_file_over_the_limit_is_refused_as_soon_as_the_row_after_it_is_read() {
    use rehabkollen_invoice::csv::CsvReader;
    let mut text = String::from(HEADER);
    for _ in 0..5000 {
        text.push_str("\n2026-02-10;Stödsamtal;support_talks;Eva Ek;medicine;ja;1500");
    }
    let mut reader = CsvReader::new(text.into_bytes(), Some(PAGE_MAX_LINES));
    let mut read = 0;
    loop {
        let part = reader.next(400);
        if part.problems.iter().any(|p| p.code == "csv_too_many_lines") {
            assert!(part.lines.is_empty());
            break;
        }
        read += part.lines.len();
        assert!(!reader.done());
    }
    assert!(reader.done());
    assert_eq!(read, 800, "two parts of 400, then the third finds row 1 001");
    assert!(reader.position() < reader.len() / 4, "the rest of the file is not read");
}

#[test]
fn the_text_unknown_in_a_cell_is_written_and_read_back_unchanged() {
    // Found by fuzzing: a measure named "unknown" (a text like any other in a CSV) was read, then
    // left out when written, as if not answered.
    let csv = "datum;insats;typ;kostnad\r\n2026-02-10;unknown;unknown;unknown\r\n";
    let read = read_csv(csv.as_bytes(), None).lines;
    let text = write_csv(&read).unwrap();
    assert!(text.contains("2026-02-10;unknown;unknown;"), "{text}");
    assert_eq!(read_csv(text.as_bytes(), None).lines, read);
}

#[test]
fn any_text_in_any_cell_is_written_and_read_back_unchanged_and_never_starts_a_formula() {
    // Cells drawn from what breaks writers and spreadsheets: formula starts, apostrophes,
    // separators, quotes, line ends, spaces at either end, and letters.
    const ALPHABET: &[char] = &['=', '+', '-', '@', '\'', '\t', '\r', '\n', ';', ',', '"', ' ', 'a', 'Å', '1', '😀'];
    let mut g = Gen(11);
    for _ in 0..2000 {
        let cell = |g: &mut Gen| -> String {
            let len = 1 + g.next(6) as usize;
            (0..len).map(|_| ALPHABET[g.next(ALPHABET.len() as u64) as usize]).collect()
        };
        let fields: Vec<(String, String)> = ["date", "measure", "kind", "performer", "competence"]
            .iter()
            .map(|f| ((*f).to_owned(), cell(&mut g)))
            .collect();
        // A cell of spaces alone reads back as no cell; the rest must come back exactly.
        let fields: Vec<_> = fields.into_iter().filter(|(_, v)| !v.trim().is_empty()).collect();
        let json = serde_json::Value::Object(fields.iter().map(|(k, v)| (k.clone(), v.clone().into())).collect());
        let line = from_json(&json.to_string()).unwrap();
        let rehabkollen::value::Value::Obj(mut ordered) = line else { unreachable!() };
        ordered.sort_by_key(|(k, _)| rehabkollen_invoice::LINE_FIELDS.iter().position(|f| f == k));
        let line = rehabkollen::value::Value::Obj(ordered);
        let text = write_csv(std::slice::from_ref(&line)).unwrap();
        let row = text.split("\r\n").nth(1).unwrap();
        // No cell, quoted or not, may start with what a spreadsheet runs (Excel unquotes first).
        let mut cells = vec![String::new()];
        let mut in_quotes = false;
        let mut chars = row.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '"' if in_quotes && chars.peek() == Some(&'"') => {
                    chars.next();
                    cells.last_mut().unwrap().push('"');
                }
                '"' => in_quotes = !in_quotes,
                ';' if !in_quotes => cells.push(String::new()),
                c => cells.last_mut().unwrap().push(c),
            }
        }
        for c in &cells {
            assert!(!c.starts_with(['=', '+', '-', '@', '\t', '\r']), "a formula starts in {c:?} of {row:?}");
        }
        let read = read_csv(text.as_bytes(), None);
        assert_eq!(read.lines, std::slice::from_ref(&line), "{text:?}");
    }
}
