//! The open-data export: the whole directory, all languages, as one JSON file
//! (`offices.json` at the root of the output). Its shape is documented in README.md.

use serde::Serialize;

use crate::config::{Config, Localized};
use crate::directory::Directory;

pub const EXPORT_FILE: &str = "offices.json";
/// Bumped when the shape changes in a way that breaks readers.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Export<'a> {
    schema_version: u32,
    languages: Vec<&'a str>,
    default_language: &'a str,
    regions: Vec<RegionOut<'a>>,
    kinds: Vec<TermOut<'a>>,
    services: Vec<TermOut<'a>>,
    offices: Vec<OfficeOut<'a>>,
}

#[derive(Serialize)]
struct RegionOut<'a> {
    id: &'a str,
    parent: Option<&'a str>,
    name: &'a Localized,
}

#[derive(Serialize)]
struct TermOut<'a> {
    id: &'a str,
    label: &'a Localized,
}

#[derive(Serialize)]
struct PhoneOut<'a> {
    number: &'a str,
    tel: &'a str,
    #[serde(skip_serializing_if = "Localized::is_empty")]
    label: &'a Localized,
}

#[derive(Serialize)]
struct GeoOut {
    /// WGS84, converted from the datum written.
    lat: f64,
    lon: f64,
    source_datum: crate::directory::model::Datum,
}

#[derive(Serialize)]
struct OfficeOut<'a> {
    id: &'a str,
    kind: &'a str,
    region: &'a str,
    name: &'a Localized,
    #[serde(skip_serializing_if = "Localized::is_empty")]
    address: &'a Localized,
    #[serde(skip_serializing_if = "Option::is_none")]
    geo: Option<GeoOut>,
    phones: Vec<PhoneOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    opening_hours: Option<&'a str>,
    services: Vec<&'a str>,
    languages: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    website: Option<&'a str>,
    last_verified: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    example: bool,
}

pub fn export(directory: &Directory, config: &Config) -> Vec<u8> {
    let export = Export {
        schema_version: SCHEMA_VERSION,
        languages: config.language_codes().collect(),
        default_language: &config.default_language,
        regions: directory
            .regions
            .iter()
            .map(|r| RegionOut {
                id: &r.path,
                parent: r.parent.map(|p| directory.regions[p].path.as_str()),
                name: &r.name,
            })
            .collect(),
        kinds: directory.kinds.iter().map(|t| TermOut { id: &t.id, label: &t.label }).collect(),
        services: directory.services.iter().map(|t| TermOut { id: &t.id, label: &t.label }).collect(),
        offices: directory
            .offices
            .iter()
            .map(|o| OfficeOut {
                id: &o.id,
                kind: &directory.kinds[o.kind].id,
                region: &directory.regions[o.region].path,
                name: &o.name,
                address: &o.address,
                geo: o.geo.map(|g| GeoOut { lat: round6(g.wgs84.0), lon: round6(g.wgs84.1), source_datum: g.datum }),
                phones: o.phones.iter().map(|p| PhoneOut { number: &p.number, tel: &p.tel, label: &p.label }).collect(),
                opening_hours: o.hours.as_ref().map(|h| h.text.as_str()),
                services: o.services.iter().map(|&s| directory.services[s].id.as_str()).collect(),
                languages: &o.languages,
                website: o.website.as_deref(),
                last_verified: o.last_verified.to_string(),
                source: o.source.as_deref(),
                example: o.example,
            })
            .collect(),
    };
    let mut json = serde_json::to_vec_pretty(&export).unwrap_or_default();
    json.push(b'\n');
    json
}

/// Six decimals: about 10 cm, more than a street address needs.
pub fn round6(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}
