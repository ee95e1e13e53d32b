//! The office directory as editors write it (`content/offices/*.yaml`), strongly typed:
//! unknown keys are errors.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use crate::config::Localized;

/// One region of `_regions.yaml`: a name per language and optional sub-regions.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionFile {
    pub name: Localized,
    #[serde(default)]
    pub weight: i64,
    #[serde(default)]
    pub children: BTreeMap<String, RegionFile>,
}

/// `_services.yaml`: the vocabularies.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServicesFile {
    #[serde(default)]
    pub kinds: Option<BTreeMap<String, Localized>>,
    #[serde(default)]
    pub services: Option<BTreeMap<String, Localized>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Datum {
    #[default]
    Wgs84,
    Gcj02,
    Bd09,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneFile {
    #[serde(deserialize_with = "quoted_string")]
    pub number: String,
    #[serde(default)]
    pub label: Localized,
}

/// One office, as written.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeFile {
    pub id: String,
    pub kind: String,
    pub name: Localized,
    pub region: String,
    #[serde(default)]
    pub address: Localized,
    #[serde(default)]
    pub geo: Option<[f64; 2]>,
    #[serde(default)]
    pub datum: Option<Datum>,
    #[serde(default)]
    pub phones: Vec<PhoneFile>,
    #[serde(default)]
    pub hours: Option<String>,
    #[serde(default)]
    pub services: Vec<String>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub website: Option<String>,
    pub last_verified: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub example: bool,
}

/// Phone numbers must be written in quotes: unquoted, YAML reads `0755 1234` as text but
/// `12333` as a number and `+8612333` as a number without its `+`.
fn quoted_string<'de, D: Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    match serde_yaml::Value::deserialize(deserializer)? {
        serde_yaml::Value::String(text) => Ok(text),
        other => Err(serde::de::Error::custom(format!(
            "phone numbers must be in quotes, e.g. \"{}\"",
            serde_yaml::to_string(&other).unwrap_or_default().trim()
        ))),
    }
}
