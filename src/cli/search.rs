//! `handbook search`: runs a query against the tantivy index of the last build, ranked the
//! same way as the search page in the browser.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::Verbosity;
use crate::diagnostics::{render_human, Diagnostic, Style};
use crate::search::analyzer::Analyzer;
use crate::search::query;

#[derive(Debug, Args)]
pub struct SearchArgs {
    /// The output folder of the build to search (its index is kept beside it).
    #[arg(long, short, default_value = "public", value_name = "DIR")]
    pub out: PathBuf,
    /// The language whose pages to search, e.g. zh-Hans or en.
    #[arg(long, value_name = "LANG")]
    pub lang: String,
    /// Print `[{"url","title","score"}, …]`, best first.
    #[arg(long)]
    pub json: bool,
    /// How many results at most.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// What to search for.
    #[arg(required = true, value_name = "QUERY")]
    pub query: Vec<String>,
}

pub fn run(root: PathBuf, args: SearchArgs, verbosity: Verbosity) -> ExitCode {
    let out = if args.out.is_absolute() { args.out.clone() } else { root.join(&args.out) };
    let text = args.query.join(" ");
    if verbosity.verbose {
        print_query(&args.lang, &text);
    }
    match query::search(&out, &args.lang, &text, args.limit) {
        Ok(hits) if args.json => {
            let json = serde_json::to_string_pretty(&hits).unwrap_or_else(|_| "[]".to_owned());
            let _ = writeln!(std::io::stdout(), "{json}");
            ExitCode::SUCCESS
        }
        Ok(hits) => {
            let mut stdout = std::io::stdout().lock();
            if hits.is_empty() && !verbosity.quiet {
                let _ = writeln!(stdout, "No pages found for “{text}”.");
            }
            for (rank, hit) in hits.iter().enumerate() {
                let _ = writeln!(stdout, "{:>2}. {}\n    {}  ({:.3})", rank + 1, hit.title, hit.url, hit.score);
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            let _ = render_human(&[Diagnostic::error(message)], Style::Auto, &mut std::io::stderr());
            ExitCode::from(super::EXIT_CONTENT_ERRORS)
        }
    }
}

/// How the query was read: the terms each word became (`*` for the prefix of the word being
/// typed), so that an editor can see why a page is or is not found.
fn print_query(lang: &str, text: &str) {
    let groups = Analyzer::for_language(lang).query(text);
    let shown: Vec<String> = groups
        .iter()
        .map(|group| match (&group.exact, &group.prefix) {
            (Some(exact), Some(prefix)) if exact != prefix => format!("{exact} or {prefix}*"),
            (Some(_), Some(prefix)) | (None, Some(prefix)) => format!("{prefix}*"),
            (Some(exact), None) => exact.clone(),
            (None, None) => String::new(),
        })
        .collect();
    let _ = writeln!(std::io::stderr(), "Pages must contain each of: {}", shown.join(" · "));
}
