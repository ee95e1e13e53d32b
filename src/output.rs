//! The write stage: the site is written into a staging folder next to the output folder, file
//! by file as it is rendered, and swapped in only when complete. A failed or killed build
//! leaves the previous output as it was.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;
use rustc_hash::FxHashSet;

use crate::diagnostics::Diagnostic;
use crate::render::offline::FileSummary;
use crate::render::{OutputFile, Sink};

/// Refuses output folders whose replacement would destroy the site's own files.
pub fn check_target(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let out = absolute(out);
    let protected = ["content", "i18n", "themes"].map(|dir| root.join(dir));
    let dangerous = root.starts_with(&out)
        || out.join(crate::config::CONFIG_FILE).exists()
        || protected.iter().any(|dir| out.starts_with(dir));
    if dangerous {
        return Err(Diagnostic::error(format!(
            "`{}` cannot be the output folder: building replaces it, and it holds the handbook's own files",
            out.display()
        ))
        .hint("choose a separate folder, e.g. --out public"));
    }
    Ok(())
}

/// Writes `files` as the new content of `out`, atomically.
pub fn write_atomically(out: &Path, files: &[OutputFile]) -> Result<(), Diagnostic> {
    let staging = Staging::create(out)?;
    files.par_iter().for_each(|file| staging.store(file));
    staging.commit()
}

/// The folder a build writes into, beside the output folder, as files are rendered; it
/// replaces the output only when complete ([`Staging::commit`]). Dropped uncommitted, it is
/// removed and the previous output stays as it was.
pub struct Staging {
    out: PathBuf,
    dir: PathBuf,
    /// Folders made so far (each made once, by whichever file needs it first).
    folders: Mutex<FxHashSet<PathBuf>>,
    written: Mutex<Vec<FileSummary>>,
    /// The first file that could not be written; nothing more is written after it.
    failure: Mutex<Option<(PathBuf, std::io::Error)>>,
}

