//! `timeliner build`. (stub)

use crate::cli::BuildArgs;
use crate::error::{Error, Result};
use std::process::ExitCode;

pub fn run(_args: BuildArgs) -> Result<ExitCode> {
    Err(Error::new("not built yet"))
}
