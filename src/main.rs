use clap::Parser;
use std::process::ExitCode;
use timeliner::cli::{Cli, Command};
use timeliner::commands;

// Building a timeline makes and frees millions of small strings and vectors on several
// threads; mimalloc does that for less than the system allocator (about a tenth of `build`).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
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
