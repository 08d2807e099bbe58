//! The case-file runner (docs/API.md §5), one piece of code for `cargo test` and `rehabkollen cases`.
//!
//! Besides the contract's `expect` fields, a case may check: `amount_min_ore`, `payee`,
//! `deadlines` (per scheme, one date or null per measure), `reasons` (a rule id and the
//! `holds` value some reason with that id must have), `notes_include` and `notes_exclude` (note ids), `documents` (per scheme, a
//! document id and its `have` value),
//! `next_questions_first`, `error` (the path an invalid answers document must be refused at), and
//! from rules 2026.2 `documents_none` (scheme ids whose checklist must be empty), `deadline_passed` (per scheme, one bool per measure), `next_step` (per scheme,
//! the fields to compare, or null when it must be absent) and `combined` (the entries, each by
//! `index` with the fields to compare; `first` is the scheme whose deadline comes first).
//! From rules 2026.3: `note_measures` (per note id, the measures it is on), `reasons_exclude`
//! (rule ids no reason may have) and `because` (per scheme,
//! Swedish clauses that some reason of that scheme gives, as a page writes it after "eftersom":
//! the rule's clause for its `holds`, with the measure's kind filled in).
//! An optional `rules` list names the rules a case protects; each must appear in the outcome.

use rehabkollen::{Answers, Date};
use serde_json::Value as Json;
use std::path::{Path, PathBuf};

/// The result of one case.
pub struct CaseResult {
    pub file: PathBuf,
    pub name: String,
    pub failures: Vec<String>,
}

/// The day used for cases that give no `date` of their own.
pub fn fixed_today() -> Date {
    Date::new(2026, 3, 1).expect("a real date")
}

/// Every case file below the given paths, sorted within each folder: a file given is read as a
/// case file whatever its name; a folder is searched for `*.json`, through its subfolders.
/// A link to a folder is followed, unless it leads back to a folder it is in (a loop): that is
/// refused, with the link named, rather than followed until the path is too long.
pub fn collect(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| format!("{}: {}", p.display(), crate::out::file_problem(&e)))?;
        if meta.is_dir() {
            let mut within = vec![canonical(p)?];
            walk(p, &mut within, &mut files)?;
        } else {
            files.push(p.clone());
        }
    }
    Ok(files)
}

fn canonical(p: &Path) -> Result<PathBuf, String> {
    std::fs::canonicalize(p).map_err(|e| format!("{}: {}", p.display(), crate::out::file_problem(&e)))
}

/// The case files of folder `dir`; `within` holds the folders it is in, itself last, each as its real path.
fn walk(dir: &Path, within: &mut Vec<PathBuf>, files: &mut Vec<PathBuf>) -> Result<(), String> {
    let listed = |e: std::io::Error| format!("{}: cannot be listed ({})", dir.display(), crate::out::words(&e));
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(listed)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(listed)?;
    entries.sort();
    for p in entries {
        // A link that leads nowhere is no folder: left out like any file not named *.json.
        if p.is_dir() {
            let real = canonical(&p)?;
            if let Some(above) = within.iter().find(|w| **w == real) {
                return Err(format!(
                    "{}: links back to {}, a folder it is in; a loop is not followed",
                    p.display(),
                    above.display()
                ));
            }
            within.push(real);
            walk(&p, within, files)?;
            within.pop();
        } else if p.extension().is_some_and(|e| e == "json") {
            files.push(p);
        }
    }
    Ok(())
}

/// Runs every case in a file (one object, or an array of them).
pub fn run_file(path: &Path) -> Vec<CaseResult> {
    let fail =
        |why: String| vec![CaseResult { file: path.to_owned(), name: path.display().to_string(), failures: vec![why] }];
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => return fail(format!("cannot read: {e}")),
    };
    let json: Json = match serde_json::from_str(&text) {
        Ok(j) => j,
        Err(e) => return fail(format!("not JSON: {e}")),
    };
    let cases = match json {
        Json::Array(items) => items,
        other => vec![other],
    };
    cases
        .iter()
        .map(|c| CaseResult {
            file: path.to_owned(),
            name: c["name"].as_str().unwrap_or("(no name)").to_owned(),
            failures: check(c),
        })
        .collect()
}

