//! Sort-key timestamps: the original data's format, tolerant parsing, and time ranges.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};

/// The sort-key timestamp format of the original data: `2023-03-19T23:59:59.999999+00:00`.
pub(crate) fn format_sk(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6f+00:00").to_string()
}

/// The sort-key time one microsecond after `sk` (to step past a message already at
/// that exact key); an unreadable time gets a `0` appended, which sorts just after it.
pub(crate) fn next_microsecond(sk: &str) -> String {
    match parse_timestamp(sk) {
        Some(t) => format_sk(t.with_timezone(&Utc) + chrono::Duration::microseconds(1)),
        None => format!("{sk}0"),
    }
}

/// Parses the timestamps found in the data: RFC 3339 with or without a fraction, and
/// without an offset (taken as UTC). `None` for anything else: callers report the row.
pub(crate) fn parse_timestamp(raw: &str) -> Option<DateTime<FixedOffset>> {
    let raw = raw.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t);
    }
    let zoned = [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%.f%#z",
    ];
    if let Some(t) = zoned
        .iter()
        .find_map(|fmt| DateTime::parse_from_str(raw, fmt).ok())
    {
        return Some(t);
    }
    let naive = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ];
    for fmt in naive {
        if let Ok(t) = NaiveDateTime::parse_from_str(raw, fmt) {
            return Some(Utc.from_utc_datetime(&t).fixed_offset());
        }
    }
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| Utc.from_utc_datetime(&t).fixed_offset())
}

/// Which rows of a conversation or inbox, by the time in their sort key.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TimeRange {
    /// Every row.
    #[default]
    All,
    /// Rows whose time starts with this prefix (the original `begins_with` on a year).
    Prefix(String),
    /// Rows between two sort-key times, both included.
    Between(String, String),
}

/// The display format with its zone: `2023-03-19 11:59 PM UTC`, or the offset
/// (`-05:00`) for a time stored with another one.
pub(crate) fn display_time_zoned(raw: &str) -> Option<String> {
    parse_timestamp(raw).map(|t| {
        let zone = if t.offset().local_minus_utc() == 0 {
            "UTC".to_string()
        } else {
            t.format("%:z").to_string()
        };
        format!("{} {zone}", t.format("%Y-%m-%d %I:%M %p"))
    })
}

/// A bound for `--since`/`--until`, in the sort-key format. A bare date means the
/// start of that day (`end_of_day` false) or its last microsecond (true).
/// `Err` says what was expected.
pub(crate) fn range_bound(raw: &str, end_of_day: bool) -> Result<String, String> {
    let expected = "is not a date or time; use YYYY-MM-DD or an ISO-8601 time such as 2023-03-19T23:59:59+00:00";
    if let Ok(d) = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d") {
        let t = if end_of_day {
            d.and_hms_micro_opt(23, 59, 59, 999_999)
        } else {
            d.and_hms_opt(0, 0, 0)
        }
        .ok_or(expected)?;
        return Ok(format_sk(Utc.from_utc_datetime(&t)));
    }
    parse_timestamp(raw)
        .map(|t| format_sk(t.with_timezone(&Utc)))
        .ok_or_else(|| expected.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_parse_with_or_without_fraction_and_offset() {
        for raw in [
            "2023-03-19T23:59:59.999999+00:00",
            "2023-03-19T23:59:59+00:00",
            "2023-03-19T23:59:59Z",
            "2023-03-19T23:59:59.5",
            "2023-03-19T23:59:59",
            "2023-03-19 23:59:59",
        ] {
            let t = parse_timestamp(raw).unwrap_or_else(|| panic!("{raw}"));
            assert_eq!(
                t.format("%Y-%m-%d %I:%M %p").to_string(),
                "2023-03-19 11:59 PM",
                "{raw}"
            );
        }
        assert_eq!(
            display_time_zoned("2023-01-02T03:04:05.000001-05:00").unwrap(),
            "2023-01-02 03:04 AM -05:00"
        );
        for bad in ["", "yesterday", "2023-13-01T00:00:00", "2023-03-19T25:00"] {
            assert!(parse_timestamp(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn the_next_microsecond_sorts_just_after() {
        let a = "2023-03-19T23:59:59.999999+00:00";
        let b = next_microsecond(a);
        assert_eq!(b, "2023-03-20T00:00:00.000000+00:00");
        assert!(b.as_str() > a);
    }

    #[test]
    fn zoned_times_name_their_zone() {
        assert_eq!(
            display_time_zoned("2023-03-19T23:59:59.999999+00:00").unwrap(),
            "2023-03-19 11:59 PM UTC"
        );
        assert_eq!(
            display_time_zoned("2023-03-19T23:59:59-05:00").unwrap(),
            "2023-03-19 11:59 PM -05:00"
        );
    }

    #[test]
    fn sort_keys_use_the_original_format() {
        let t = Utc.with_ymd_and_hms(2023, 3, 19, 23, 59, 59).unwrap();
        assert_eq!(format_sk(t), "2023-03-19T23:59:59.000000+00:00");
    }

    #[test]
    fn range_bounds_cover_whole_days() {
        assert_eq!(
            range_bound("2023-03-01", false).unwrap(),
            "2023-03-01T00:00:00.000000+00:00"
        );
        assert_eq!(
            range_bound("2023-03-19", true).unwrap(),
            "2023-03-19T23:59:59.999999+00:00"
        );
        assert_eq!(
            range_bound("2023-03-19T10:00:00+02:00", true).unwrap(),
            "2023-03-19T08:00:00.000000+00:00"
        );
        assert!(
            range_bound("last week", false)
                .unwrap_err()
                .starts_with("is not a date")
        );
    }
}
