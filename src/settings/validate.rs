//! Validators for the values settings are made of. Each names the flag or variable
//! a bad value came from and what a good one looks like.

use super::LOCAL_ENDPOINT;
use super::url::mask_url;
use crate::error::{Error, Result};

/// Shortens a user-supplied value for an error message.
pub(crate) fn shorten(value: &str) -> String {
    const MAX: usize = 60;
    if value.chars().count() <= MAX {
        format!("{value:?}")
    } else {
        let head: String = value.chars().take(MAX).collect();
        format!("{head:?}... ({} characters)", value.chars().count())
    }
}

pub(crate) fn non_empty(value: &str, what: &str) -> Result<String> {
    if value.trim().is_empty() {
        Err(Error::Usage(format!("{what} must not be empty")))
    } else {
        Ok(value.to_string())
    }
}

/// DynamoDB's rule: 3 to 255 characters of a-z, A-Z, 0-9, '_', '-', '.'.
pub(crate) fn validate_table_name(name: &str, what: &str) -> Result<String> {
    let ok_chars = name
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'));
    valid((3..=255).contains(&name.len()) && ok_chars, name, || {
        format!(
            "invalid table name {} ({what}): DynamoDB table names are 3 to 255 characters of a-z, A-Z, 0-9, '_', '-' and '.'",
            shorten(name)
        )
    })
}

/// `value` when `ok`, else the usage error `why` says.
fn valid(ok: bool, value: &str, why: impl FnOnce() -> String) -> Result<String> {
    if ok {
        Ok(value.to_string())
    } else {
        Err(Error::Usage(why()))
    }
}

pub(crate) fn validate_region(region: &str, what: &str) -> Result<String> {
    let ok = !region.is_empty()
        && region.len() <= 64
        && region
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    valid(ok, region, || {
        format!(
            "invalid region {} ({what}): expected a region name such as us-east-1",
            shorten(region)
        )
    })
}

pub(crate) fn validate_endpoint(raw: &str, what: &str) -> Result<String> {
    let bad = || {
        Error::Usage(format!(
            "invalid endpoint URL {} ({what}): expected http(s)://host[:port], e.g. {LOCAL_ENDPOINT}",
            // The user's own input, unless it may carry credentials.
            shorten(&if raw.contains('@') {
                mask_url(raw)
            } else {
                raw.to_string()
            })
        ))
    };
    let url = url::Url::parse(raw).map_err(|_| bad())?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none_or(str::is_empty) {
        return Err(bad());
    }
    Ok(raw.trim_end_matches('/').to_string())
}
