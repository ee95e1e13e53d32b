//! The commands, one file each. `main.rs` parses the command line and calls `run` here.

pub mod build;
pub mod check;
pub mod new;
pub mod search;
pub mod serve;
pub mod translations;

use std::io::Write;
use std::process::ExitCode;

use clap::Args;

use crate::build::BuildReport;
use crate::diagnostics::{render_human, Style};

/// How much every command prints, besides its results, errors and warnings.
#[derive(Debug, Clone, Copy, Default, Args)]
pub struct Verbosity {
    /// Print only results, errors and warnings: no progress or summary lines.
    #[arg(long, short, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print more: the time and peak memory of each build stage, how a search query was read.
    #[arg(long, short, global = true)]
    pub verbose: bool,
}

/// Prints how long each stage of a build took (for `--verbose`).
pub fn print_timings(report: &BuildReport) {
    let mut stderr = std::io::stderr().lock();
    for (stage, time, peak) in &report.timings {
        let peak = peak.map(|bytes| format!("   peak memory {:>4} MiB", bytes / (1024 * 1024)));
        let _ = writeln!(stderr, "  {stage:<9} {:>8.1} ms{}", time.as_secs_f64() * 1000.0, peak.unwrap_or_default());
    }
    if report.overlapped {
        let _ = writeln!(stderr, "  (index and export ran beside render)");
    }
}

/// Exit code for content errors (usage errors are 2, from clap).
pub const EXIT_CONTENT_ERRORS: u8 = 1;

/// Prints the diagnostics of a build for people, then a one-line summary.
pub fn print_report(report: &BuildReport) {
    let mut stderr = std::io::stderr().lock();
    let _ = render_human(&report.diagnostics, Style::Auto, &mut stderr);
    let errors = report.diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = report.diagnostics.len() - errors;
    if errors > 0 {
        let _ = writeln!(
            stderr,
            "{} found: fix {} and run again.",
            plural(errors, "error"),
            if errors == 1 { "it" } else { "them" }
        );
    }
    if warnings > 0 {
        let _ = writeln!(stderr, "{}.", plural(warnings, "warning"));
    }
}

pub fn exit_code(report: &BuildReport) -> ExitCode {
    if report.succeeded {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(EXIT_CONTENT_ERRORS)
    }
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("1 {word}")
    } else {
        format!("{count} {word}s")
    }
}
