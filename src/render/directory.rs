//! Pages of the office directory in every language: a home listing regions (with counts) and
//! kinds, a page per region (its offices grouped by kind, sub-regions linked), a page per kind
//! (grouped by region), each office with a stable anchor, tap-to-call links, hours in words,
//! a `geo:` map link and schema.org JSON-LD built with serde_json.

use rayon::prelude::*;
use serde::Serialize;
use serde_json::json;

use super::context::{Alternate, Chrome, DateParts, LinkItem};
use super::{OutputFile, Renderer};
use crate::config::Localized;
use crate::diagnostics::Diagnostic;
use crate::directory::hours::{self, HoursWords};
use crate::directory::{export, Directory, Office};
use crate::i18n::{args_from, ArgValue};

/// The folder of the directory inside each language.
pub const DIRECTORY_DIR: &str = "offices";

pub fn home_path(lang: &str) -> String {
    format!("{lang}/{DIRECTORY_DIR}/")
}

pub fn region_path(lang: &str, region: &str) -> String {
    format!("{lang}/{DIRECTORY_DIR}/region/{region}/")
}

pub fn kind_path(lang: &str, kind: &str) -> String {
    format!("{lang}/{DIRECTORY_DIR}/kind/{kind}/")
}

#[derive(Debug, Serialize)]
struct RegionItem {
    name: String,
    lang: Option<String>,
    url: String,
    count: usize,
    children: Vec<RegionItem>,
}

#[derive(Debug, Serialize)]
struct PhoneView {
    number: String,
    tel: String,
    label: Option<String>,
}

#[derive(Debug, Serialize)]
pub(super) struct OfficeView {
    id: String,
    name: String,
    name_lang: Option<String>,
    kind: String,
    kind_url: String,
    region: String,
    address: Option<String>,
    address_lang: Option<String>,
    map_url: Option<String>,
    phones: Vec<PhoneView>,
    hours: Option<String>,
    services: Vec<String>,
    languages: Vec<String>,
    website: Option<String>,
    last_verified: DateParts,
    example: bool,
    stale: bool,
    json_ld: String,
}

#[derive(Debug, Serialize)]
struct Group {
    title: String,
    url: Option<String>,
    offices: Vec<OfficeView>,
}

#[derive(Debug, Serialize)]
struct DirectoryContext {
    #[serde(flatten)]
    chrome: Chrome,
    /// `home`, `region` or `kind`.
    page: &'static str,
    title: String,
    breadcrumbs: Vec<LinkItem>,
    regions: Vec<RegionItem>,
    kinds: Vec<LinkItem>,
    counts: Vec<usize>,
    groups: Vec<Group>,
    export_url: String,
    alternates: Vec<Alternate>,
}

