//! The direct reader (`Answers::direct`, JSON text straight into the answers) against the
//! validating one (`Answers::from_value` on the tree): on every document the direct reader either
//! declines or gives exactly the answers the validating reader gives, and it never accepts what the
//! validating reader refuses. The documents: every case file's answers, generated realistic ones,
//! hostile ones, and each of those mutated at random (bytes, values, keys, members).

use proptest::prelude::*;
use rehabkollen::questions::QUESTIONS;
use rehabkollen::{Answers, InputError};
use std::sync::OnceLock;

mod common;
use common::{document_json, Gen};

/// The validating reader alone: the tree, then the field table's checks.
fn validating(text: &str) -> Result<Answers, InputError> {
    let v = rehabkollen::value::from_json(text)
        .map_err(|e| rehabkollen::input::err("", format!("not valid JSON: {e}"), format!("inte giltig JSON: {e}")))?;
    Answers::from_value(&v)
}

/// Checks one document; says whether the direct reader took it.
fn same(text: &str) -> bool {
    let checked = validating(text);
    let direct = Answers::direct(text);
    if let Some(a) = &direct {
        match &checked {
            Ok(b) => assert_eq!(a, b, "the direct reader read otherwise: {text}"),
            Err(e) => panic!("the direct reader took a document refused with {e}: {text}"),
        }
    }
    // `from_json` (the direct reader, then the validating one) gives what the validating one gives.
    match (Answers::from_json(text), checked) {
        (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
        (Err(e), Err(f)) => assert_eq!(e, f, "{text}"),
        (a, b) => panic!("from_json gave {a:?}, the validating reader {b:?}: {text}"),
    }
    direct.is_some()
}

/// The answers of every case file, compact and spread over lines.
fn cases() -> &'static [String] {
    static CASES: OnceLock<Vec<String>> = OnceLock::new();
    CASES.get_or_init(read_cases)
}

fn read_cases() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        let file: serde_json::Value = serde_json::from_str(&text).unwrap();
        let cases = match file {
            serde_json::Value::Array(cases) => cases,
            case => vec![case],
        };
        for case in cases {
            out.push(case["answers"].to_string());
            out.push(serde_json::to_string_pretty(&case["answers"]).unwrap());
        }
    }
    assert!(out.len() > 200, "{} case documents", out.len());
    out
}

/// Documents written by hand: every kind of field, and what the direct reader leaves to the other.
fn written() -> &'static [String] {
    static WRITTEN: OnceLock<Vec<String>> = OnceLock::new();
    WRITTEN.get_or_init(write)
}

