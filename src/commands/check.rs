//! `timeliner check`. (stub)

use crate::cli::CheckArgs;
use crate::error::{Error, Result};
use std::process::ExitCode;

pub fn run(_args: CheckArgs) -> Result<ExitCode> {
    Err(Error::new("not built yet"))
}
