//! `handbook serve`: builds into a temporary folder, serves it on 127.0.0.1, rebuilds when a
//! file of the handbook changes and reloads open pages. An edit of a page's text renders only
//! that page again (see [`crate::preview`]). A broken edit shows its located error on the page
//! while the last good site stays served; fixing it clears the error.

use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc, Mutex};
use std::time::{Duration, Instant};

use clap::Args;
use notify::{RecursiveMode, Watcher};

use super::Verbosity;
use crate::build::{BuildOptions, BuildReport};
use crate::diagnostics::{render_human, Style};
use crate::preview::{Preview, Update};

/// The script added to every HTML page served: reloads on a new build, shows build errors.
const RELOAD_SCRIPT: &str = r#"(function(){var seen=null,box=null;function show(t){if(!box){box=document.createElement('pre');box.setAttribute('role','alert');box.style.cssText='position:fixed;inset:0;margin:0;padding:1rem;overflow:auto;background:#fff;color:#a4161a;font:14px/1.4 monospace;z-index:99;white-space:pre-wrap';document.body.appendChild(box)}box.textContent=t}function poll(){fetch('/__handbook/status',{cache:'no-store'}).then(function(r){return r.json()}).then(function(s){if(s.error){show(s.error)}else if(box||(seen!==null&&s.version!==seen)){location.reload();return}seen=s.version}).catch(function(){}).then(function(){setTimeout(poll,500)})}poll()})();"#;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 8000)]
    pub port: u16,
    /// Also show pages marked `draft: true`.
    #[arg(long)]
    pub drafts: bool,
}

#[derive(Default)]
struct Status {
    /// Counts successful builds, so pages know when to reload.
    version: u64,
    /// The diagnostics of the last build, when it failed.
    error: Option<String>,
}

