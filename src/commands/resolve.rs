//! `timeliner resolve`. (stub)

use crate::cli::ResolveArgs;
use crate::error::{Error, Result};
use std::process::ExitCode;

pub fn run(_args: ResolveArgs) -> Result<ExitCode> {
    Err(Error::new("not built yet"))
}
