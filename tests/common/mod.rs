//! Shared by the test files: a small deterministic generator (xorshift) and generated answers
//! documents.
#![allow(dead_code)]

use rehabkollen::{Answers, Date};
use serde_json::{json, Map, Value};
use std::path::{Path, PathBuf};

pub struct Gen(pub u64);

impl Gen {
    /// A number in `0..n`.
    pub fn next(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n.max(1)
    }
}

/// Generating answers from proptest's seed.
pub trait Answering {
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str;
    fn date(&mut self) -> String;
    fn maybe(&mut self, m: &mut Map<String, Value>, key: &str, v: Value);
}

impl Answering for Gen {
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.next(xs.len() as u64) as usize]
    }
    fn date(&mut self) -> String {
        Date::from_days_since_epoch(Date::new(2009, 1, 1).unwrap().days_since_epoch() + self.next(20 * 366) as i64)
            .unwrap()
            .to_string()
    }
    /// Leaves a field out half the time; sometimes answers "unknown" or null.
    fn maybe(&mut self, m: &mut Map<String, Value>, key: &str, v: Value) {
        match self.next(8) {
            0..=3 => {}
            4 => {
                m.insert(key.into(), if self.next(2) == 0 { json!("unknown") } else { Value::Null });
            }
            _ => {
                m.insert(key.into(), v);
            }
        }
    }
}

pub const SECTORS: &[&str] =
    &["private", "cooperative", "municipality", "region", "church_of_sweden", "municipal_company", "state", "other"];
pub const KINDS: &[&str] = &[
    "support_talks",
    "kbt",
    "ipt",
    "assessment_talk",
    "stress_conflict_support",
    "work_supervision",
    "stress_management_course",
    "lifestyle_course",
    "retraining_course",
    "back_course",
    "lecture",
    "addiction_treatment",
    "investigate_ill_health",
    "investigate_work_needs",
    "return_to_work_plan",
    "adapt_workplace",
    "adapt_hours",
    "work_aids_purchase",
    "physiotherapy",
    "multimodal_rehab_1",
    "multimodal_rehab_2",
    "health_promotion",
    "salary_costs",
];

pub fn document(seed: u64, max_measures: u64) -> Answers {
    let doc = document_json(seed, max_measures);
    Answers::from_json(&doc).unwrap_or_else(|e| panic!("the generator made an invalid document ({e}): {doc}"))
}

/// [`document`] as JSON text.
pub fn document_json(seed: u64, max_measures: u64) -> String {
    let mut g = Gen(seed | 1);
    let b = |g: &mut Gen| json!(g.next(2) == 0);
    let mut employer = Map::new();
    let v = json!(g.pick(SECTORS));
    g.maybe(&mut employer, "sector", v);
    for k in ["ags_insurance", "medarbetaravtal"] {
        let v = b(&mut g);
        g.maybe(&mut employer, k, v);
    }
    let v = json!(g.next(3) * 10_000_000);
    g.maybe(&mut employer, "fk_ars_granted_this_year_ore", v);
    let mut person = Map::new();
    let v = json!(g.pick(&["employed", "efterskydd", "unemployed", "none"]));
    g.maybe(&mut person, "employment", v);
    let v = json!(g.pick(&["arbetare", "tjansteman"]));
    g.maybe(&mut person, "category", v);
    let v = json!(g.next(131));
    g.maybe(&mut person, "age", v);
    let v = json!(g.pick(&[
        "anxiety",
        "depression",
        "stress",
        "long_term_pain",
        "substance_misuse",
        "gambling",
        "other_mental",
        "other_physical"
    ]));
    g.maybe(&mut person, "condition", v);
    let v = json!(g.pick(&["reduced", "at_risk", "full"]));
    g.maybe(&mut person, "work_capacity", v);
    for k in [
        "rehab_need_documented",
        "work_capacity_prospect",
        "return_to_work_plan",
        "consent",
        "medical_assessment",
        "has_sgi",
        "insured_in_sweden",
        "doctor_certificate",
        "needs_work_rehab",
        "in_af_programme",
    ] {
        let v = b(&mut g);
        g.maybe(&mut person, k, v);
    }
    let v = json!(g.next(3) * 500_000);
    g.maybe(&mut person, "fk_ars_granted_this_year_ore", v);
    let provider = |g: &mut Gen| {
        let mut p = Map::new();
        for k in ["fk_approved", "ivo_permit", "knows_workplace", "contracted", "region_care"] {
            let v = json!(g.next(2) == 0);
            g.maybe(&mut p, k, v);
        }
        let v = json!(g.pick(&[
            "licensed_psychologist",
            "licensed_psychotherapist",
            "nurse",
            "behavioural_scientist",
            "ergonomist"
        ]));
        g.maybe(&mut p, "performer", v);
        let v = if g.next(3) == 0 { json!([]) } else { json!(["medicine"]) };
        g.maybe(&mut p, "competence", v);
        p
    };
    let top = provider(&mut g);
    let mut measures = Vec::new();
    for _ in 0..g.next(max_measures + 1) {
        let mut m = Map::new();
        let v = json!(g.pick(KINDS));
        g.maybe(&mut m, "kind", v);
        let cost = g.next(5_000_000);
        m.insert("cost_ore".into(), json!(cost));
        if g.next(4) == 0 {
            m.remove("cost_ore");
        }
        let v = json!(g.date());
        g.maybe(&mut m, "date", v);
        for k in [
            "individual",
            "package_price",
            "guideline_method",
            "evidence_based",
            "previous_work_investigated",
            "income_during",
            "completed",
        ] {
            let v = b(&mut g);
            g.maybe(&mut m, k, v);
        }
        let v = json!(g.pick(&["alcohol_drugs", "gambling"]));
        g.maybe(&mut m, "addiction", v);
        let v = json!(g.pick(&["inpatient", "outpatient", "talk"]));
        g.maybe(&mut m, "setting", v);
        for (k, n) in [("sessions", 30), ("weeks", 12), ("professions", 4)] {
            let v = json!(g.next(n));
            g.maybe(&mut m, k, v);
        }
        if m.contains_key("cost_ore") {
            let v = json!(g.next(cost + 1));
            g.maybe(&mut m, "other_payer_ore", v);
        }
        if g.next(5) == 0 {
            m.insert("provider".into(), Value::Object(provider(&mut g)));
        }
        measures.push(Value::Object(m));
    }
    let date = if g.next(6) == 0 { "2015-09-01".to_owned() } else { g.date() };
    json!({"date": date, "employer": employer, "person": person, "provider": top, "measures": measures}).to_string()
}

/// A fresh folder for one test's files; removed when the test ends.
pub struct Dir(PathBuf);

/// A fresh, empty folder named for the test file (`prefix`) and the test (`name`).
pub fn temp_dir(prefix: &str, name: &str) -> Dir {
    let d = std::env::temp_dir().join(format!("rk-{prefix}-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    Dir(d)
}

impl Drop for Dir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl std::ops::Deref for Dir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}