fn write() -> Vec<String> {
    let mut docs: Vec<String> = [
        r#"{}"#,
        " \t\r\n{ } \n",
        r#"{"date":null,"employer":"unknown","person":null,"provider":"unknown","measures":null,"scope":"unknown"}"#,
        r#"{"scope":[]}"#,
        r#"{"scope":["fk_arbetsplatsinriktat","afa_rehabiliteringsstod"]}"#,
        r#"{"scope":["fk_samordning","fk_samordning"]}"#,
        r#"{"scope":["afa"]}"#,
        r#"{"scope":[null]}"#,
        r#"{"provider":{"competence":["medicine","medicine","ergonomics"]}}"#,
        r#"{"provider":{"competence":[]}}"#,
        r#"{"provider":{"competence":"unknown"}}"#,
        r#"{"provider":{"competence":["unknown"]}}"#,
        r#"{"provider":{"competence":["medicine","medicine","medicine","medicine","medicine","medicine","medicine","medicine","medicine","medicine","medicine","medicine"]}}"#,
        r#"{"measures":[{"provider":{"performer":"nurse","competence":["medicine"]},"kind":"kbt"}]}"#,
        r#"{"measures":[{"provider":null},{"provider":"unknown"},{}]}"#,
        r#"{"measures":[{"provider":{},"provider":{}}]}"#,
        r#"{"measures":[{"provider":{"kind":"kbt"}}]}"#,
        r#"{"measures":[{"cost_ore":100,"other_payer_ore":100}]}"#,
        r#"{"measures":[{"cost_ore":100,"other_payer_ore":101}]}"#,
        r#"{"measures":[{"other_payer_ore":101}]}"#,
        r#"{"measures":[{"cost_ore":1000000000000},{"cost_ore":1000000000001}]}"#,
        r#"{"measures":[{"cost_ore":0},{"cost_ore":00}]}"#,
        r#"{"measures":[{"cost_ore":-0}]}"#,
        r#"{"measures":[{"cost_ore":1.0}]}"#,
        r#"{"measures":[{"cost_ore":1e3}]}"#,
        r#"{"measures":[{"cost_ore":1E3}]}"#,
        r#"{"measures":[{"cost_ore":999999999999999}]}"#,
        r#"{"measures":[{"sessions":9999999999999999}]}"#,
        r#"{"measures":[{"sessions":1000},{"sessions":1001},{"weeks":520},{"weeks":521}]}"#,
        r#"{"measures":[{"cost_ore":18446744073709551616}]}"#,
        r#"{"measures":[null]}"#,
        r#"{"measures":[[]]}"#,
        r#"{"measures":{}}"#,
        r#"{"measures":[{},]}"#,
        r#"{"person":{"age":130,"has_sgi":false,"consent":"unknown","condition":null}}"#,
        r#"{"person":{"age":131}}"#,
        r#"{"person":{"age":"40"}}"#,
        r#"{"person":{"age":40,"age":40}}"#,
        r#"{"person":{"age":null,"age":40}}"#,
        r#"{"person":{"sector":"private"}}"#,
        r#"{"employer":{"fk_ars_granted_this_year_ore":5},"person":{"fk_ars_granted_this_year_ore":7}}"#,
        r#"{"employer":{"sector":"private"},"employer":{}}"#,
        r#"{"employer":{"sector":"priv\u0061te"}}"#,
        r#"{"employer":{"sect\u006fr":"private"}}"#,
        r#"{"employer":{"sector":"unkn\u006fwn"}}"#,
        r#"{"employer":{"sector":"Unknown"}}"#,
        r#"{"employer":{"sector":"private\u0000"}}"#,
        "{\"employer\":{\"sector\":\"priv\u{1}ate\"}}",
        "{\"employer\":{\"sector\":\"private\"}}\u{a0}",
        "\u{feff}{}",
        r#"{"employer":{"ags_insurance":truex}}"#,
        r#"{"employer":{"ags_insurance":True}}"#,
        r#"{"employer":{"ags_insurance":nul}}"#,
        r#"{"employer":{"ags_insurance":1}}"#,
        r#"{"date":"2026-02-29"}"#,
        r#"{"date":"2024-02-29"}"#,
        r#"{"date":"0001-01-01","measures":[{"date":"9999-12-31"}]}"#,
        r#"{"date":"2026-3-01"}"#,
        r#"{"date":20260301}"#,
        r#"{"__proto__":{}}"#,
        r#"{"a":1}"#,
        r#"{"date":"2026-03-01"} {}"#,
        r#"{"date":"2026-03-01"}x"#,
        r#"{"date":"2026-03-01""#,
        r#"{"date" "2026-03-01"}"#,
        r#"{"date":"2026-03-01",}"#,
        r#"{,"date":"2026-03-01"}"#,
        r#"{date:"2026-03-01"}"#,
        "[]",
        "null",
        "\"unknown\"",
        "42",
        "",
        "   ",
        r#"{"employer":{"sector":"🏳️‍🌈"}}"#,
        r#"{"employer":{"sector":"ｐｒｉｖａｔｅ"}}"#,
        r#"{"ｄａｔｅ":"2026-03-01"}"#,
    ]
    .map(str::to_owned)
    .to_vec();
    docs.push(format!(r#"{{"measures":[{}]}}"#, vec![r#"{"kind":"kbt"}"#; 500].join(",")));
    docs.push(format!(r#"{{"measures":[{}]}}"#, vec!["{}"; 501].join(",")));
    docs.push(format!(r#"{{"person":{}{}}}"#, "[".repeat(1000), "]".repeat(1000)));
    docs.push(format!("{}{}", r#"{"a":"#.repeat(40), "}".repeat(40)));
    docs.push(format!(r#"{{"employer":{{"sector":"{}"}}}}"#, "x".repeat(1 << 16)));
    docs.push(format!(r#"{{"{}":1}}"#, "x".repeat(1 << 16)));
    docs
}

#[test]
fn every_case_file_and_written_document_reads_the_same_both_ways() {
    let (mut taken, mut all) = (0, 0);
    for doc in cases().iter().chain(written()) {
        taken += usize::from(same(doc));
        all += 1;
    }
    // Most are plain and valid: the direct reader is the one that reads them.
    assert!(taken * 2 > all, "the direct reader took {taken} of {all}");
}

#[test]
fn generated_documents_are_read_directly_and_the_same() {
    for seed in 0..2_000 {
        let doc = document_json(seed, 8);
        assert!(same(&doc), "a plain valid document declined: {doc}");
        let spread = serde_json::to_string_pretty(&serde_json::from_str::<serde_json::Value>(&doc).unwrap()).unwrap();
        assert!(same(&spread), "a plain valid document declined: {spread}");
    }
}

/// Values a mutation puts in place of another: every kind the readers tell apart, and the edges.
const VALUES: &[&str] = &[
    "null",
    "\"unknown\"",
    "\"Unknown\"",
    "true",
    "false",
    "0",
    "-0",
    "1",
    "-1",
    "1.0",
    "1.5",
    "1e3",
    "0e0",
    "00",
    "130",
    "131",
    "520",
    "1000",
    "1001",
    "1000000000000",
    "1000000000001",
    "999999999999999",
    "9999999999999999",
    "18446744073709551616",
    "1e400",
    "\"\"",
    "\"2026-03-01\"",
    "\"2024-02-29\"",
    "\"2026-02-29\"",
    "\"kbt\"",
    "\"private\"",
    "\"medicine\"",
    "\"nurse\"",
    "\"fk_samordning\"",
    "\"x\\\"y\"",
    "\"\\u0061\"",
    "[]",
    "[\"medicine\",\"medicine\"]",
    "[\"fk_samordning\"]",
    "[null]",
    "[{}]",
    "{}",
    "{\"kind\":\"kbt\"}",
];

/// Keys a mutation puts in place of another: every field of the table, the document's own, and
/// near misses.
fn keys() -> Vec<String> {
    let mut keys: Vec<String> = QUESTIONS.iter().map(|q| q.field.to_owned()).collect();
    keys.extend(
        ["date", "employer", "person", "provider", "measures", "scope", "", "Date", "age ", "__proto__"]
            .map(str::to_owned),
    );
    keys
}

/// One random change of `doc`, kept valid UTF-8.
fn mutate(doc: &str, g: &mut Gen, keys: &[String]) -> String {
    let at = |g: &mut Gen, s: &str| {
        let mut i = g.next(s.len() as u64 + 1) as usize;
        while !s.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    // The places just after a `:` (a value starts) and just after a `"` that opens a key.
    let after = |s: &str, c: char| s.match_indices(c).map(|(i, _)| i + 1).collect::<Vec<_>>();
    match g.next(7) {
        // A byte less.
        0 => {
            let i = at(g, doc);
            let mut s = doc.to_owned();
            if i < s.len() {
                s.remove(i);
            }
            s
        }
        // A character more.
        1 => {
            let chars =
                ['"', '\\', '{', '}', '[', ']', ',', ':', ' ', '0', '9', '-', '.', 'e', 'n', '\n', '\u{1}', 'å'];
            let mut s = doc.to_owned();
            s.insert(at(g, doc), chars[g.next(chars.len() as u64) as usize]);
            s
        }
        // A value replaced (up to the next `,`, `}` or `]`).
        2 | 3 => {
            let starts = after(doc, ':');
            if starts.is_empty() {
                return doc.to_owned();
            }
            let i = starts[g.next(starts.len() as u64) as usize];
            let end = doc[i..].find([',', '}', ']']).map_or(doc.len(), |e| i + e);
            format!("{}{}{}", &doc[..i], VALUES[g.next(VALUES.len() as u64) as usize], &doc[end..])
        }
        // A key replaced.
        4 => {
            let starts: Vec<usize> = after(doc, '"')
                .into_iter()
                .filter(|&i| doc[i..].find('"').is_some_and(|e| doc[i + e + 1..].starts_with(':')))
                .collect();
            if starts.is_empty() {
                return doc.to_owned();
            }
            let i = starts[g.next(starts.len() as u64) as usize];
            let end = i + doc[i..].find('"').unwrap();
            format!("{}{}{}", &doc[..i], keys[g.next(keys.len() as u64) as usize], &doc[end..])
        }
        // A member given twice (the text from a key to the next `,`).
        5 => {
            let starts: Vec<usize> = doc.match_indices(",\"").map(|(i, _)| i + 1).collect();
            if starts.is_empty() {
                return doc.to_owned();
            }
            let i = starts[g.next(starts.len() as u64) as usize];
            let end = doc[i..].find(',').map_or(doc.len(), |e| i + e);
            format!("{}{},{}", &doc[..i], &doc[i..end], &doc[i..])
        }
        // Cut short.
        _ => doc[..at(g, doc)].to_owned(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    /// A document (a generated, a case file's or a written one) changed one to four times at
    /// random reads the same both ways.
    #[test]
    fn mutated_documents_read_the_same_both_ways(seed in any::<u64>()) {
        let mut g = Gen(seed | 1);
        let keys = keys();
        let mut doc = match g.next(3) {
            0 => document_json(seed, 3),
            1 => cases()[g.next(cases().len() as u64) as usize].clone(),
            // Not the last six, which are large.
            _ => written()[g.next(written().len() as u64 - 6) as usize].clone(),
        };
        for _ in 0..=g.next(4) {
            doc = mutate(&doc, &mut g, &keys);
            same(&doc);
        }
    }
}
