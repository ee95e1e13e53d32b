//! `handbook`: a static-site generator for multilingual workers' rights handbooks.
//!
//! The build is a pipeline, one module per stage:
//! load ([`config`], [`theme`], [`i18n`], [`content`], [`directory`]) → validate ([`site`], with
//! [`markdown`]) → render ([`render`]) → write ([`output`]), run by [`build`].
//! [`preview`] keeps a build in memory for `serve` and redoes only what an edit changes.
//! Every stage reports problems as [`diagnostics`] and carries on, so editors see every
//! mistake in one run.

pub mod build;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod directory;
pub mod i18n;
pub mod markdown;
pub mod output;
pub mod preview;
pub mod render;
pub mod search;
pub mod site;
pub mod source;
pub mod text;
pub mod theme;
pub mod translations;
pub mod yaml;
