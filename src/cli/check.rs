//! `handbook check`: validates everything a build would, without writing anything.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, ValueEnum};

use super::Verbosity;
use crate::build::{build, BuildOptions};
use crate::diagnostics::to_json;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Format {
    /// For people.
    Human,
    /// JSON on standard output, for CI and other tools.
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Also check pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

pub fn run(root: PathBuf, args: CheckArgs, verbosity: Verbosity) -> ExitCode {
    let report = build(&BuildOptions { root, out: None, drafts: args.drafts, portable: false, editions: false });
    match args.format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&to_json(&report.diagnostics)).unwrap_or_else(|_| "[]".to_owned());
            let _ = writeln!(std::io::stdout(), "{json}");
        }
        Format::Human => {
            super::print_report(&report);
            if report.succeeded && !verbosity.quiet {
                let _ = writeln!(std::io::stderr(), "No errors: {} pages checked.", report.pages);
            }
            if verbosity.verbose {
                super::print_timings(&report);
            }
        }
    }
    super::exit_code(&report)
}
