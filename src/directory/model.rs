//! The office directory as editors write it (`content/offices/*.yaml`), strongly typed:
//! unknown keys are errors.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::config::Localized;
use crate::yaml::{check, Field};

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
    /// Unquoted numbers are read here and reported, as written, by the directory stage.
    #[serde(deserialize_with = "number_as_text")]
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

fn number_as_text<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<String, D::Error> {
    match serde_yaml::Value::deserialize(deserializer)? {
        serde_yaml::Value::String(text) => Ok(text),
        serde_yaml::Value::Number(number) => Ok(number.to_string()),
        _ => Err(serde::de::Error::custom("a phone number must be text in quotes, e.g. \"12333\"")),
    }
}

/// The keys of an office entry, for reporting every mistake in one (see [`crate::yaml::Field`]).
pub const OFFICE_FIELDS: &[Field] = &[
    Field { name: "id", required: true, check: check::<String> },
    Field { name: "kind", required: true, check: check::<String> },
    Field { name: "name", required: true, check: check::<Localized> },
    Field { name: "region", required: true, check: check::<String> },
    Field { name: "address", required: false, check: check::<Localized> },
    Field { name: "geo", required: false, check: check::<Option<[f64; 2]>> },
    Field { name: "datum", required: false, check: check::<Option<Datum>> },
    Field { name: "phones", required: false, check: check::<Vec<PhoneFile>> },
    Field { name: "hours", required: false, check: check::<Option<String>> },
    Field { name: "services", required: false, check: check::<Vec<String>> },
    Field { name: "languages", required: false, check: check::<Vec<String>> },
    Field { name: "website", required: false, check: check::<Option<String>> },
    Field { name: "last_verified", required: true, check: check::<String> },
    Field { name: "source", required: false, check: check::<Option<String>> },
    Field { name: "example", required: false, check: check::<bool> },
];

#[cfg(test)]
mod tests {
    use super::*;

    /// `OFFICE_FIELDS` must list exactly the keys of `OfficeFile`, which serde names when it
    /// meets an unknown one.
    #[test]
    fn office_fields_match_the_office_type() {
        let error = serde_yaml::from_str::<OfficeFile>("zzz: 1").expect_err("unknown key");
        let message = error.to_string();
        let expected = message.split("expected one of ").nth(1).expect("serde lists the keys");
        let keys: Vec<&str> = expected.split(", ").map(|key| key.split('`').nth(1).unwrap_or_default()).collect();
        let listed: Vec<&str> = OFFICE_FIELDS.iter().map(|field| field.name).collect();
        assert_eq!(keys, listed);
        let required: Vec<&str> = OFFICE_FIELDS.iter().filter(|f| f.required).map(|f| f.name).collect();
        assert_eq!(required, ["id", "kind", "name", "region", "last_verified"]);
    }
}