impl Renderer<'_> {
    /// Every page of the directory in every language, in parallel (a region's page lists
    /// all its offices), and its open-data export.
    pub(super) fn directory_pages(&self, directory: &Directory) -> Vec<Result<OutputFile, Diagnostic>> {
        let kinds_of_page = std::iter::once(Page::Home)
            .chain((0..directory.regions.len()).map(Page::Region))
            .chain((0..directory.kinds.len()).map(Page::Kind));
        let jobs: Vec<(&str, Page)> = self
            .config()
            .language_codes()
            .flat_map(|lang| kinds_of_page.clone().map(move |page| (lang, page)))
            .collect();
        let mut pages: Vec<Result<OutputFile, Diagnostic>> =
            jobs.into_par_iter().map(|(lang, page)| self.directory_page(directory, lang, page)).collect();
        pages.push(Ok(OutputFile {
            path: export::EXPORT_FILE.to_owned(),
            bytes: export::export(directory, self.config()),
        }));
        pages
    }

    fn directory_page(&self, directory: &Directory, lang: &str, page: Page) -> Result<OutputFile, Diagnostic> {
        let path_in = |code: &str| match page {
            Page::Home => home_path(code),
            Page::Region(i) => region_path(code, &directory.regions[i].path),
            Page::Kind(i) => kind_path(code, &directory.kinds[i].id),
        };
        let here = path_in(lang);
        let config = self.config();
        let languages = self.language_links(lang, &here, path_in);
        let alternates = config
            .language_codes()
            .map(|code| Alternate { hreflang: code.to_owned(), href: self.absolute_or_relative(&here, &path_in(code)) })
            .chain(std::iter::once(Alternate {
                hreflang: "x-default".to_owned(),
                href: self.absolute_or_relative(&here, &path_in(&config.default_language)),
            }))
            .collect();
        let home_title = self.translator.text(lang, "directory-title", None);
        let mut breadcrumbs = vec![LinkItem {
            title: config.pick(&config.title, lang).unwrap_or_default().to_owned(),
            url: self.link(&here, &format!("{lang}/")),
            lang: None,
            description: None,
            current: false,
        }];
        let (title, regions, kinds, counts, groups) = match page {
            Page::Home => {
                let top: Vec<usize> =
                    (0..directory.regions.len()).filter(|&i| directory.regions[i].parent.is_none()).collect();
                let regions = top.iter().map(|&i| self.region_item(directory, i, lang, &here, true)).collect();
                let kinds = self.kind_items(directory, lang, &here, None);
                let counts = (0..directory.kinds.len())
                    .map(|k| directory.offices.iter().filter(|o| o.kind == k).count())
                    .collect();
                (home_title.clone(), regions, kinds, counts, Vec::new())
            }
            Page::Region(index) => {
                breadcrumbs.push(self.crumb(&home_title, lang, &here, &home_path(lang)));
                let mut ancestors = Vec::new();
                let mut parent = directory.regions[index].parent;
                while let Some(p) = parent {
                    ancestors.push(p);
                    parent = directory.regions[p].parent;
                }
                for &a in ancestors.iter().rev() {
                    let name = self.pick(&directory.regions[a].name, lang).0;
                    breadcrumbs.push(self.crumb(&name, lang, &here, &region_path(lang, &directory.regions[a].path)));
                }
                let sub = directory.regions[index]
                    .children
                    .iter()
                    .map(|&c| self.region_item(directory, c, lang, &here, false))
                    .collect();
                let groups = (0..directory.kinds.len())
                    .filter_map(|k| {
                        let offices: Vec<&Office> =
                            directory.offices.iter().filter(|o| o.region == index && o.kind == k).collect();
                        (!offices.is_empty()).then(|| Group {
                            title: self.pick(&directory.kinds[k].label, lang).0,
                            url: Some(self.link(&here, &kind_path(lang, &directory.kinds[k].id))),
                            offices: offices.into_iter().map(|o| self.office_view(directory, o, lang, &here)).collect(),
                        })
                    })
                    .collect();
                (self.pick(&directory.regions[index].name, lang).0, sub, Vec::new(), Vec::new(), groups)
            }
            Page::Kind(index) => {
                breadcrumbs.push(self.crumb(&home_title, lang, &here, &home_path(lang)));
                let groups = (0..directory.regions.len())
                    .filter_map(|r| {
                        let offices: Vec<&Office> =
                            directory.offices.iter().filter(|o| o.region == r && o.kind == index).collect();
                        (!offices.is_empty()).then(|| Group {
                            title: self.region_full_name(directory, r, lang),
                            url: Some(self.link(&here, &region_path(lang, &directory.regions[r].path))),
                            offices: offices.into_iter().map(|o| self.office_view(directory, o, lang, &here)).collect(),
                        })
                    })
                    .collect();
                let kinds = self.kind_items(directory, lang, &here, Some(index));
                (self.pick(&directory.kinds[index].label, lang).0, Vec::new(), kinds, Vec::new(), groups)
            }
        };
        let context = DirectoryContext {
            chrome: self.chrome(lang, &here, languages),
            page: match page {
                Page::Home => "home",
                Page::Region(_) => "region",
                Page::Kind(_) => "kind",
            },
            title,
            breadcrumbs,
            regions,
            kinds,
            counts,
            groups,
            export_url: self.link(&here, export::EXPORT_FILE),
            alternates,
        };
        let context = tera::Context::from_serialize(&context)
            .map_err(|error| Diagnostic::error(format!("internal error preparing a directory page: {error}")))?;
        let html = self.templates.render("directory.html", &context)?;
        Ok(OutputFile { path: format!("{here}index.html"), bytes: html.into_bytes() })
    }

    fn absolute_or_relative(&self, here: &str, target: &str) -> String {
        match &self.config().base_url {
            Some(base) => format!("{base}{target}"),
            None => self.link(here, target),
        }
    }

    fn crumb(&self, title: &str, _lang: &str, here: &str, target: &str) -> LinkItem {
        LinkItem {
            title: title.to_owned(),
            url: self.link(here, target),
            lang: None,
            description: None,
            current: false,
        }
    }

    /// Text in the reader's language, or along the fallback chain with the language it is in.
    fn pick(&self, text: &Localized, lang: &str) -> (String, Option<String>) {
        let config = self.config();
        for code in config.fallback_chain(lang) {
            if let Some(value) = text.get(code) {
                return (value.clone(), (code != lang).then(|| code.to_owned()));
            }
        }
        (String::new(), None)
    }

    fn region_item(&self, directory: &Directory, index: usize, lang: &str, here: &str, deep: bool) -> RegionItem {
        let region = &directory.regions[index];
        let (name, name_lang) = self.pick(&region.name, lang);
        RegionItem {
            name,
            lang: name_lang,
            url: self.link(here, &region_path(lang, &region.path)),
            count: directory.count_in(index),
            children: if deep {
                region.children.iter().map(|&c| self.region_item(directory, c, lang, here, true)).collect()
            } else {
                Vec::new()
            },
        }
    }

    fn kind_items(&self, directory: &Directory, lang: &str, here: &str, current: Option<usize>) -> Vec<LinkItem> {
        directory
            .kinds
            .iter()
            .enumerate()
            .map(|(index, kind)| {
                let (title, title_lang) = self.pick(&kind.label, lang);
                LinkItem {
                    title,
                    url: self.link(here, &kind_path(lang, &kind.id)),
                    lang: title_lang,
                    description: None,
                    current: Some(index) == current,
                }
            })
            .collect()
    }

    pub(super) fn region_full_name(&self, directory: &Directory, index: usize, lang: &str) -> String {
        let mut names = Vec::new();
        let mut current = Some(index);
        while let Some(i) = current {
            names.push(self.pick(&directory.regions[i].name, lang).0);
            current = directory.regions[i].parent;
        }
        names.reverse();
        let separator = self.translator.text(lang, "region-separator", None);
        names.join(&separator)
    }

    pub(super) fn office_view(&self, directory: &Directory, office: &Office, lang: &str, here: &str) -> OfficeView {
        let (name, name_lang) = self.pick(&office.name, lang);
        let (address, address_lang) = self.pick(&office.address, lang);
        let words = Words { renderer: self, lang };
        let hours = office.hours.as_ref().map(|h| hours::describe(&h.parsed, &words).unwrap_or_else(|| h.text.clone()));
        let kind = &directory.kinds[office.kind];
        OfficeView {
            id: office.id.clone(),
            name: name.clone(),
            name_lang,
            kind: self.pick(&kind.label, lang).0,
            kind_url: self.link(here, &kind_path(lang, &kind.id)),
            region: self.region_full_name(directory, office.region, lang),
            address: (!address.is_empty()).then_some(address.clone()),
            address_lang,
            map_url: office.geo.map(|g| format!("geo:{:.6},{:.6}", g.wgs84.0, g.wgs84.1)),
            phones: office
                .phones
                .iter()
                .map(|p| PhoneView {
                    number: p.number.clone(),
                    tel: p.tel.clone(),
                    label: Some(self.pick(&p.label, lang).0).filter(|l| !l.is_empty()),
                })
                .collect(),
            hours,
            services: office.services.iter().map(|&s| self.pick(&directory.services[s].label, lang).0).collect(),
            languages: office.languages.iter().map(|code| self.language_name(code, lang)).collect(),
            website: office.website.clone(),
            last_verified: office.last_verified.into(),
            example: office.example,
            stale: office.stale,
            json_ld: json_ld(directory, office, &name, &address, lang, self),
        }
    }

    /// The name of a language spoken at an office, in the reader's language where known.
    fn language_name(&self, code: &str, lang: &str) -> String {
        let key = format!("language-{code}");
        if self.translator.has_key(lang, &key) || self.translator.has_key(&self.config().default_language, &key) {
            return self.translator.text(lang, &key, None);
        }
        self.config().language(code).map_or_else(|| code.to_owned(), |l| l.name.clone())
    }
}

