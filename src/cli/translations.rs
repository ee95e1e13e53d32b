//! `handbook translations`: which pages are translated, stale, missing or not tracked, per
//! language; `--mark LANG PATH` records that a translation has caught up with its source.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use super::check::Format;
use super::Verbosity;
use crate::config::Config;
use crate::content;
use crate::diagnostics::{render_human, Diagnostic, Diagnostics, Style};
use crate::site::reading_order;
use crate::translations::{self, Status};

#[derive(Debug, Args)]
pub struct TranslationsArgs {
    #[arg(long, value_enum, default_value = "human")]
    pub format: Format,
    /// Record that the LANG translation of PATH (e.g. labor-rights/contracts.md) is up to date
    /// with its source, after a translator has caught up. PATH `all` marks every existing LANG
    /// translation: only after reviewing them all.
    #[arg(long, num_args = 2, value_names = ["LANG", "PATH"])]
    pub mark: Option<Vec<String>>,
}

pub fn run(root: PathBuf, args: TranslationsArgs, verbosity: Verbosity) -> ExitCode {
    let mut diagnostics = Diagnostics::new();
    let Some(config) = Config::load(&root, &mut diagnostics) else {
        return fail(diagnostics);
    };
    let content = content::load(&root, &config, true, &mut diagnostics);
    if diagnostics.has_errors() {
        return fail(diagnostics);
    }
    let order = reading_order(&content);
    if let Some(mark) = args.mark {
        return run_mark(&root, &config, &content, &order, &mark[0], &mark[1], verbosity);
    }
    let rows = translations::report(&content, &config, &order);
    match args.format {
        Format::Json => {
            let _ = writeln!(std::io::stdout(), "{}", serde_json::to_string_pretty(&rows).unwrap_or_default());
        }
        Format::Human => print_table(&config, &rows),
    }
    ExitCode::SUCCESS
}

fn print_table(config: &Config, rows: &[translations::Row]) {
    let mut out = std::io::stdout().lock();
    let width = rows.iter().map(|r| r.path.chars().count()).max().unwrap_or(4).max(4);
    let codes: Vec<&str> = config.language_codes().collect();
    let _ = write!(out, "{:width$}", "page");
    for code in &codes {
        let _ = write!(out, "  {code:<12}");
    }
    let _ = writeln!(out);
    for row in rows {
        let _ = write!(out, "{:width$}", row.path);
        for (_, status) in &row.languages {
            let _ = write!(out, "  {:<12}", status.label());
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out);
    for code in &codes {
        let count =
            |wanted: Status| rows.iter().filter(|r| r.languages.iter().any(|(c, s)| c == code && *s == wanted)).count();
        let _ = writeln!(
            out,
            "{code}: {} source, {} up to date, {} stale, {} missing, {} not tracked",
            count(Status::Source),
            count(Status::UpToDate),
            count(Status::Stale),
            count(Status::Missing),
            count(Status::NotTracked)
        );
    }
}

fn run_mark(
    root: &std::path::Path,
    config: &Config,
    content: &content::Content,
    order: &[usize],
    lang: &str,
    path: &str,
    verbosity: Verbosity,
) -> ExitCode {
    if config.language(lang).is_none() {
        return fail_with(Diagnostic::error(format!("`{lang}` is not one of the site's languages")));
    }
    let wanted = normalise(path, config);
    let mut marked = 0;
    for &id in order {
        let doc = &content.docs[id];
        let matches = wanted == "all" || doc.key == wanted || doc.key == format!("{wanted}/_index");
        if !matches {
            continue;
        }
        let (Some(source), Some(translation)) = (content::source_variant(doc, config), doc.variants.get(lang)) else {
            if wanted != "all" {
                return fail_with(Diagnostic::error(format!("`{path}` has no `{lang}` translation to mark")));
            }
            continue;
        };
        if source.lang == lang {
            continue;
        }
        let file = root.join(&translation.source.path);
        let fingerprint = translations::fingerprint(source.body());
        let updated = std::fs::read_to_string(&file).ok().and_then(|text| translations::mark(&text, &fingerprint));
        match updated.map(|text| std::fs::write(&file, text)) {
            Some(Ok(())) => marked += 1,
            _ => return fail_with(Diagnostic::error(format!("cannot update {}", translation.source.path))),
        }
    }
    if marked == 0 {
        return fail_with(
            Diagnostic::error(format!("no page `{path}` was found"))
                .hint("give the page's file under content/, e.g. labor-rights/contracts.md"),
        );
    }
    if !verbosity.quiet {
        let _ = writeln!(std::io::stderr(), "Marked {marked} `{lang}` translation(s) as up to date.");
    }
    ExitCode::SUCCESS
}

/// `content/labor-rights/contracts.en.md` → `labor-rights/contracts`.
fn normalise(path: &str, config: &Config) -> String {
    let path = path.trim_start_matches("./").trim_start_matches("content/").trim_end_matches('/');
    let stem = path.strip_suffix(".md").unwrap_or(path);
    match stem.rsplit_once('.') {
        Some((base, suffix)) if config.language(suffix).is_some() => base.to_owned(),
        _ => stem.to_owned(),
    }
}

fn fail(diagnostics: Diagnostics) -> ExitCode {
    let _ = render_human(&diagnostics.sorted(), Style::Auto, &mut std::io::stderr());
    ExitCode::from(super::EXIT_CONTENT_ERRORS)
}

fn fail_with(diagnostic: Diagnostic) -> ExitCode {
    let _ = render_human(&[diagnostic], Style::Auto, &mut std::io::stderr());
    ExitCode::from(super::EXIT_CONTENT_ERRORS)
}
