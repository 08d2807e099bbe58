//! `rehabkollen` — the command line around the core (docs/API.md §4).
//!
//! ```text
//! rehabkollen evaluate [FILE|-]     answers JSON in, outcome JSON out
//! rehabkollen evaluate --lines [FILE|-]   one answers document per line in, one outcome per line out
//! rehabkollen decide [FILE|-]       one answers document per line in, its decisions per line out
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
//! Exit status: 0 fine (also when standard output's reader has gone away); 1 a case failed, the
//! invoice basis has errors, or a JSON line was refused; 2 bad input or usage.

fn main() -> std::process::ExitCode {
    rehabkollen_cli::cli::main()
}
