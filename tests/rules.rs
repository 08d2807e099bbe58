//! Every rule id of the rules (docs/RULES.md; but the PNR-* ids of the invoice checker) is in the code, with
//! a reason in both languages and a source with its web address, and is named by at least one
//! case file; every source in every case file's outcome has its address.

use rehabkollen::explain::all_rules;

mod common;

/// The 65 ids of the rules of the four schemes and of combining them (rules 2026.3).
const RULE_IDS: &[&str] = &[
    "AFA-AMT-1",
    "AFA-AMT-2",
    "AFA-AMT-3",
    "AFA-COND-1",
    "AFA-COND-2",
    "AFA-COND-3",
    "AFA-CONF-1",
    "AFA-CONF-2",
    "AFA-COV-1",
    "AFA-COV-2",
    "AFA-COV-3",
    "AFA-COV-4",
    "AFA-COV-5",
    "AFA-DL-1",
    "AFA-DL-2",
    "AFA-DOC-1",
    "AFA-DOC-2",
    "AFA-DOC-3",
    "AFA-DOC-4",
    "AFA-EXCL-1",
    "AFA-EXCL-2",
    "AFA-MEAS-1",
    "AFA-MEAS-2",
    "AFA-MEAS-3",
    "AFA-MEAS-4",
    "AFA-MEAS-5",
    "AFA-MEAS-6",
    "AFA-MEAS-7",
    "AFA-NOTE-1",
    "AFA-NOTE-2",
    "AFA-NOTE-3",
    "FK-AMT-1",
    "FK-AMT-2",
    "FK-AMT-3",
    "FK-AMT-4",
    "FK-COND-1",
    "FK-COND-2",
    "FK-COND-3",
    "FK-COND-4",
    "FK-DL-1",
    "FK-DOC-1",
    "FK-EXCL-1",
    "FK-EXCL-2",
    "FK-INV-1",
    "FK-INV-2",
    "FK-MEAS-1",
    "FK-MEAS-2",
    "FK-REP-1",
    "RG-AMT-1",
    "RG-CARE-1",
    "RG-ELIG-1",
    "RG-ELIG-2",
    "RG-ELIG-3",
    "RG-ELIG-4",
    "RG-REP-1",
    "RG-SCOPE",
    "RG-TIME-1",
    "SAM-ELIG-1",
    "SAM-ELIG-2",
    "SAM-ELIG-3",
    "SAM-ELIG-4",
    "SAM-PTR-1",
    "SAM-PTR-2",
    "COMB-1",
    "COMB-2",
];

#[test]
fn there_are_65_rule_ids() {
    assert_eq!(RULE_IDS.len(), 65);
}

#[test]
fn every_rule_id_is_in_the_code_with_both_languages_and_a_source() {
    for id in RULE_IDS {
        let rule = all_rules().find(|r| r.id == *id).unwrap_or_else(|| panic!("{id} is not in the code"));
        assert!(!rule.text.sv.is_empty() && !rule.text.en.is_empty(), "{id} lacks a reason");
        assert!(
            rule.source.url.starts_with("https://") || rule.source.url.starts_with("http://"),
            "{id} lacks a web address"
        );
        assert!(!rule.source.section.is_empty(), "{id} lacks a section");
    }
}

/// With `holds`, a page says "uppfylls / uppfylls inte / vet ej ännu": that is true only of a
/// text that states a requirement, or (rules 2026.3) of one that plainly states what a scheme
/// does not pay for, its `holds` saying whether the measure is one of them. Amounts, pointers,
/// notes, conflicts and the combining rules only inform.
#[test]
fn rule_texts_are_requirements_or_plain_exclusions() {
    let informs = |id: &str| ["-AMT-", "-PTR-", "-NOTE-", "-CONF-", "COMB-"].iter().any(|k| id.contains(k));
    let excludes = |id: &str| id.contains("-EXCL-") || id == "RG-SCOPE";
    let has = |text: &str, words: &[&str]| text.split(|c: char| !c.is_alphanumeric()).any(|w| words.contains(&w));
    for r in all_rules().filter(|r| !informs(r.id)) {
        if excludes(r.id) {
            assert!(has(r.text.sv, &["inte"]) || r.text.sv.contains("upphörde"), "{}: {}", r.id, r.text.sv);
            assert!(has(r.text.en, &["not", "nothing"]) || r.text.en.contains("ended"), "{}: {}", r.id, r.text.en);
        } else {
            assert!(has(r.text.sv, &["ska", "får", "kräver", "krävs"]), "{}: {}", r.id, r.text.sv);
            assert!(has(r.text.en, &["must", "requires", "required"]), "{}: {}", r.id, r.text.en);
        }
    }
    let samordning = all_rules().find(|r| r.id == "SAM-ELIG-1").unwrap();
    assert_eq!(
        (samordning.text.sv, samordning.text.en),
        (
            "Personen ska sakna sjukpenninggrundande inkomst (SGI).",
            "The person must have no sickness-benefit-qualifying income (SGI)."
        )
    );
}

