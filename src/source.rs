//! Reading the editor's files: UTF-8 only, byte-order mark and CRLF accepted, and never a file
//! outside the site folder.

use std::path::Path;

use crate::diagnostics::{display_path, Diagnostic, SourceText};

/// Reads a text file of the site. A file that is not UTF-8, cannot be read, or (through a
/// link) lies outside the site folder is a diagnostic naming it.
pub fn read(root: &Path, path: &Path) -> Result<SourceText, Diagnostic> {
    let shown = display_path(root, path);
    ensure_inside(root, path, &shown)?;
    let bytes = std::fs::read(path)
        .map_err(|error| Diagnostic::error(format!("cannot read this file: {error}")).in_path(shown.clone()))?;
    decode(&shown, bytes)
}

/// Turns bytes into editor text: drops a UTF-8 byte-order mark and normalises CRLF to LF (line
/// and column numbers stay those of the file).
pub fn decode(shown: &str, bytes: Vec<u8>) -> Result<SourceText, Diagnostic> {
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = error.utf8_error().valid_up_to();
            let lossy = String::from_utf8_lossy(error.as_bytes()).into_owned();
            let source = SourceText::new(shown, lossy);
            return Err(Diagnostic::error("this file is not UTF-8 text")
                .at(&source, valid..valid + 1)
                .label("this byte is not UTF-8")
                .hint("save the file as UTF-8 (in most editors: \"Save with encoding\" → UTF-8)"));
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let text = if text.contains('\r') { text.replace("\r\n", "\n") } else { text.to_owned() };
    Ok(SourceText::new(shown, text))
}

/// Refuses paths that resolve (through symbolic links) to somewhere outside the site folder.
pub fn ensure_inside(root: &Path, path: &Path, shown: &str) -> Result<(), Diagnostic> {
    let (Ok(root), Ok(real)) = (root.canonicalize(), path.canonicalize()) else {
        return Err(Diagnostic::error("this file cannot be found (is it a broken link?)").in_path(shown));
    };
    if real.starts_with(&root) {
        Ok(())
    } else {
        Err(Diagnostic::error("this file is a link to a place outside the site folder, so it is not read")
            .in_path(shown)
            .hint("copy the file into the site folder instead of linking to it"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_bom_and_crlf() {
        let source = decode("a.md", b"\xef\xbb\xbf---\r\ntitle: x\r\n".to_vec()).unwrap();
        assert_eq!(&*source.text, "---\ntitle: x\n");
    }

    #[test]
    fn locates_the_first_bad_byte() {
        let error = decode("a.md", b"ok\nbad \xff here".to_vec()).unwrap_err();
        assert_eq!(error.line_col(), Some((2, 5)));
    }
}
