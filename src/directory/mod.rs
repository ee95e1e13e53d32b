//! Office directories: `content/offices/_regions.yaml` (the region tree),
//! `_services.yaml` (the vocabularies of kinds and services) and every other `*.yaml` file
//! (lists of offices). Loaded strongly typed, validated with located errors and "did you
//! mean" suggestions, then handed to the render stage and the open-data export.

pub mod export;
pub mod hours;
pub mod model;

use std::collections::BTreeMap;
use std::ops::Range;

use opening_hours_syntax::rules::OpeningHoursExpression;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use unic_langid::LanguageIdentifier;

use crate::config::{Config, Localized};
use crate::diagnostics::{suggest, Diagnostic, Diagnostics, SourceText};
use crate::site::DirectoryLinks;
use crate::text::{is_dialable, tel_uri, Date};
use crate::yaml::{Document, Entries, Entry};
use model::{Datum, OfficeFile, RegionFile, ServicesFile};

pub const REGIONS_FILE: &str = "_regions.yaml";
pub const SERVICES_FILE: &str = "_services.yaml";
/// Office ids that would clash with ids the theme uses on directory pages.
const RESERVED_IDS: &[&str] = &["main", "toc-title", "offices", "regions", "kinds"];

#[derive(Debug, Clone)]
pub struct Region {
    /// `guangdong/shenzhen`.
    pub path: String,
    pub name: Localized,
    pub parent: Option<usize>,
    pub children: Vec<usize>,
    pub weight: i64,
}

#[derive(Debug, Clone)]
pub struct Term {
    pub id: String,
    pub label: Localized,
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Geo {
    /// As written.
    pub lat: f64,
    pub lon: f64,
    pub datum: Datum,
    /// Converted to WGS84, for `geo:` links and the export.
    pub wgs84: (f64, f64),
}

#[derive(Debug, Clone)]
pub struct Phone {
    pub number: String,
    pub tel: String,
    pub label: Localized,
}

#[derive(Debug, Clone)]
pub struct Hours {
    pub text: String,
    pub parsed: OpeningHoursExpression,
}

#[derive(Debug, Clone)]
pub struct Office {
    pub id: String,
    pub kind: usize,
    pub name: Localized,
    pub region: usize,
    pub address: Localized,
    pub geo: Option<Geo>,
    pub phones: Vec<Phone>,
    pub hours: Option<Hours>,
    pub services: Vec<usize>,
    pub languages: Vec<String>,
    pub website: Option<String>,
    pub last_verified: Date,
    pub source: Option<String>,
    pub example: bool,
    /// Not verified for longer than the configured age.
    pub stale: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Directory {
    /// Depth first, each level ordered by weight then id.
    pub regions: Vec<Region>,
    pub kinds: Vec<Term>,
    pub services: Vec<Term>,
    /// Ordered by region, kind, then id.
    pub offices: Vec<Office>,
    /// Some file or entry could not be read (and was reported): what refers to it is not
    /// reported again as missing.
    pub incomplete: bool,
}

impl Directory {
    pub fn region_by_path(&self, path: &str) -> Option<usize> {
        self.regions.iter().position(|r| r.path == path)
    }

    /// Offices in a region and all regions below it.
    pub fn count_in(&self, region: usize) -> usize {
        let prefix = format!("{}/", self.regions[region].path);
        self.offices.iter().filter(|o| o.region == region || self.regions[o.region].path.starts_with(&prefix)).count()
    }

    /// `directory:` link paths: ``, `region/<path>`, `kind/<id>`.
    pub fn page_paths(&self) -> Vec<String> {
        let mut paths = vec![String::new()];
        paths.extend(self.regions.iter().map(|r| format!("region/{}", r.path)));
        paths.extend(self.kinds.iter().map(|k| format!("kind/{}", k.id)));
        paths
    }
}

impl DirectoryLinks for Directory {
    fn has_page(&self, path: &str) -> bool {
        path.is_empty()
            || path.strip_prefix("region/").is_some_and(|p| self.region_by_path(p).is_some())
            || path.strip_prefix("kind/").is_some_and(|k| self.kinds.iter().any(|t| t.id == k))
    }

