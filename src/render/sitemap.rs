//! `sitemap.xml`: every page in every language it is written in (fallback copies are left
//! out). Only with `base_url`: a sitemap must give full addresses, which search engines
//! cannot get otherwise.

use crate::render::OutputFile;
use crate::site::Site;

pub fn sitemap(site: &Site) -> Option<OutputFile> {
    let base = site.config.base_url.as_deref()?;
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for lang in site.config.language_codes() {
        for &doc in &site.reading_order {
            let Some(variant) = site.content.docs[doc].variants.get(lang) else {
                continue;
            };
            xml.push_str("<url><loc>");
            xml.push_str(&escape_xml(&format!("{base}{}", site.urls.path(doc, lang))));
            xml.push_str("</loc>");
            if let Some(date) = variant.front.updated.or(variant.front.reviewed) {
                xml.push_str(&format!("<lastmod>{date}</lastmod>"));
            }
            xml.push_str("</url>\n");
        }
    }
    xml.push_str("</urlset>\n");
    Some(OutputFile { path: "sitemap.xml".to_owned(), bytes: xml.into_bytes() })
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&apos;")
}
