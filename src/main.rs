//! The command line: parses arguments and hands over to `handbook::cli`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use handbook::cli;

const EXAMPLES: &str = "\
Examples:
  handbook build                      build the handbook in this folder into public/
  handbook build --portable           output that also works opened from disk or a USB stick
  handbook serve                      preview on http://127.0.0.1:8000/ while you write
  handbook check                      find every mistake without writing anything
  handbook check --format json        the same, as JSON for CI
  handbook --root ~/my-handbook build build a handbook in another folder
  handbook search --lang en unpaid wages   search the last build, as readers would
  handbook translations               which translations are stale or missing
  handbook new my-handbook            start a new handbook

Exit codes: 0 success, 1 errors in the handbook's files, 2 wrong use of the command.";

/// Builds a multilingual, searchable workers' rights handbook from Markdown and YAML into a
/// static website that works on any host, on cheap phones, and offline.
#[derive(Debug, Parser)]
#[command(name = "handbook", version, about, after_help = EXAMPLES)]
struct Cli {
    /// The handbook folder (the one with handbook.yaml).
    #[arg(long, global = true, default_value = ".", value_name = "DIR")]
    root: PathBuf,
    #[command(flatten)]
    verbosity: cli::Verbosity,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default).
    #[command(after_help = "Example:\n  handbook build --out site --portable")]
    Build(cli::build::BuildArgs),
    /// Check content, links, anchors and UI strings without writing output.
    #[command(after_help = "Example:\n  handbook check --format json > problems.json")]
    Check(cli::check::CheckArgs),
    /// Preview while writing: serve on 127.0.0.1, rebuild on every change, reload the browser.
    #[command(after_help = "Example:\n  handbook serve --port 8000   then open http://127.0.0.1:8000/")]
    Serve(cli::serve::ServeArgs),
    /// Search the last build's index, ranked as the search page ranks.
    #[command(
        after_help = "Examples:\n  handbook search --lang zh-Hans 欠薪\n  handbook search --lang en --json unpaid wages"
    )]
    Search(cli::search::SearchArgs),
    /// Show which pages are translated, stale, missing or not tracked, per language.
    #[command(
        after_help = "Examples:\n  handbook translations\n  handbook translations --format json\n  handbook translations --mark en labor-rights/contracts.md"
    )]
    Translations(cli::translations::TranslationsArgs),
    /// Start a new handbook folder that builds as it is.
    #[command(after_help = "Example:\n  handbook new my-handbook && cd my-handbook && handbook build")]
    New(cli::new::NewArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build(args) => cli::build::run(cli.root, args, cli.verbosity),
        Command::Check(args) => cli::check::run(cli.root, args, cli.verbosity),
        Command::New(args) => cli::new::run(cli.root, args, cli.verbosity),
        Command::Search(args) => cli::search::run(cli.root, args, cli.verbosity),
        Command::Serve(args) => cli::serve::run(cli.root, args, cli.verbosity),
        Command::Translations(args) => cli::translations::run(cli.root, args, cli.verbosity),
    }
}