    fn has_anchor(&self, path: &str, anchor: &str) -> bool {
        let Some(office) = self.offices.iter().find(|o| o.id == anchor) else {
            return false;
        };
        match (path.strip_prefix("region/"), path.strip_prefix("kind/")) {
            (Some(region), _) => self.regions[office.region].path == region,
            (_, Some(kind)) => self.kinds[office.kind].id == kind,
            _ => false,
        }
    }

    fn page_paths(&self) -> Vec<String> {
        Directory::page_paths(self)
    }

    fn is_incomplete(&self) -> bool {
        self.incomplete
    }
}

/// Loads and validates the directory files. `None` when the site has no directory.
pub fn load(files: &[SourceText], config: &Config, today: Date, diagnostics: &mut Diagnostics) -> Option<Directory> {
    if files.is_empty() {
        return None;
    }
    let name_of = |file: &SourceText| file.path.rsplit('/').next().unwrap_or("").to_owned();
    let regions_file = files.iter().find(|f| name_of(f) == REGIONS_FILE);
    let services_file = files.iter().find(|f| name_of(f) == SERVICES_FILE);
    let mut validator = Validator {
        config,
        diagnostics,
        directory: Directory::default(),
        regions_unread: false,
        vocabulary_unread: false,
        hours_read: FxHashMap::default(),
    };
    let office_files: Vec<&SourceText> = files.iter().filter(|f| !name_of(f).starts_with('_')).collect();
    // The office files are parsed in parallel, beside the region tree and vocabularies; the
    // checks against those (and across files) come after, in file order.
    let (reads, ()) = rayon::join(
        || office_files.par_iter().map(|file| read_offices(file)).collect::<Vec<_>>(),
        || {
            match regions_file {
                Some(file) => validator.regions(file),
                None => {
                    validator.regions_unread = true;
                    validator
                        .diagnostics
                        .push(missing_file(REGIONS_FILE, "guangdong:\n  name: { zh-Hans: 广东省, en: Guangdong }"))
                }
            }
            match services_file {
                Some(file) => validator.vocabularies(file),
                None => validator.missing_vocabulary(missing_file(SERVICES_FILE, "kinds:\n  legal-aid: { zh-Hans: 法律援助, en: Legal aid }\nservices:\n  wage-arrears: { zh-Hans: 欠薪, en: Unpaid wages }")),
            }
        },
    );
    let mut seen: BTreeMap<String, (SourceText, Range<usize>)> = BTreeMap::new();
    for (file, (problems, read)) in office_files.into_iter().zip(reads) {
        validator.diagnostics.extend(problems);
        if let Some(read) = read {
            validator.offices(file, read, today, &mut seen);
        }
    }
    let mut directory = validator.directory;
    directory.incomplete |= validator.regions_unread || validator.vocabulary_unread;
    let regions = directory.regions.clone();
    let kinds = directory.kinds.clone();
    directory.offices.sort_by(|a, b| {
        (&regions[a.region].path, &kinds[a.kind].id, &a.id).cmp(&(&regions[b.region].path, &kinds[b.kind].id, &b.id))
    });
    Some(directory)
}

/// One office file parsed on its own: the mistakes found, and its entries unless the file
/// as a whole cannot be read as a list of offices.
fn read_offices(file: &SourceText) -> (Vec<Diagnostic>, Option<Entries<Vec<OfficeFile>>>) {
    let document = Document::whole(file);
    match document.parse_value() {
        Ok(serde_yaml::Value::Sequence(_)) | Ok(serde_yaml::Value::Null) => {}
        Ok(_) => {
            let not_a_list =
                Diagnostic::error("an office file must be a list of offices, each starting with `- id: …`")
                    .at(file, 0..0)
                    .hint("the region tree goes in _regions.yaml, the vocabularies in _services.yaml");
            return (vec![not_a_list], None);
        }
        // A key written twice spoils only its own entry: the entries, read one by one
        // below, report it there along with the other entries' mistakes.
        Err(diagnostic) if crate::yaml::is_written_twice(&diagnostic) => {}
        Err(diagnostic) => return (vec![diagnostic], None),
    }
    let read = document.deserialize_entries_checked::<Vec<OfficeFile>>(model::OFFICE_FIELDS);
    (unquoted_phone_numbers(file), Some(read))
}

/// Phone numbers written without quotes that YAML reads as numbers (`12333`, `+8612333`),
/// which would lose a leading `+` or `0`: each located, quoted as written.
fn unquoted_phone_numbers(file: &SourceText) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in file.text.split_inclusive('\n') {
        for (at, _) in line.match_indices("number:") {
            let before = line[..at].chars().next_back();
            if !before.is_none_or(|c| c.is_whitespace() || c == '{' || c == ',') {
                continue;
            }
            let rest = &line[at + "number:".len()..];
            let value = rest.trim_start();
            let written = value.split([',', '}', '#', '\n']).next().unwrap_or("").trim_end();
            let is_number =
                matches!(serde_yaml::from_str::<serde_yaml::Value>(written), Ok(serde_yaml::Value::Number(_)));
            if !written.is_empty() && is_number {
                let start = offset + line.len() - value.len();
                found.push(
                    Diagnostic::error(format!("phone numbers must be in quotes: \"{written}\""))
                        .at(file, start..start + written.len())
                        .hint("without quotes, a phone number is read as a number and loses a leading + or 0"),
                );
            }
        }
        offset += line.len();
    }
    found
}

/// Region, kind and service ids become folder names in addresses.
fn is_url_part(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn missing_file(name: &str, example: &str) -> Diagnostic {
    Diagnostic::error(format!("the office directory has no `{name}`"))
        .in_path(format!("content/offices/{name}"))
        .hint(format!("create it, for example:\n{example}"))
}

struct Validator<'a> {
    config: &'a Config,
    diagnostics: &'a mut Diagnostics,
    directory: Directory,
    /// `_regions.yaml` or `_services.yaml` could not be read in full (already reported):
    /// unknown regions, kinds or services are then not reported again.
    regions_unread: bool,
    vocabulary_unread: bool,
    /// Opening hours already read: offices repeat a few (and parsing them is slow).
    hours_read: FxHashMap<String, Result<OpeningHoursExpression, hours::HoursError>>,
}

impl Validator<'_> {
    /// Parses a region or vocabulary file whole, reporting a mistake: (whether there was one,
    /// whether to read its entries). A key written twice spoils only its entry, so the rest
    /// are still read (the last of the two counts).
    fn parse_whole(&mut self, document: &Document) -> (bool, bool) {
        match document.parse_value() {
            Ok(_) => (false, true),
            Err(diagnostic) => {
                let go_on = crate::yaml::is_written_twice(&diagnostic);
                self.diagnostics.push(diagnostic);
                (true, go_on)
            }
        }
    }