impl Staging {
    /// Makes an empty staging folder for `out` (removing any left by builds that were killed).
    pub fn create(out: &Path) -> Result<Staging, Diagnostic> {
        let out = absolute(out);
        let parent = out.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "public".to_owned());
        std::fs::create_dir_all(&parent).map_err(|e| failure("create the folder", &parent, e))?;
        remove_stale_staging(&parent, &name);
        let dir = parent.join(format!(".{name}.staging-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir(&dir).map_err(|e| failure("create the folder", &dir, e))?;
        let folders = Mutex::new(FxHashSet::from_iter([dir.clone()]));
        Ok(Staging { out, dir, folders, written: Mutex::default(), failure: Mutex::default() })
    }

    fn write(&self, file: &OutputFile) -> Result<(), (PathBuf, std::io::Error)> {
        // Every stage checks what becomes a path; this is the last line of defence.
        stays_inside(&file.path)?;
        let path = self.dir.join(&file.path);
        if let Some(folder) = path.parent() {
            let known = lock(&self.folders).contains(folder);
            if !known {
                std::fs::create_dir_all(folder).map_err(|e| (folder.to_path_buf(), e))?;
                lock(&self.folders).extend(folder.ancestors().map(Path::to_path_buf));
            }
        }
        std::fs::write(&path, &file.bytes).map_err(|e| (path, e))
    }

    /// Every file written so far, sorted by path.
    pub fn written(&self) -> Vec<FileSummary> {
        let mut written = lock(&self.written).clone();
        written.sort_by(|a, b| a.path.cmp(&b.path));
        written
    }

    /// Takes back a file written earlier.
    pub fn remove(&self, path: &str) {
        if std::fs::remove_file(self.dir.join(path)).is_ok() {
            lock(&self.written).retain(|file| file.path != path);
        }
    }

    /// Puts the staging folder in place of the output, unless a file could not be written.
    pub fn commit(self) -> Result<(), Diagnostic> {
        if let Some((path, error)) = lock(&self.failure).take() {
            return Err(failure("write", &path, error));
        }
        swap_in(&self.dir, &self.out).map_err(|e| failure("replace the output folder", &self.out, e))
    }

    /// Writes a file, unless one could not be written already.
    fn store(&self, file: &OutputFile) {
        if lock(&self.failure).is_some() {
            return;
        }
        match self.write(file) {
            Ok(()) => lock(&self.written).push(FileSummary::of(file)),
            Err(failed) => {
                lock(&self.failure).get_or_insert(failed);
            }
        }
    }
}

impl Sink for Staging {
    fn put(&self, file: OutputFile) {
        self.store(&file);
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Committed, it is gone (or holds the previous output, to be removed too).
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn failure(what: &str, path: &Path, error: std::io::Error) -> Diagnostic {
    Diagnostic::error(format!("cannot {what} {}: {error}", path.display()))
        .hint("check that the disk is not full and that you may write there; the previous output was kept")
}

/// Refuses an output path that is empty, absolute or goes up (`..`).
pub fn stays_inside(path: &str) -> Result<(), (PathBuf, std::io::Error)> {
    let relative = Path::new(path);
    if path.is_empty() || relative.components().any(|part| !matches!(part, std::path::Component::Normal(_))) {
        let error = std::io::Error::new(std::io::ErrorKind::InvalidInput, "a path that would leave the output folder");
        return Err((relative.to_path_buf(), error));
    }
    Ok(())
}

/// Replaces `out` by `staging` in one step where the system allows it.
fn swap_in(staging: &Path, out: &Path) -> std::io::Result<()> {
    if !out.exists() {
        return std::fs::rename(staging, out);
    }
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{renameat_with, RenameFlags, CWD};
        if renameat_with(CWD, staging, CWD, out, RenameFlags::EXCHANGE).is_ok() {
            // `staging` now holds the previous output.
            let _ = std::fs::remove_dir_all(staging);
            return Ok(());
        }
    }
    let old = PathBuf::from(format!("{}.old", staging.display()));
    std::fs::rename(out, &old)?;
    if let Err(error) = std::fs::rename(staging, out) {
        let _ = std::fs::rename(&old, out);
        return Err(error);
    }
    let _ = std::fs::remove_dir_all(&old);
    Ok(())
}

/// Removes staging folders left by builds that were killed.
fn remove_stale_staging(parent: &Path, name: &str) {
    let prefix = format!(".{name}.staging-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().into_owned();
        let Some(pid) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let pid = pid.trim_end_matches(".old");
        let alive = pid
            .parse::<u32>()
            .is_ok_and(|pid| Path::new(&format!("/proc/{pid}")).exists() && pid != std::process::id());
        if !alive {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

fn absolute(path: &Path) -> PathBuf {
    if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|dir| dir.join(path)).unwrap_or_else(|_| path.to_path_buf())
    }
}

/// Persists the in-memory tantivy indexes into `dir/<lang>/`, replacing the previous ones in
/// one step.
pub fn write_search_indexes(
    dir: &Path,
    indexes: &[(&str, &tantivy::directory::RamDirectory)],
) -> Result<(), Diagnostic> {
    let name = dir.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let parent = dir.parent().map(Path::to_path_buf).unwrap_or_else(|| PathBuf::from("."));
    remove_stale_staging(&parent, &name);
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&staging);
    let failure = |error: String| {
        let _ = std::fs::remove_dir_all(&staging);
        Diagnostic::error(format!("cannot write the search index into {}: {error}", dir.display()))
            .hint("the site itself was written; `handbook search` will use the previous index")
    };
    for (lang, ram) in indexes {
        let target = staging.join(lang);
        std::fs::create_dir_all(&target).map_err(|e| failure(e.to_string()))?;
        let disk = tantivy::directory::MmapDirectory::open(&target).map_err(|e| failure(e.to_string()))?;
        ram.persist(&disk).map_err(|e| failure(e.to_string()))?;
    }
    swap_in(&staging, dir).map_err(|e| failure(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str) -> OutputFile {
        OutputFile { path: path.to_owned(), bytes: path.as_bytes().to_vec() }
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
        names.sort();
        names
    }

    #[test]
    fn staging_replaces_the_output_only_when_committed() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir(&out).unwrap();
        std::fs::write(out.join("old.html"), "old").unwrap();

        // Dropped without a commit: the output is as it was, and nothing is left beside it.
        let staging = Staging::create(&out).unwrap();
        staging.put(file("a/b/index.html"));
        drop(staging);
        assert_eq!(names(dir.path()), ["public"]);
        assert_eq!(names(&out), ["old.html"]);

        // Committed: the output holds the new files only.
        let staging = Staging::create(&out).unwrap();
        staging.put(file("a/c.js"));
        staging.put(file("a/b/index.html"));
        let written: Vec<String> = staging.written().into_iter().map(|f| f.path).collect();
        assert_eq!(written, ["a/b/index.html", "a/c.js"]);
        staging.commit().unwrap();
        assert_eq!(names(dir.path()), ["public"]);
        assert_eq!(names(&out), ["a"]);
        assert_eq!(std::fs::read_to_string(out.join("a/b/index.html")).unwrap(), "a/b/index.html");

        // A file that cannot be written (its path leaves the output) fails the commit.
        let staging = Staging::create(&out).unwrap();
        staging.put(file("fine.html"));
        staging.put(file("../escape.html"));
        assert!(staging.commit().is_err());
        assert_eq!(names(dir.path()), ["public"]);
        assert_eq!(names(&out), ["a"]);
    }
}
