//! The command line: parses arguments and hands over to `handbook::cli`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use handbook::cli;

// A build makes and drops many small strings on every core: mimalloc spends about a fifth
// less CPU on that than glibc's malloc (bench/build.py).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
    keep_memory_tight();
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

/// Keeps a build's resident memory near what it uses (bench/build.py: 130 -> 100 MiB at
/// 2,000 pages, at no cost in time). Transparent huge pages would grow it in 2 MiB steps for
/// no gain in a process that lives a second; mimalloc's purge delay (a second) would hold on
/// to what one stage freed while the next allocates.
fn keep_memory_tight() {
    #[cfg(target_os = "linux")]
    let _ = rustix::thread::disable_transparent_huge_pages(true);
    // SAFETY: sets a number that mimalloc reads when it purges; no memory is touched.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) };
}

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_e` (mimalloc.h): libmimalloc-sys names
/// only the options whose numbers did not change from mimalloc 2.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

#[cfg(test)]
mod tests {
    #[test]
    fn the_purge_delay_option_is_the_one_set() {
        // Its default in mimalloc 3 (src/options.c), which no neighbouring option has.
        assert_eq!(unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) }, 1000);
    }
}