    fn missing_vocabulary(&mut self, diagnostic: Diagnostic) {
        self.vocabulary_unread = true;
        self.diagnostics.push(diagnostic);
    }

    fn regions(&mut self, file: &SourceText) {
        let document = Document::whole(file);
        let (mistaken, go_on) = self.parse_whole(&document);
        self.regions_unread |= mistaken;
        if !go_on {
            return;
        }
        let read = document.deserialize_entries::<BTreeMap<String, RegionFile>>();
        self.regions_unread |= !read.errors.is_empty();
        self.diagnostics.extend(read.errors);
        let mut top: Vec<(String, RegionFile, Entry)> = read
            .parsed
            .into_iter()
            .flat_map(|(entry, map)| map.into_iter().map(move |(id, region)| (id, region, entry.clone())))
            .collect();
        top.sort_by(|a, b| (a.1.weight, &a.0).cmp(&(b.1.weight, &b.0)));
        for (id, region, entry) in top {
            self.add_region(file, &entry, None, &id, region);
        }
    }

    fn add_region(&mut self, file: &SourceText, entry: &Entry, parent: Option<usize>, id: &str, region: RegionFile) {
        let span = find_in(file, entry, id);
        if !is_url_part(id) || id == "kind" {
            self.diagnostics.push(
                Diagnostic::error(format!("`{id}` cannot be a region id"))
                    .at(file, span.clone())
                    .hint("region ids are part of addresses: lower-case letters, digits and hyphens, e.g. shenzhen"),
            );
        }
        self.localized(file, span, &region.name, "region name");
        let path = match parent {
            Some(parent) => format!("{}/{id}", self.directory.regions[parent].path),
            None => id.to_owned(),
        };
        let index = self.directory.regions.len();
        self.directory.regions.push(Region {
            path,
            name: region.name,
            parent,
            children: Vec::new(),
            weight: region.weight,
        });
        if let Some(parent) = parent {
            self.directory.regions[parent].children.push(index);
        }
        let mut children: Vec<(String, RegionFile)> = region.children.into_iter().collect();
        children.sort_by(|a, b| (a.1.weight, &a.0).cmp(&(b.1.weight, &b.0)));
        for (child_id, child) in children {
            self.add_region(file, entry, Some(index), &child_id, child);
        }
    }

