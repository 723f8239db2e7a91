//! `timeliner annotate`. (stub)

use crate::cli::AnnotateArgs;
use crate::error::{Error, Result};
use std::process::ExitCode;

pub fn run(_args: AnnotateArgs) -> Result<ExitCode> {
    Err(Error::new("not built yet"))
}