#[derive(Clone, Copy)]
enum Page {
    Home,
    Region(usize),
    Kind(usize),
}

/// Opening-hours words from the UI strings of one language.
struct Words<'a, 'r> {
    renderer: &'a Renderer<'r>,
    lang: &'a str,
}

impl Words<'_, '_> {
    fn text(&self, key: &str, args: &[(&str, &str)]) -> String {
        let args =
            args_from(args.iter().map(|(name, value)| ((*name).to_owned(), ArgValue::Text((*value).to_owned()))));
        self.renderer.translator.text(self.lang, key, Some(&args))
    }
}

impl HoursWords for Words<'_, '_> {
    fn weekday(&self, day: u32) -> String {
        self.text(&format!("weekday-{day}"), &[])
    }
    fn day_range(&self, from: &str, to: &str) -> String {
        self.text("hours-day-range", &[("from", from), ("to", to)])
    }
    fn public_holidays(&self) -> String {
        self.text("hours-public-holidays", &[])
    }
    fn open(&self, days: &str, times: &str) -> String {
        self.text("hours-open", &[("days", days), ("times", times)])
    }
    fn closed(&self, days: &str) -> String {
        self.text("hours-closed", &[("days", days)])
    }
    fn every_day(&self) -> String {
        self.text("hours-every-day", &[])
    }
    fn all_day(&self) -> String {
        self.text("hours-all-day", &[])
    }
    fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => {
                let separator = self.text("list-separator", &[]);
                self.text("list-and", &[("first", &rest.join(&separator)), ("last", last)])
            }
        }
    }
    fn rule_separator(&self) -> String {
        self.text("hours-rule-separator", &[])
    }
}