/// What is wrong with one case's outcome; empty when it passes.
pub fn check(case: &Json) -> Vec<String> {
    let mut failures = Vec::new();
    let expect = &case["expect"];
    let answers = match Answers::from_json(&case["answers"].to_string()) {
        Ok(a) => a,
        Err(e) => {
            match expect["error"].as_str() {
                Some(path) if path == e.path => {}
                Some(path) => failures.push(format!("error at {:?}, expected at {path:?}: {e}", e.path)),
                None => failures.push(format!("answers refused: {e}")),
            }
            return failures;
        }
    };
    if let Some(path) = expect["error"].as_str() {
        return vec![format!("expected the answers to be refused at {path:?}, but they were accepted")];
    }
    let outcome = serde_json::to_value(rehabkollen::evaluate_explained(&answers, fixed_today()))
        .expect("the outcome always serializes");
    let scheme = |id: &str| {
        outcome["schemes"].as_array().and_then(|s| s.iter().find(|x| x["id"] == id)).cloned().unwrap_or(Json::Null)
    };
    let each = |key: &str| expect[key].as_object().cloned().unwrap_or_default();

    // Each expectation keyed by scheme id, and what it is compared with in that scheme's outcome.
    let checks: [Check; 8] = [
        ("schemes", "verdict", |s| s["verdict"].clone()),
        ("changes", "changes", changes),
        ("measures", "measures", |s| per_measure(s, "status")),
        ("amount_ore", "amount max", |s| s["amount_ore"]["max"].clone()),
        ("amount_min_ore", "amount min", |s| s["amount_ore"]["min"].clone()),
        ("payee", "payee", |s| s["payee"].clone()),
        ("deadlines", "deadlines", |s| per_measure(s, "deadline")),
        ("deadline_passed", "deadline_passed", |s| per_measure(s, "deadline_passed")),
    ];
    for (key, label, get) in checks {
        for (id, want) in each(key) {
            let got = get(&scheme(&id));
            if got != want {
                failures.push(format!("{id}: {label} {got}, expected {want}"));
            }
        }
    }
    for (id, docs) in each("documents") {
        let got = scheme(&id)["documents"].clone();
        for (doc, want) in docs.as_object().cloned().unwrap_or_default() {
            let have =
                got.as_array().and_then(|d| d.iter().find(|x| x["id"] == doc.as_str())).map(|d| d["have"].clone());
            if have.as_ref() != Some(&want) {
                failures.push(format!("{id}: document {doc} has {}, expected {want}", have.unwrap_or(Json::Null)));
            }
        }
    }
    for id in expect["documents_none"].as_array().cloned().unwrap_or_default() {
        let got = scheme(id.as_str().unwrap_or(""))["documents"].clone();
        if !matches!(got.as_array(), Some(d) if d.is_empty()) {
            failures.push(format!("{id}: documents {got}, expected none"));
        }
    }
    for (key, present) in [("missing_includes", true), ("missing_excludes", false)] {
        for (id, paths) in each(key) {
            let missing = scheme(&id)["missing"].clone();
            let missing = missing.as_array().cloned().unwrap_or_default();
            for p in paths.as_array().cloned().unwrap_or_default() {
                if missing.contains(&p) != present {
                    let verb = if present { "lacks" } else { "has" };
                    failures.push(format!("{id}: missing {verb} {p} (missing: {})", Json::Array(missing.clone())));
                }
            }
        }
    }
    for (id, want) in each("next_step") {
        let got = &scheme(&id)["next_step"];
        match want.as_object() {
            None if got.is_null() => {}
            None => failures.push(format!("{id}: next_step {got}, expected none")),
            Some(fields) => {
                for (k, v) in fields {
                    if &got[k] != v {
                        failures.push(format!("{id}: next_step.{k} {}, expected {v}", got[k]));
                    }
                }
            }
        }
    }
    if let Some(want) = expect["combined"].as_array() {
        let got = outcome["combined"].as_array().cloned().unwrap_or_default();
        if got.len() != want.len() {
            failures.push(format!("combined has {} entries, expected {}", got.len(), want.len()));
        }
        for w in want {
            let Some(g) = got.iter().find(|g| g["index"] == w["index"]) else {
                failures.push(format!("no combined entry for measure {}", w["index"]));
                continue;
            };
            for (k, v) in w.as_object().cloned().unwrap_or_default() {
                let have = if k == "first" { g["schemes"][0]["scheme"].clone() } else { g[&k].clone() };
                if have != v {
                    failures.push(format!("combined[{}].{k} {have}, expected {v}", w["index"]));
                }
            }
        }
    }
    let reasons = all_reasons(&outcome);
    for (rule, want) in each("reasons") {
        if !reasons.iter().any(|(id, holds)| *id == rule && *holds == want) {
            failures.push(format!("no reason {rule} with holds {want}"));
        }
    }
    for rule in expect["reasons_exclude"].as_array().cloned().unwrap_or_default() {
        if reasons.iter().any(|(id, _)| Json::String(id.clone()) == rule) {
            failures.push(format!("a reason {rule}, expected none"));
        }
    }
    for (id, want) in each("because") {
        let got = clauses(&scheme(&id));
        for w in want.as_array().cloned().unwrap_or_default() {
            if !got.iter().any(|g| Json::String(g.clone()) == w) {
                failures.push(format!("{id}: no reason says {w} (they say {got:?})"));
            }
        }
    }
    let mut named: Vec<String> = reasons.iter().map(|(id, _)| id.clone()).collect();
    for n in outcome["notes"].as_array().cloned().unwrap_or_default() {
        named.extend(
            n["rules"].as_array().cloned().unwrap_or_default().iter().filter_map(|r| r.as_str().map(str::to_owned)),
        );
        named.push(n["id"].as_str().unwrap_or("").to_owned());
    }
    for s in outcome["schemes"].as_array().cloned().unwrap_or_default() {
        named.extend(
            s["documents"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .filter_map(|d| d["rule"].as_str().map(str::to_owned)),
        );
        named.extend(
            s["next_step"]["rules"]
                .as_array()
                .cloned()
                .unwrap_or_default()
                .iter()
                .filter_map(|r| r.as_str().map(str::to_owned)),
        );
    }
    for c in outcome["combined"].as_array().cloned().unwrap_or_default() {
        named.extend(
            c["rules"].as_array().cloned().unwrap_or_default().iter().filter_map(|r| r.as_str().map(str::to_owned)),
        );
    }
    for rule in case["rules"].as_array().cloned().unwrap_or_default() {
        if !named.iter().any(|n| Json::String(n.clone()) == rule) {
            failures.push(format!("rule {rule} does not appear in the outcome"));
        }
    }
    for note in expect["notes_include"].as_array().cloned().unwrap_or_default() {
        if !named.iter().any(|n| Json::String(n.clone()) == note) {
            failures.push(format!("note {note} is not in the outcome"));
        }
    }
    for note in expect["notes_exclude"].as_array().cloned().unwrap_or_default() {
        if outcome["notes"].as_array().is_some_and(|n| n.iter().any(|x| x["id"] == note)) {
            failures.push(format!("note {note} is in the outcome, expected not"));
        }
    }
    for (id, want) in each("note_measures") {
        let note = outcome["notes"].as_array().and_then(|n| n.iter().find(|x| x["id"] == id.as_str())).cloned();
        let got = note.map(|n| n.get("measures").cloned().unwrap_or(Json::Array(Vec::new())));
        if got.as_ref() != Some(&want) {
            failures.push(format!("note {id} on measures {}, expected {want}", got.unwrap_or(Json::Null)));
        }
    }
    if let Some(want) = expect.get("next_questions_first") {
        let got = &outcome["next_questions"][0];
        if got != want {
            failures.push(format!("first next question {got}, expected {want}"));
        }
    }
    failures
}

/// An expectation's key, its label in a failure, and what it is compared with in a scheme's outcome.
type Check = (&'static str, &'static str, fn(&Json) -> Json);

/// A scheme's `changes` as a case file writes them: each set, verdict, amount and rules (the
/// rules' texts and sources aside).
fn changes(scheme: &Json) -> Json {
    let keep = |c: &Json| {
        let mut out = serde_json::Map::new();
        for key in ["set", "verdict", "amount_ore", "rules"] {
            out.insert(key.to_owned(), c[key].clone());
        }
        Json::Object(out)
    };
    Json::Array(scheme["changes"].as_array().map(|c| c.iter().map(keep).collect()).unwrap_or_default())
}

/// One field of every measure of a scheme's outcome, as a list.
fn per_measure(scheme: &Json, field: &str) -> Json {
    Json::Array(scheme["measures"].as_array().map(|m| m.iter().map(|x| x[field].clone()).collect()).unwrap_or_default())
}

/// The Swedish clause of every reason of a scheme that has one (`rule::Because::clause`).
fn clauses(scheme: &Json) -> Vec<String> {
    let of = |r: &Json, kind: Option<rehabkollen::choices::Kind>| {
        let rule = rehabkollen::explain::all_rules().find(|x| x.id == r["rule"].as_str().unwrap_or(""))?;
        let holds = match r["holds"].as_bool() {
            Some(true) => rehabkollen::tri::Tri::Yes,
            Some(false) => rehabkollen::tri::Tri::No,
            None => rehabkollen::tri::Tri::Unknown,
        };
        rule.because.as_ref()?.clause(holds, kind, rehabkollen::Lang::Sv)
    };
    let list = |v: &Json| v.as_array().cloned().unwrap_or_default();
    let mut out: Vec<String> = list(&scheme["reasons"]).iter().filter_map(|r| of(r, None)).collect();
    for m in list(&scheme["measures"]) {
        let kind = m["kind"].as_str().and_then(rehabkollen::choices::Kind::parse);
        out.extend(list(&m["reasons"]).iter().filter_map(|r| of(r, kind)));
    }
    out
}

fn all_reasons(outcome: &Json) -> Vec<(String, Json)> {
    let mut out = Vec::new();
    let mut add = |list: &Json| {
        for r in list.as_array().cloned().unwrap_or_default() {
            out.push((r["rule"].as_str().unwrap_or("").to_owned(), r["holds"].clone()));
        }
    };
    for s in outcome["schemes"].as_array().cloned().unwrap_or_default() {
        add(&s["reasons"]);
        for m in s["measures"].as_array().cloned().unwrap_or_default() {
            add(&m["reasons"]);
        }
    }
    out
}