/// Negations in one sentence or clause of a text (split at `.`, `:`, `;` and `,`).
fn double_negatives(text: &str, words: &[&str]) -> Vec<String> {
    text.split(['.', ':', ';', ','])
        .filter(|clause| {
            clause
                .split(|c: char| !c.is_alphanumeric() && c != '\'')
                .filter(|w| words.contains(&w.to_lowercase().as_str()))
                .count()
                > 1
        })
        .map(str::to_owned)
        .collect()
}

/// Rules 2026.3: every requirement text and every clause reads plainly whether it holds or not —
/// no "Insatsen får inte vara något AFA inte ersätter".
#[test]
fn no_text_or_clause_has_a_double_negative() {
    let sv = ["inte", "ingen", "inget", "inga", "aldrig", "varken"];
    let en = ["not", "no", "never", "neither", "nothing", "don't", "doesn't"];
    assert_eq!(double_negatives("Insatsen får inte vara något AFA inte ersätter.", &sv).len(), 1);
    for r in all_rules() {
        let mut texts = vec![r.text];
        if let Some(b) = &r.because {
            texts.push(b.holds);
            texts.extend(b.fails);
            for (_, h, f) in b.kinds {
                texts.extend([*h, *f]);
            }
        }
        for t in texts {
            assert!(double_negatives(t.sv, &sv).is_empty(), "{}: {:?}", r.id, double_negatives(t.sv, &sv));
            assert!(double_negatives(t.en, &en).is_empty(), "{}: {:?}", r.id, double_negatives(t.en, &en));
        }
    }
}

#[test]
fn rule_ids_are_unique() {
    let mut ids: Vec<_> = all_rules().map(|r| r.id).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n);
}

#[test]
fn every_rule_id_is_named_by_a_case_file() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let all: String =
        std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    for id in RULE_IDS {
        assert!(all.contains(&format!("\"{id}\"")), "no case file names {id}");
    }
}

#[test]
fn seeds_are_cited_by_file_name_and_secondary_sources_say_so() {
    let secondary: Vec<_> = all_rules().filter(|r| r.source.secondary).map(|r| r.id).collect();
    assert_eq!(secondary, ["AFA-AMT-2", "FK-DL-1", "COMB-1", "COMB-2"]);
    for r in all_rules().filter(|r| r.source.secondary) {
        assert!(
            r.text.sv.contains("sekundär") && r.text.en.contains("secondary"),
            "{} must say its source is secondary",
            r.id
        );
    }
}

