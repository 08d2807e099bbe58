//! # Rehabkollen
//!
//! Which Swedish rehabilitation support applies to a case, what is and is not reimbursable, how
//! much, by when, with which papers — and why, citing the source of every rule.
//!
//! ```
//! use rehabkollen::{evaluate_json, Date};
//! let answers = r#"{"date":"2026-03-01","person":{"has_sgi":false,"insured_in_sweden":true,
//!                   "doctor_certificate":true,"needs_work_rehab":true}}"#;
//! let outcome = evaluate_json(answers, Date::parse("2026-03-01").unwrap()).unwrap();
//! assert!(outcome.contains(r#""id":"fk_samordning","#));
//! ```
//!
//! The map of the crate, each layer importing only the layers above it:
//! - vocabulary: [`text`], [`tri`], [`money`], [`date`], [`value`], [`sources`], [`rule`] (a rule's
//!   id apart from its text), [`id`] (`SchemeId`), [`choices`] (answer values, kinds of measure),
//!   [`input`] (reading with error paths);
//! - [`table`]: the field table, one row per question — the answers' structs, their validation,
//!   the catalogue's facts, the places relevance sets; [`answers`]: the whole document;
//!   [`fields`]: places and candidate answers; [`catalogue`]: groups of kinds;
//! - [`judge`]: what rules are written with (`Ctx`, reasons, `SchemeResult`); [`shown`],
//!   [`notes`], [`next_step`]: what a result shows besides its decision;
//! - [`schemes`]: one module per scheme (rules, catalogue column, notes, documents, next step) and
//!   the registry `SCHEMES`; [`combined`]: AFA and FK on one measure;
//! - [`world`]: one scheme's decision kept up to date while a search fills answers in, and the
//!   cost model that bounds the searches;
//! - [`decide`]: the decision alone and `scope`; [`relevance`]: which open questions could still
//!   change a decision; [`outcome`]: the outcome with ids (what the page's wasm module returns);
//! - the explaining side, never linked into the page's module: [`explain`] (the outcome with its
//!   texts, docs/API.md §2), [`questions`] (the catalogue in one language), [`registry`] (every rule
//!   with its sources), [`texts`] (the page's text catalogue), [`types`] (the TypeScript types).
//!
//! The invoice checker, the WebAssembly bindings and the CLI are crates of their own
//! (`crates/invoice`, `crates/wasm`, `crates/provider-wasm`, `crates/cli`).

#![forbid(unsafe_code)]

pub mod answers;
pub mod catalogue;
pub mod changes;
pub mod choices;
pub mod combined;
pub mod date;
pub mod decide;
pub mod explain;
pub mod fields;
pub mod id;
pub mod input;
pub mod judge;
pub mod money;
pub mod next_step;
pub mod notes;
pub mod outcome;
pub mod questions;
pub mod registry;
pub mod relevance;
pub mod rule;
pub mod schemes;
pub mod shown;
pub mod sources;
pub mod table;
pub mod text;
pub mod texts;
pub mod tri;
pub mod types;
pub mod value;
pub mod world;

pub use answers::{Answers, InputError};
pub use date::Date;
pub use outcome::{evaluate, Outcome, RULES_VERSION};
pub use text::Lang;

/// The crate and rules versions (docs/API.md §3 `version()`).
#[derive(serde::Serialize)]
pub struct Version {
    pub rules_version: &'static str,
    pub crate_version: &'static str,
    pub sources_as_of: &'static str,
}

/// The crate and rules versions.
pub fn version() -> Version {
    Version {
        rules_version: RULES_VERSION,
        crate_version: env!("CARGO_PKG_VERSION"),
        sources_as_of: outcome::SOURCES_AS_OF,
    }
}

/// The outcome with its texts and sources (docs/API.md §2).
pub fn evaluate_explained(answers: &Answers, today: Date) -> Outcome {
    let mut outcome = evaluate(answers, today);
    explain::explain(&mut outcome);
    outcome
}

/// Evaluates an answers document given as JSON text; returns the explained outcome as JSON text.
pub fn evaluate_json(text: &str, today: Date) -> Result<String, InputError> {
    let answers = Answers::from_json(text)?;
    Ok(serde_json::to_string(&evaluate_explained(&answers, today)).expect("the outcome always serializes"))
}