    fn vocabularies(&mut self, file: &SourceText) {
        let document = Document::whole(file);
        let (mistaken, go_on) = self.parse_whole(&document);
        self.vocabulary_unread |= mistaken;
        if !go_on {
            return;
        }
        let read = document.deserialize_entries::<ServicesFile>();
        self.vocabulary_unread |= !read.errors.is_empty();
        self.diagnostics.extend(read.errors);
        for (entry, vocabulary) in read.parsed {
            for (terms, is_kind) in [(vocabulary.kinds, true), (vocabulary.services, false)] {
                for (id, label) in terms.into_iter().flatten() {
                    let span = find_in(file, &entry, &id);
                    let what = if is_kind { "kind" } else { "service" };
                    if !is_url_part(&id) {
                        self.diagnostics.push(
                            Diagnostic::error(format!("`{id}` cannot be a {what} id")).at(file, span.clone()).hint(
                                "ids are part of addresses: lower-case letters, digits and hyphens, e.g. legal-aid",
                            ),
                        );
                        self.vocabulary_unread = true;
                        continue;
                    }
                    self.localized(file, span, &label, what);
                    let term = Term { id, label };
                    if is_kind {
                        self.directory.kinds.push(term)
                    } else {
                        self.directory.services.push(term)
                    }
                }
            }
        }
    }

    fn offices(
        &mut self,
        file: &SourceText,
        read: Entries<Vec<OfficeFile>>,
        today: Date,
        seen: &mut BTreeMap<String, (SourceText, Range<usize>)>,
    ) {
        self.directory.incomplete |= !read.errors.is_empty();
        self.diagnostics.extend(read.errors);
        // What is left of entries with mistakes is checked too, so that all their mistakes
        // show at once; they are not published.
        for (entry, offices) in read.salvaged {
            for office in offices {
                let _ = self.office(file, &entry, office, today, seen);
            }
        }
        for (entry, offices) in read.parsed {
            for office in offices {
                if let Some(office) = self.office(file, &entry, office, today, seen) {
                    self.directory.offices.push(office);
                }
            }
        }
    }

    fn read_hours(&mut self, text: &str) -> Result<OpeningHoursExpression, hours::HoursError> {
        if let Some(read) = self.hours_read.get(text) {
            return read.clone();
        }
        let read = hours::parse(text);
        self.hours_read.insert(text.to_owned(), read.clone());
        read
    }

