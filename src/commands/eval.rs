//! `timeliner eval`. (stub)

use crate::cli::EvalArgs;
use crate::error::{Error, Result};
use std::process::ExitCode;

pub fn run(_args: EvalArgs) -> Result<ExitCode> {
    Err(Error::new("not built yet"))
}
