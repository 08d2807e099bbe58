//! The command line's body and the case-file runner (native only); `src/main.rs` calls [`cli::main`].

pub mod cases;
pub mod cli;
pub mod lines;
pub mod out;
pub mod reuse;
