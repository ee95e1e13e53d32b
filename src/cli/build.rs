//! `handbook build`: builds the site into the output folder.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use std::io::IsTerminal;

use super::Verbosity;
use crate::build::{build_with_progress, BuildOptions, BuildReport};

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The folder to write the site into (replaced only when the build succeeds).
    #[arg(long, short, default_value = "public", value_name = "DIR")]
    pub out: PathBuf,
    /// Also build pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
    /// Make links end in `index.html`, so the site also works opened from disk or a USB stick.
    #[arg(long)]
    pub portable: bool,
}

/// Shows the stage being built on a terminal; nothing when output goes to a file or CI log.
fn with_progress(run: impl FnOnce(&dyn Fn(&'static str)) -> BuildReport) -> BuildReport {
    if !std::io::stderr().is_terminal() {
        return run(&|_| {});
    }
    let spinner = indicatif::ProgressBar::new_spinner();
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    let report = run(&|stage| spinner.set_message(format!("{stage}…")));
    spinner.finish_and_clear();
    report
}

pub fn run(root: PathBuf, args: BuildArgs, verbosity: Verbosity) -> ExitCode {
    let out = if args.out.is_absolute() { args.out.clone() } else { root.join(&args.out) };
    let options =
        BuildOptions { root, out: Some(out.clone()), drafts: args.drafts, portable: args.portable, editions: true };
    let report = with_progress(|on_stage| build_with_progress(&options, on_stage));
    super::print_report(&report);
    if report.succeeded && !verbosity.quiet {
        let _ = writeln!(
            std::io::stderr(),
            "Built {} pages ({} files) into {}.",
            report.pages,
            report.files,
            out.display()
        );
    }
    if verbosity.verbose {
        super::print_timings(&report);
    }
    if !report.succeeded {
        let _ = writeln!(std::io::stderr(), "Nothing was written; {} is unchanged.", out.display());
    }
    super::exit_code(&report)
}
