//! One module per subcommand; each turns its arguments into work and an exit code.

pub mod annotate;
pub mod build;
pub mod check;
pub mod eval;
mod inputs;
pub mod resolve;
mod sinks;