/// Kinds that are not part of government: described as `Organization`.
const NON_GOVERNMENT_KINDS: &[&str] = &["ngo", "trade-union", "union", "non-profit", "law-firm", "community"];

/// schema.org JSON-LD for one office, made with serde_json (never by string templates), and
/// safe to put inside `<script type="application/ld+json">`.
fn json_ld(
    directory: &Directory,
    office: &Office,
    name: &str,
    address: &str,
    lang: &str,
    renderer: &Renderer<'_>,
) -> String {
    let kind = &directory.kinds[office.kind].id;
    let schema_type = if NON_GOVERNMENT_KINDS.contains(&kind.as_str()) { "Organization" } else { "GovernmentOffice" };
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": schema_type,
        "@id": format!("#{}", office.id),
        "identifier": office.id,
        "name": name,
        "inLanguage": lang,
        "areaServed": renderer.region_full_name(directory, office.region, lang),
    });
    if !address.is_empty() {
        value["address"] = json!({ "@type": "PostalAddress", "streetAddress": address });
    }
    if let Some(first) = office.phones.first() {
        value["telephone"] = json!(first.number);
    }
    if !office.phones.is_empty() {
        value["contactPoint"] = office
            .phones
            .iter()
            .map(|p| {
                let mut point = json!({ "@type": "ContactPoint", "telephone": p.number });
                let label = renderer.pick(&p.label, lang).0;
                if !label.is_empty() {
                    point["contactType"] = json!(label);
                }
                if !office.languages.is_empty() {
                    point["availableLanguage"] = json!(office.languages);
                }
                point
            })
            .collect();
    }
    if let Some(hours) = &office.hours {
        let specifications = hours::specifications(&hours.parsed);
        if !specifications.is_empty() {
            value["openingHoursSpecification"] = json!(specifications);
        }
    }
    if let Some(geo) = office.geo {
        value["geo"] = json!({ "@type": "GeoCoordinates", "latitude": export::round6(geo.wgs84.0), "longitude": export::round6(geo.wgs84.1) });
    }
    if let Some(website) = &office.website {
        value["url"] = json!(website);
    }
    // `<` never appears raw, so nothing inside can close the script element.
    serde_json::to_string(&value)
        .unwrap_or_default()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}
