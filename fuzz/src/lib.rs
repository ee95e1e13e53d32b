//! What the fuzz targets share: the checks every diagnostic must pass, and the HTML checks of
//! the `markdown_html` target.

pub mod html;

use handbook::diagnostics::{render_human, to_json, Diagnostic, Diagnostics, Style};

/// Everything the build does with diagnostics (sort, print for people, JSON for CI) must work
/// on whatever a stage reported, and every span must point inside its file on character
/// boundaries.
pub fn check_diagnostics(diagnostics: Diagnostics) {
    let sorted: Vec<Diagnostic> = diagnostics.sorted();
    for diagnostic in &sorted {
        if let (Some(source), Some(span)) = (&diagnostic.source, &diagnostic.span) {
            assert!(span.start <= span.end && span.end <= source.text.len(), "span {span:?} outside its file");
            assert!(
                source.text.is_char_boundary(span.start) && source.text.is_char_boundary(span.end),
                "span {span:?} not on character boundaries"
            );
        }
        let _ = diagnostic.line_col();
    }
    let mut out = Vec::new();
    render_human(&sorted, Style::Plain, &mut out).expect("writing to a Vec");
    assert!(!out.is_empty() || sorted.is_empty());
    let _ = to_json(&sorted);
}
