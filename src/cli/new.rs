//! `handbook new NAME`: starts a handbook folder that builds and checks clean as it is.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use super::Verbosity;
use crate::diagnostics::{render_human, Diagnostic, Style};

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The folder to create (it must not exist, or be empty).
    pub name: PathBuf,
}

macro_rules! starter {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!("starter/", $path)))),*]
    };
}

/// The files of a new handbook. The default theme is built in, so none is copied.
const STARTER: &[(&str, &str)] = starter!(
    "handbook.yaml",
    "content/_index.md",
    "content/_index.zh-Hans.md",
    "content/your-rights/_index.md",
    "content/your-rights/_index.zh-Hans.md",
    "content/your-rights/contracts.md",
    "content/your-rights/contracts.zh-Hans.md",
    "content/your-rights/unpaid-wages.md",
    "content/offices/_regions.yaml",
    "content/offices/_services.yaml",
    "content/offices/capital.yaml",
);

pub fn run(root: PathBuf, args: NewArgs, verbosity: Verbosity) -> ExitCode {
    let target = if args.name.is_absolute() { args.name.clone() } else { root.join(&args.name) };
    match create(&target) {
        Ok(()) if verbosity.quiet => ExitCode::SUCCESS,
        Ok(()) => {
            let _ = writeln!(
                std::io::stderr(),
                "Created a new handbook in {}.\nNext: cd {} && handbook build",
                target.display(),
                args.name.display()
            );
            ExitCode::SUCCESS
        }
        Err(diagnostic) => {
            let _ = render_human(&[diagnostic], Style::Auto, &mut std::io::stderr());
            ExitCode::from(super::EXIT_CONTENT_ERRORS)
        }
    }
}

fn create(target: &Path) -> Result<(), Diagnostic> {
    let not_empty = std::fs::read_dir(target).map(|mut entries| entries.next().is_some()).unwrap_or(false);
    if not_empty {
        return Err(Diagnostic::error(format!("{} already exists and is not empty", target.display()))
            .hint("choose a new folder name; nothing was changed"));
    }
    // The example offices were "verified" today, so that a new handbook checks clean.
    let today = crate::text::Date::today().to_string();
    for (path, text) in STARTER {
        let file = target.join(path);
        let text = text.replace("{{today}}", &today);
        let written = file.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|()| std::fs::write(&file, text));
        if let Err(error) = written {
            return Err(Diagnostic::error(format!("cannot write {}: {error}", file.display())));
        }
    }
    Ok(())
}