    fn office(
        &mut self,
        file: &SourceText,
        entry: &Entry,
        office: OfficeFile,
        today: Date,
        seen: &mut BTreeMap<String, (SourceText, Range<usize>)>,
    ) -> Option<Office> {
        let at = |key: &str, value: &str| find_key_value(file, entry, key, value);
        let id_span = at("id", &office.id);
        if let Some((first_file, first_span)) = seen.get(&office.id) {
            let (line, column) = first_file.line_col(first_span.start);
            self.diagnostics.push(
                Diagnostic::error(format!("the office id `{}` is used twice", office.id))
                    .at(file, id_span.clone())
                    .label("second use")
                    .hint(format!(
                        "it is first used at {}:{line}:{column}; give each office its own id",
                        first_file.path
                    )),
            );
        } else {
            seen.insert(office.id.clone(), (file.clone(), id_span.clone()));
        }
        if office.id.is_empty()
            || !office.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            || RESERVED_IDS.contains(&office.id.as_str())
        {
            self.diagnostics.push(
                Diagnostic::error(format!("`{}` cannot be an office id", office.id)).at(file, id_span).hint(
                    "office ids are letters, digits and hyphens, e.g. shenzhen-arbitration; they become link anchors",
                ),
            );
        }
        let kind = self.term(file, at("kind", &office.kind), &office.kind, true);
        let region = match self.directory.region_by_path(&office.region) {
            Some(region) => Some(region),
            None if self.regions_unread => None,
            None => {
                let paths: Vec<String> = self.directory.regions.iter().map(|r| r.path.clone()).collect();
                self.unknown(
                    file,
                    at("region", &office.region),
                    "region",
                    &office.region,
                    paths.iter().map(String::as_str),
                    REGIONS_FILE,
                );
                None
            }
        };
        self.localized(file, at("name", ""), &office.name, "office name");
        self.localized(file, at("address", ""), &office.address, "address");
        let services: Vec<Option<usize>> =
            office.services.iter().map(|s| self.term(file, at("services", s), s, false)).collect();
        for language in &office.languages {
            let well_formed = language.parse::<LanguageIdentifier>().is_ok_and(|id| id.to_string() == *language);
            if !well_formed {
                self.diagnostics.push(
                    Diagnostic::error(format!("`{language}` is not a language tag"))
                        .at(file, at("languages", language))
                        .hint("use BCP 47 tags such as zh-Hans, yue, en, ug (in their usual letter case)"),
                );
            }
        }
        let mut phones = Vec::new();
        for phone in office.phones {
            if !is_dialable(&phone.number) {
                self.diagnostics.push(
                    Diagnostic::error(format!("the phone number `{}` cannot be dialled", phone.number))
                        .at(file, at("number", &phone.number))
                        .hint("use digits, spaces, +, -, ( and ) only, with at least 3 digits, e.g. \"+86 755 1234 5678\" or \"12333\""),
                );
            }
            self.localized(file, at("number", &phone.number), &phone.label, "phone label");
            phones.push(Phone { tel: tel_uri(&phone.number), number: phone.number, label: phone.label });
        }
        let hours = office.hours.and_then(|text| match self.read_hours(&text) {
            Ok(parsed) => Some(Hours { text, parsed }),
            Err(error) => {
                let value = at("hours", &text);
                let start = (value.start + error.column.saturating_sub(1)).min(value.end);
                self.diagnostics.push(
                    Diagnostic::error(error.message)
                        .at(file, start..value.end)
                        .hint("write hours in OpenStreetMap opening_hours syntax, e.g. \"Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00; PH off\""),
                );
                None
            }
        });
        let geo = office.geo.and_then(|[lat, lon]| {
            if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                self.diagnostics.push(
                    Diagnostic::error(format!("the coordinates [{lat}, {lon}] are out of range"))
                        .at(file, at("geo", ""))
                        .hint("write [latitude, longitude]: latitude from -90 to 90, longitude from -180 to 180, e.g. [22.543, 114.057]"),
                );
                return None;
            }
            let datum = office.datum.unwrap_or_default();
            let (wgs_lon, wgs_lat) = match datum {
                Datum::Wgs84 => (lon, lat),
                Datum::Gcj02 => coordtransform::gcj02_to_wgs84(lon, lat),
                Datum::Bd09 => coordtransform::bd09_to_wgs84(lon, lat),
            };
            Some(Geo { lat, lon, datum, wgs84: (wgs_lat, wgs_lon) })
        });
        let last_verified = match Date::parse(office.last_verified.trim()) {
            Some(date) if date > today => {
                self.diagnostics.push(
                    Diagnostic::error(format!("`last_verified` is {date}, a day in the future"))
                        .at(file, at("last_verified", &office.last_verified))
                        .hint(format!("write the day someone last confirmed these details (today is {today})")),
                );
                date
            }
            Some(date) => date,
            None => {
                self.diagnostics.push(
                    Diagnostic::error(format!("`{}` is not a valid date", office.last_verified))
                        .at(file, at("last_verified", &office.last_verified))
                        .hint("write dates as YYYY-MM-DD, e.g. 2026-10-01"),
                );
                today
            }
        };
        for (key, url) in [("website", &office.website), ("source", &office.source)] {
            if let Some(url) = url {
                if !(url.starts_with("https://") || url.starts_with("http://")) {
                    self.diagnostics.push(
                        Diagnostic::error(format!("`{url}` is not a web address"))
                            .at(file, at(key, url))
                            .hint("write the full address, starting with https://"),
                    );
                }
            }
        }
        let age = today.days_since_epoch() - last_verified.days_since_epoch();
        let stale = age > i64::from(self.config.offices.stale_after_days);
        if stale {
            self.diagnostics.push(
                Diagnostic::warning(format!(
                    "`{}` was last verified {age} days ago; readers will see that it may be out of date",
                    office.id
                ))
                .at(file, at("last_verified", &office.last_verified))
                .hint("check the details with the office and update `last_verified`"),
            );
        }
        // An office with mistakes is still placed (when its kind and region are known), so
        // that links to it do not add errors to the ones already reported.
        Some(Office {
            id: office.id,
            kind: kind?,
            name: office.name,
            region: region?,
            address: office.address,
            geo,
            phones,
            hours,
            services: services.into_iter().flatten().collect(),
            languages: office.languages,
            website: office.website,
            last_verified,
            source: office.source,
            example: office.example,
            stale,
        })
    }

    fn term(&mut self, file: &SourceText, span: Range<usize>, id: &str, is_kind: bool) -> Option<usize> {
        let terms = if is_kind { &self.directory.kinds } else { &self.directory.services };
        if let Some(index) = terms.iter().position(|t| t.id == id) {
            return Some(index);
        }
        if self.vocabulary_unread {
            return None;
        }
        let known: Vec<String> = terms.iter().map(|t| t.id.clone()).collect();
        let what = if is_kind { "kind" } else { "service" };
        self.unknown(file, span, what, id, known.iter().map(String::as_str), SERVICES_FILE);
        None
    }

    fn unknown<'k>(
        &mut self,
        file: &SourceText,
        span: Range<usize>,
        what: &str,
        value: &str,
        known: impl Iterator<Item = &'k str> + Clone,
        defined_in: &str,
    ) {
        let mut diagnostic = Diagnostic::error(format!("there is no {what} `{value}`")).at(file, span);
        if let Some(close) = suggest(value, known.clone()) {
            diagnostic = diagnostic.hint(format!("did you mean `{close}`?"));
        }
        let list: Vec<&str> = known.take(12).collect();
        self.diagnostics.push(diagnostic.hint(format!("{what}s are defined in {defined_in}: {}", list.join(", "))));
    }

    /// Checks a text map: the default language is there, and every key is a site language.
    fn localized(&mut self, file: &SourceText, span: Range<usize>, text: &Localized, what: &str) {
        let config = self.config;
        if !text.is_empty() && !text.contains_key(&config.default_language) && what != "phone label" {
            self.diagnostics.push(
                Diagnostic::error(format!(
                    "the {what} has no text in the default language `{}`",
                    config.default_language
                ))
                .at(file, span.clone())
                .hint(format!("add `{}: …`; other languages fall back to it", config.default_language)),
            );
        }
        if what == "office name" && text.is_empty() {
            self.diagnostics.push(Diagnostic::error("the office has no name").at(file, span.clone()));
        }
        for code in text.keys().filter(|code| config.language(code).is_none()) {
            let mut diagnostic =
                Diagnostic::error(format!("`{code}` is not one of the site's languages")).at(file, span.clone());
            if let Some(close) = suggest(code, config.language_codes()) {
                diagnostic = diagnostic.hint(format!("did you mean `{close}`?"));
            }
            self.diagnostics.push(diagnostic);
        }
    }
}

