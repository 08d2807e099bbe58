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
//! The map of the crate:
//! - [`answers`]: the answers document, validated (docs/API.md §1);
//! - [`tri`]: Yes / No / Unknown; [`money`]: öre; [`date`]: a civil date;
//! - [`schemes`]: one module per scheme, each rule next to its source;
//!   [`catalogue`]: which scheme pays for which kind of measure;
//! - [`decide`]: the decision alone (verdicts, statuses, amounts) and `scope`;
//! - [`relevance`]: which open questions could still change a decision (rules 2026.2), over
//!   [`fields`]: where each answer lives and the candidate answers tried;
//! - [`outcome`]: the outcome assembled: decisions with reasons, relevance, next steps (docs/API.md §2);
//! - [`questions`]: the question catalogue the page renders; [`notes`]: conflicts and pointers;
//! - [`next_step`], [`combined`], [`shown`]: what to do now, two schemes on one cost, and what a
//!   result shows besides its decision (rules 2026.2); [`registry`]: every rule and its sources;
//! - [`cases`]: the case-file runner used by `cargo test` and the CLI (docs/API.md §5).
//!
//! The core has no WebAssembly imports; `wasm.rs` (wasm32 only) and `src/bin/` only translate.

#![forbid(unsafe_code)]

pub mod answers;
#[cfg(not(target_arch = "wasm32"))]
pub mod cases;
pub mod catalogue;
pub mod combined;
pub mod date;
pub mod decide;
pub mod fields;
#[cfg(not(feature = "page"))]
pub mod invoice;
pub mod money;
pub mod next_step;
pub mod notes;
pub mod outcome;
#[cfg(not(feature = "page"))]
pub mod pnr;
pub mod questions;
#[cfg(not(feature = "page"))]
pub mod registry;
pub mod relevance;
pub mod schemes;
pub mod shown;
pub mod sources;
pub mod text;
#[cfg(not(feature = "page"))]
pub mod texts;
pub mod tri;
pub mod value;
/// The WebAssembly exports (wasm32 only), public so `tests/web.rs` can call them.
#[cfg(all(target_arch = "wasm32", not(feature = "page")))]
pub mod wasm_api {
    pub use crate::wasm::{
        check_invoice, check_invoice_csv, decide, evaluate, questions, read_invoice_csv, rules, version,
    };
}
#[cfg(target_arch = "wasm32")]
mod wasm;

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

/// Evaluates an answers document given as JSON text; returns the outcome as JSON text.
#[cfg(not(target_arch = "wasm32"))]
pub fn evaluate_json(text: &str, today: Date) -> Result<String, InputError> {
    let answers = Answers::from_json(text)?;
    Ok(serde_json::to_string(&evaluate(&answers, today)).expect("the outcome always serializes"))
}
