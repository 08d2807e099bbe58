//! `rehabkollen` — the command line around the core (docs/API.md §4).
//!
//! ```text
//! rehabkollen evaluate [FILE|-]     answers JSON in, outcome JSON out
//! rehabkollen questions [sv|en]     the question catalogue
//! rehabkollen rules [sv|en]         every rule with its text and sources (the registry)
//! rehabkollen check-invoice [FILE|-]                          an invoice basis (JSON) in, report out
//! rehabkollen check-invoice --csv FILE --scheme S [--employee-file F]
//!                                   invoice lines from CSV; F holds {"employees": [...], "reference": "..."}
//! rehabkollen texts [sv|en]        the page's text catalogue, by id
//! rehabkollen types                 the TypeScript types (www/rehabkollen-types.d.ts)
//! rehabkollen cases PATH...         run case files; last line "N passed, M failed"
//! rehabkollen version
//! ```
//! Exit status: 0 fine, 1 a case failed or the invoice basis has errors, 2 bad input or usage.

fn main() -> std::process::ExitCode {
    rehabkollen_cli::cli::main()
}