/// The place of `needle` inside an entry (the first occurrence), or the entry's first line.
fn find_in(file: &SourceText, entry: &Entry, needle: &str) -> Range<usize> {
    let text = &file.text[entry.span.clone()];
    match text.find(needle).filter(|_| !needle.is_empty()) {
        Some(start) => entry.span.start + start..entry.span.start + start + needle.len(),
        None => entry.key_span.clone(),
    }
}

/// The place of `key: value` inside an entry: the value if found after the key, else the key.
fn find_key_value(file: &SourceText, entry: &Entry, key: &str, value: &str) -> Range<usize> {
    let text = &file.text[entry.span.clone()];
    let pattern = format!("{key}:");
    let mut search_from = 0;
    while let Some(found) = text[search_from..].find(&pattern) {
        let start = search_from + found;
        let at_word_start =
            start == 0 || !text[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '-');
        if at_word_start {
            let after = start + pattern.len();
            if value.is_empty() {
                return entry.span.start + start..entry.span.start + after;
            }
            let quoted = format!("\"{value}\"");
            if let Some(offset) = text[after..].find(&quoted) {
                let value_start = after + offset + 1;
                return entry.span.start + value_start..entry.span.start + value_start + value.len();
            }
            if let Some(offset) = text[after..].find(value) {
                let value_start = after + offset;
                return entry.span.start + value_start..entry.span.start + value_start + value.len();
            }
            return entry.span.start + start..entry.span.start + after;
        }
        search_from = start + pattern.len();
    }
    entry.key_span.clone()
}
