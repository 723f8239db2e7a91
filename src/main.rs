use clap::Parser;
use std::process::ExitCode;
use timeliner::cli::{Cli, Command};
use timeliner::commands;

// Building a timeline makes and frees millions of small strings and vectors on several
// threads; mimalloc does that for less than the system allocator (about a tenth of `build`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Output piped into a reader that stops early (`timeliner annotate ... | head`) should end the
/// program quietly, as it does other Unix tools, not as a panic or an error about the input.
#[cfg(unix)]
fn quiet_on_closed_pipe() {
    const SIGPIPE: i32 = 13;
    const SIG_DFL: usize = 0;
    unsafe extern "C" {
        fn signal(signum: i32, handler: usize) -> usize;
    }
    // SAFETY: restores the default disposition of one signal before any thread starts.
    unsafe {
        signal(SIGPIPE, SIG_DFL);
    }
}

#[cfg(not(unix))]
fn quiet_on_closed_pipe() {}

fn main() -> ExitCode {
    quiet_on_closed_pipe();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => commands::build::run(args),
        Command::Annotate(args) => commands::annotate::run(args),
        Command::Resolve(args) => commands::resolve::run(args),
        Command::Check(args) => commands::check::run(args),
        Command::Eval(args) => commands::eval::run(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("timeliner: error: {err}");
            ExitCode::from(2)
        }
    }
}
