//! `s3://BUCKET/PREFIX`: where an export goes, or comes from.

/// A bucket and a key prefix (no leading or trailing slash; empty for the bucket's root).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct S3Url {
    pub(crate) bucket: String,
    pub(crate) prefix: String,
}

impl S3Url {
    /// `prefix/rest`, or `rest` at the root.
    pub(crate) fn key(&self, rest: &str) -> String {
        if self.prefix.is_empty() {
            rest.to_string()
        } else {
            format!("{}/{rest}", self.prefix)
        }
    }

    /// The same bucket, one level further down.
    pub(crate) fn join(&self, rest: &str) -> S3Url {
        let rest = rest.trim_matches('/');
        if rest.is_empty() {
            return self.clone();
        }
        S3Url {
            bucket: self.bucket.clone(),
            prefix: self.key(rest.trim_matches('/')),
        }
    }
}

impl std::fmt::Display for S3Url {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.prefix.is_empty() {
            write!(f, "s3://{}", self.bucket)
        } else {
            write!(f, "s3://{}/{}", self.bucket, self.prefix)
        }
    }
}

/// Whether an argument names S3 rather than a local path.
pub(crate) fn is_s3(raw: &str) -> bool {
    raw.starts_with("s3://")
}

/// Parses `s3://bucket[/prefix]`; the error says what is wrong.
pub(crate) fn parse(raw: &str) -> Result<S3Url, String> {
    let rest = raw
        .strip_prefix("s3://")
        .ok_or_else(|| format!("{raw:?} is not an S3 URL; write s3://BUCKET/PREFIX"))?;
    let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
    let valid = (3..=63).contains(&bucket.len())
        && bucket
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        && !bucket.starts_with(['-', '.'])
        && !bucket.ends_with(['-', '.']);
    if !valid {
        return Err(format!(
            "{raw:?}: {bucket:?} is not a bucket name (3 to 63 characters of a-z, 0-9, '-' and '.')"
        ));
    }
    Ok(S3Url {
        bucket: bucket.to_string(),
        prefix: prefix.trim_matches('/').to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_parse_and_bad_ones_say_why() {
        let u = parse("s3://my-bucket/exports/prod/").unwrap();
        assert_eq!(
            (u.bucket.as_str(), u.prefix.as_str()),
            ("my-bucket", "exports/prod")
        );
        assert_eq!(u.key("AWSDynamoDB"), "exports/prod/AWSDynamoDB");
        assert_eq!(u.to_string(), "s3://my-bucket/exports/prod");
        assert_eq!(parse("s3://b12").unwrap().key("x"), "x");
        assert_eq!(u.join("").to_string(), "s3://my-bucket/exports/prod");
        assert_eq!(u.join("/a/").to_string(), "s3://my-bucket/exports/prod/a");
        for bad in [
            "my-bucket/x",
            "s3://",
            "s3://UPPER/x",
            "s3://ab",
            "s3://-x-/y",
            "http://b/x",
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(is_s3("s3://b/p") && !is_s3("./b"));
    }
}