/// Every `source` object anywhere in an outcome, with where it was found.
fn sources(v: &serde_json::Value, at: &str, out: &mut Vec<(String, serde_json::Value)>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                let here = format!("{at}.{k}");
                if k == "source" {
                    out.push((here.clone(), x.clone()));
                }
                if k == "sources" {
                    out.extend(x.as_array().cloned().unwrap_or_default().into_iter().map(|s| (here.clone(), s)));
                }
                sources(x, &here, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                sources(x, &format!("{at}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn every_reason_in_every_case_file_outcome_has_a_url() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let files = rehabkollen_cli::cases::collect(&[dir]).unwrap();
    let (mut reasons, mut outcomes) = (0, 0);
    for f in &files {
        let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let Ok(answers) = rehabkollen::Answers::from_json(&case["answers"].to_string()) else { continue };
        let outcome =
            serde_json::to_value(rehabkollen::evaluate_explained(&answers, rehabkollen_cli::cases::fixed_today()))
                .unwrap();
        outcomes += 1;
        let mut found = Vec::new();
        sources(&outcome, "", &mut found);
        for (at, s) in &found {
            let url = s["url"].as_str().unwrap_or_else(|| panic!("{}: {at} has no url: {s}", f.display()));
            assert!(url.starts_with("https://") || url.starts_with("http://"), "{}: {at}: {url}", f.display());
        }
        reasons += found.iter().filter(|(at, _)| at.ends_with(".source")).count();
        for s in outcome["schemes"].as_array().unwrap() {
            if let Some(step) = s.get("next_step") {
                assert!(
                    step["url"].as_str().is_some_and(|u| u.starts_with("https://")),
                    "{}: {}",
                    f.display(),
                    s["id"]
                );
            }
        }
    }
    assert!(outcomes > 100 && reasons > 1000, "{outcomes} outcomes, {reasons} reasons: the walk must find them");
}

/// docs/RULES.md is the registry as `rehabkollen rules md` writes it: a rule's text or source changed
/// in the code shows in the reference, or this fails.
#[test]
fn the_rules_reference_in_docs_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/RULES.md");
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == rehabkollen::registry::markdown(),
        "docs/RULES.md is out of date: run `cargo run --release -- rules md > docs/RULES.md`"
    );
}

/// Rules 2026.3 (issue #25): every rule says, in both languages, what a page writes after
/// "eftersom" / "because" when it holds and — unless it only informs — when it does not.
#[test]
fn every_rule_has_its_clauses_in_both_languages() {
    let informs = |id: &str| {
        ["-AMT-", "-PTR-", "-NOTE-", "-CONF-", "-DOC-", "-INV-", "-REP-", "COMB-"].iter().any(|k| id.contains(k))
    };
    for r in all_rules() {
        let b = r.because.as_ref().unwrap_or_else(|| panic!("{} has no clauses", r.id));
        let informing = informs(r.id) && r.id != "RG-REP-1" && r.id != "FK-AMT-4";
        assert_eq!(b.fails.is_none(), informing, "{}: a rule that decides has a clause for when it fails", r.id);
        let mut clauses = vec![b.holds];
        clauses.extend(b.fails);
        for (kinds, h, f) in b.kinds {
            assert!(!kinds.is_empty(), "{}", r.id);
            clauses.extend([*h, *f]);
        }
        for c in clauses {
            assert!(!c.sv.is_empty() && !c.en.is_empty(), "{}", r.id);
            assert_eq!(c.sv.contains("{kind}"), c.en.contains("{kind}"), "{}: {c:?}", r.id);
            assert!(!c.sv.ends_with('.') && !c.en.ends_with('.'), "{}: a clause, not a sentence: {c:?}", r.id);
            assert!(c.sv.replace("{kind}", "").chars().all(|ch| ch != '{' && ch != '}'), "{}", r.id);
        }
    }
}

/// Each reason's clause is there and reads whole in the case: a rule that is not met has a
/// clause for it, and `{kind}` appears only where the measure's kind fills it in — on the
/// generated documents and every case file.
#[test]
fn every_reason_has_a_whole_clause() {
    use rehabkollen::tri::Tri;
    use rehabkollen::Lang;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut docs: Vec<rehabkollen::Answers> =
        (1..=300u64).map(|s| common::document(s.wrapping_mul(0x9E37_79B9), 4)).collect();
    for f in rehabkollen_cli::cases::collect(&[dir]).unwrap() {
        let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
        for c in case.as_array().cloned().unwrap_or_else(|| vec![case.clone()]) {
            if let Ok(a) = rehabkollen::Answers::from_json(&c["answers"].to_string()) {
                docs.push(a);
            }
        }
    }
    let mut checked = 0;
    for a in &docs {
        let date = a.date.unwrap_or(rehabkollen_cli::cases::fixed_today());
        for s in rehabkollen::outcome::judge(a, date) {
            let measures = s.measures.iter().zip(&a.measures).map(|(m, am)| (&m.reasons, am.kind));
            for (reasons, kind) in std::iter::once((&s.reasons, None)).chain(measures) {
                for r in reasons.iter().filter(|r| r.holds != Tri::Unknown) {
                    let rule = rehabkollen::explain::text_of(r.rule.id);
                    for lang in [Lang::Sv, Lang::En] {
                        let clause = rule.because.as_ref().unwrap().clause(r.holds, kind, lang);
                        let clause = clause.unwrap_or_else(|| panic!("{} {:?} has no clause", r.rule.id, r.holds));
                        assert!(!clause.contains('{'), "{}: {clause}", r.rule.id);
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked > 10_000, "{checked} clauses");
}

/// The English texts explain the Swedish terms they keep (issue #23): each text a page shows
/// alone that names one glosses it.
#[test]
fn english_texts_explain_the_swedish_terms_they_keep() {
    use rehabkollen::Lang;
    let terms: [(&[&str], &str); 6] = [
        (&["medarbetaravtal"], "collective agreement"),
        (&["arbetare"], "blue-collar"),
        (&["tjänsteman", "tjänstemän"], "salaried"),
        (&["efterskydd", "Efterskydd"], "continued cover"),
        (&["SGI"], "sickness-benefit-qualifying income"),
        (&["AGS", "AGS-KL"], "sickness insurance"),
    ];
    let words =
        |text: &str| text.split(|c: char| !c.is_alphanumeric() && c != '-').map(str::to_owned).collect::<Vec<_>>();
    let unexplained = std::cell::RefCell::new(Vec::new());
    let check = |what: &str, text: &str| {
        for (names, gloss) in terms {
            if words(text).iter().any(|w| names.contains(&w.as_str())) && !text.to_lowercase().contains(gloss) {
                unexplained.borrow_mut().push(format!("{what} names {} without \"{gloss}\": {text}", names[0]));
            }
        }
    };
    for r in all_rules() {
        check(r.id, r.text.en);
        let b = r.because.as_ref().unwrap();
        for c in std::iter::once(b.holds).chain(b.fails).chain(b.kinds.iter().flat_map(|(_, h, f)| [*h, *f])) {
            check(r.id, c.en);
        }
    }
    let catalogue = rehabkollen::questions::catalogue(Lang::En);
    for q in &catalogue.questions {
        // A question, its help and why are shown together; its message and actions alone.
        check(q.id, &format!("{} {} {} {}", q.text, q.help, q.why, q.find_out));
        check(q.id, q.required);
        for a in &q.actions {
            check(q.id, a.text);
        }
        for o in &q.options {
            check(q.id, o.label);
        }
    }
    for (n, _) in rehabkollen::explain::all_notes() {
        check(n.id, rehabkollen::explain::note_text(n.id).0.en);
    }
    for s in rehabkollen::explain::steps() {
        check(s.id, s.how.en);
    }
    for (id, text) in rehabkollen::explain::documents() {
        check(id, text.en);
    }
    let unexplained = unexplained.into_inner();
    assert!(unexplained.is_empty(), "{}", unexplained.join("\n"));
}

/// Whatever single actionable answer turns a scheme's "no" (rules.md §8, "What would change it"),
/// the catalogue says what to do to give it and who can: tried on generated documents with every
/// candidate answer of every actionable question.
#[test]
fn every_change_that_turns_a_no_is_an_action_the_catalogue_describes() {
    use rehabkollen::decide::decide_scheme;
    use rehabkollen::fields::{self, candidate_count, Place};
    use rehabkollen::judge::Ctx;
    use rehabkollen::questions::{Answer, QUESTIONS};
    use rehabkollen::table::{Given, TEXTS};
    use rehabkollen::tri::Tri;
    let mut turned = 0;
    for seed in 1..=400u64 {
        let a = common::document(seed.wrapping_mul(0xD6E8_FEB8_6659_FD93), 3);
        let date = a.date.unwrap_or(rehabkollen_cli::cases::fixed_today());
        let verdicts: Vec<Tri> = (0..4).map(|s| decide_scheme(s, &Ctx::new(&a, date)).verdict).collect();
        for (q, question) in QUESTIONS.iter().enumerate().filter(|(_, q)| q.actionable) {
            let places: Vec<Place> = if q >= fields::q::FIRST_MEASURE {
                (0..a.measures.len()).map(|i| Place::of(q, i)).collect()
            } else {
                vec![Place::top(q)]
            };
            for p in places {
                for c in 0..candidate_count(question) {
                    let mut b = a.clone();
                    fields::set(&mut b, p, c, date);
                    for s in (0..4).filter(|s| verdicts[*s] == Tri::No) {
                        if decide_scheme(s, &Ctx::new(&b, date)).verdict == Tri::No {
                            continue;
                        }
                        turned += 1;
                        let want = match question.answer {
                            Answer::Bool => Some(Given::Bool(c == 0)),
                            Answer::Choice(values) => Some(Given::Choice(values[c])),
                            _ => None,
                        };
                        assert!(
                            TEXTS[q].actions.iter().any(|x| x.value.is_none() || x.value == want),
                            "seed {seed}: {} = {want:?} turns scheme {s}, but no action says how",
                            question.id
                        );
                    }
                }
            }
        }
    }
    assert!(turned > 100, "only {turned} changes turned a verdict");
}
