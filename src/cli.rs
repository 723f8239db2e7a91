//! Command-line definitions (clap). `main` validates these into configurations and runs them.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(
    name = "timeliner",
    version,
    about = "Event timelines from dated news articles"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Build the timeline of one or more articles (files, folders, or - for standard input).
    Build(BuildArgs),
    /// Find and resolve temporal expressions only (the evaluation interface).
    Annotate(AnnotateArgs),
    /// Resolve one expression against a publication date and show why.
    Resolve(ResolveArgs),
    /// Run case tables (TSV/CSV) of expected values; prints failures, then "N passed, N failed".
    Check(CheckArgs),
    /// Score the annotator against gold TimeML files or gold JSON Lines (TempEval-3 measures).
    Eval(EvalArgs),
}

/// What the inputs are, when reading standard input (files are recognised by extension).
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputFormat {
    Txt,
    Md,
    Jsonl,
    Json,
    Csv,
    Tml,
}

#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or folders to read; - reads standard input.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
    /// Publication date for documents that carry none (ISO or English, e.g. "April 17, 2025").
    #[arg(long)]
    pub published: Option<String>,
    /// Format of standard input.
    #[arg(long, value_enum)]
    pub input_format: Option<InputFormat>,
    /// Print nothing on standard error but errors.
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildFormat {
    Csv,
    Json,
    Jsonl,
    Timeml,
    Dot,
    Html,
    Timelinejs,
}

#[derive(clap::Args, Debug)]
pub struct BuildArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output file, or a folder (one CSV and one JSON timeline per input document set).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// Output format (default: csv to standard output; csv and json into an output folder).
    /// timeml writes the annotated documents, one .tml file each, as `annotate` does.
    #[arg(long, short, value_enum)]
    pub format: Option<BuildFormat>,
    /// CSV for spreadsheets: UTF-8 byte order mark and CRLF line ends.
    #[arg(long)]
    pub excel: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnnotateFormat {
    Jsonl,
    Json,
    Timeml,
}

#[derive(clap::Args, Debug)]
pub struct AnnotateArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output file (default: standard output); for timeml with several documents, a folder
    /// (existing, or a path ending in /) that gets one <id>.tml per document.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
    /// jsonl: one object per line; json: one array of the same objects; timeml: the text with
    /// inline TIMEX3 tags.
    #[arg(long, short, value_enum, default_value = "jsonl")]
    pub format: AnnotateFormat,
    /// Worker threads (default: all cores).
    #[arg(long)]
    pub threads: Option<usize>,
}

#[derive(clap::Args, Debug)]
pub struct ResolveArgs {
    /// The expression, e.g. "last weekend".
    pub expression: String,
    /// The publication date the expression is resolved against.
    #[arg(long)]
    pub published: String,
    /// A sentence holding the expression, for its tense: --context "Trump said on Sunday".
    #[arg(long)]
    pub context: Option<String>,
    /// Show the interval, grain, rule and reason.
    #[arg(long)]
    pub explain: bool,
    /// Print JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum CheckFormat {
    Text,
    Junit,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    /// Case files (TSV or CSV with a header row).
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    #[arg(long, short, value_enum, default_value = "text")]
    pub format: CheckFormat,
}

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// Gold: a folder of TimeML files, one .tml file, or gold JSON Lines.
    pub gold: PathBuf,
    /// Score this system output (JSON Lines) instead of running the annotator.
    #[arg(long)]
    pub system: Option<PathBuf>,
    /// List every missed, spurious and wrongly valued expression with its context.
    #[arg(long)]
    pub errors: bool,
    /// Print the figures as JSON (the shape of score_timex.py --json).
    #[arg(long)]
    pub json: bool,
    /// Keep only these TIMEX3 types, e.g. DATE,TIME.
    #[arg(long)]
    pub types: Option<String>,
    /// Text output: add the per-document table.
    #[arg(long)]
    pub per_doc: bool,
}