pub fn run(root: PathBuf, args: ServeArgs, verbosity: Verbosity) -> ExitCode {
    // Watched paths come back absolute: compare them with an absolute root.
    let root = root.canonicalize().unwrap_or(root);
    let work = match tempfile::Builder::new().prefix("handbook-serve-").tempdir() {
        Ok(dir) => dir,
        Err(error) => return fail(&format!("cannot make a temporary folder: {error}")),
    };
    let out = work.path().join("site");
    let options = BuildOptions {
        root: root.clone(),
        out: Some(out.clone()),
        drafts: args.drafts,
        portable: false,
        editions: false,
    };
    let status = Arc::new(Mutex::new(Status::default()));
    let mut preview = Preview::new(options);
    let started = Instant::now();
    let report = preview.build_all();
    publish(&report, Update::Full, started, &status, verbosity);
    let server = match tiny_http::Server::http(("127.0.0.1", args.port)) {
        Ok(server) => server,
        Err(error) => return fail(&format!("cannot listen on 127.0.0.1:{}: {error}", args.port)),
    };
    let port = server.server_addr().to_ip().map_or(args.port, |address| address.port());
    println!("Serving the handbook on http://127.0.0.1:{port}/ (press Ctrl-C to stop)");
    let _ = std::io::stdout().flush();

    let (sender, receiver) = mpsc::channel();
    let mut watcher = match notify::recommended_watcher(move |event| {
        let _ = sender.send(event);
    }) {
        Ok(watcher) => watcher,
        Err(error) => return fail(&format!("cannot watch the handbook's files: {error}")),
    };
    if let Err(error) = watcher.watch(&root, RecursiveMode::Recursive) {
        return fail(&format!("cannot watch {}: {error}", root.display()));
    }
    let watched_status = status.clone();
    let watched_root = root.clone();
    std::thread::spawn(move || loop {
        // While search data is being built, look in now and then to put it in place.
        let event = if preview.search_pending() {
            match receiver.recv_timeout(Duration::from_millis(100)) {
                Ok(event) => event,
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    if let Err(diagnostic) = preview.finish_search(false) {
                        let _ = render_human(&[diagnostic], Style::Plain, &mut std::io::stderr());
                    }
                    continue;
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        } else {
            match receiver.recv() {
                Ok(event) => event,
                Err(_) => break,
            }
        };
        let mut changed = source_changes(&watched_root, &event);
        if changed.is_empty() {
            continue;
        }
        // Editors save in bursts: wait until the folder is quiet for a moment.
        let quiet = Instant::now() + Duration::from_millis(30);
        while let Ok(more) = receiver.recv_timeout(quiet.saturating_duration_since(Instant::now())) {
            changed.extend(source_changes(&watched_root, &more));
        }
        changed.sort();
        changed.dedup();
        let started = Instant::now();
        let (report, update) = preview.update(&changed);
        publish(&report, update, started, &watched_status, verbosity);
    });

    for request in server.incoming_requests() {
        let response = respond(&out, request.url(), &status);
        let _ = request.respond(response);
    }
    ExitCode::SUCCESS
}

/// Prints a build's outcome and tells open pages: reload, or show the errors.
fn publish(report: &BuildReport, update: Update, started: Instant, status: &Arc<Mutex<Status>>, verbosity: Verbosity) {
    let mut text = Vec::new();
    let _ = render_human(&report.diagnostics, Style::Plain, &mut text);
    let text = String::from_utf8_lossy(&text).into_owned();
    eprint!("{text}");
    let Ok(mut status) = status.lock() else { return };
    let took = started.elapsed().as_millis();
    match (report.succeeded, update) {
        (true, Update::Nothing) => {}
        (true, Update::Pages(pages)) => {
            status.version += 1;
            status.error = None;
            if !verbosity.quiet {
                eprintln!("Updated {pages} pages in {took} ms.");
            }
        }
        (true, Update::Full) => {
            status.version += 1;
            status.error = None;
            if !verbosity.quiet {
                eprintln!("Rebuilt {} pages in {took} ms.", report.pages);
            }
            if verbosity.verbose {
                super::print_timings(report);
            }
        }
        (false, _) => {
            status.error = Some(text);
            eprintln!("The build failed; the last good site is still served.");
        }
    }
}

/// The handbook's own files an event changed (not the output, tool or hidden files).
fn source_changes(root: &Path, event: &notify::Result<notify::Event>) -> Vec<PathBuf> {
    let Ok(event) = event else { return Vec::new() };
    // Reading files (as every build does) is an event too: only changes count.
    let changes = matches!(
        event.kind,
        notify::EventKind::Create(_) | notify::EventKind::Modify(_) | notify::EventKind::Remove(_)
    );
    if !changes {
        return Vec::new();
    }
    event
        .paths
        .iter()
        .filter(|path| {
            let relative = path.strip_prefix(root).unwrap_or(path);
            let names: Vec<String> =
                relative.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
            let first = names.first().map(String::as_str).unwrap_or_default();
            // Editors' swap and backup files are not part of the handbook (the build skips
            // hidden files too).
            let hidden = names.iter().any(|name| name.starts_with('.') || name.ends_with('~'));
            matches!(first, "content" | "i18n" | "themes" | "handbook.yaml") && !hidden
        })
        .cloned()
        .collect()
}

type Response = tiny_http::Response<std::io::Cursor<Vec<u8>>>;

fn respond(out: &Path, url: &str, status: &Arc<Mutex<Status>>) -> Response {
    let path = url.split(['?', '#']).next().unwrap_or("/");
    match path {
        "/__handbook/status" => {
            let (version, error) = status.lock().map(|s| (s.version, s.error.clone())).unwrap_or_default();
            let json = serde_json::json!({ "version": version, "error": error }).to_string();
            with_type(tiny_http::Response::from_data(json.into_bytes()), "application/json")
        }
        "/__handbook/reload.js" => {
            with_type(tiny_http::Response::from_data(RELOAD_SCRIPT.as_bytes().to_vec()), "text/javascript")
        }
        _ => serve_file(out, path),
    }
}

/// A file of the output; folders serve their `index.html`; nothing outside the output.
fn serve_file(out: &Path, path: &str) -> Response {
    let decoded = crate::markdown::links::percent_decode(path);
    let relative = Path::new(decoded.trim_start_matches('/'));
    if relative.components().any(|c| !matches!(c, Component::Normal(_))) {
        return tiny_http::Response::from_data(b"forbidden".to_vec()).with_status_code(403);
    }
    let mut file = out.join(relative);
    if file.is_dir() {
        file = file.join("index.html");
    }
    let (bytes, code) = match std::fs::read(&file) {
        Ok(bytes) => (bytes, 200),
        Err(_) => {
            file = out.join("404.html");
            // Before a first good build there is no site at all: a page that shows the error.
            let fallback = b"<!doctype html><html><head><title>handbook</title></head><body></body></html>".to_vec();
            (std::fs::read(&file).unwrap_or(fallback), 404)
        }
    };
    let kind = content_type(&file);
    let bytes = if kind.starts_with("text/html") { with_reload_script(bytes) } else { bytes };
    with_type(tiny_http::Response::from_data(bytes).with_status_code(code), kind)
}

fn with_reload_script(html: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&html);
    text.replacen("</head>", "<script src=\"/__handbook/reload.js\" defer></script>\n</head>", 1).into_bytes()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" => "text/javascript",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        _ => "application/octet-stream",
    }
}

fn with_type(mut response: Response, kind: &str) -> Response {
    for (name, value) in [("Content-Type", kind), ("Cache-Control", "no-store")] {
        if let Ok(header) = tiny_http::Header::from_bytes(name, value) {
            response.add_header(header);
        }
    }
    response
}

fn fail(message: &str) -> ExitCode {
    let _ = render_human(&[crate::diagnostics::Diagnostic::error(message)], Style::Auto, &mut std::io::stderr());
    ExitCode::from(super::EXIT_CONTENT_ERRORS)
}
