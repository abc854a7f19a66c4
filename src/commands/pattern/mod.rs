//! `cruddur-ddb pattern ...`: the app's two access patterns.

pub mod get_conversations;
pub mod list_conversations;

use crate::context::Context;
use crate::error::{Error, Result};
use crate::model::range_bound;
use crate::store::dynamo::SortCondition;
use clap::{Args, Subcommand};

#[derive(Debug, Subcommand)]
pub enum PatternCommand {
    /// Messages of one conversation (pk = MSG#<group>), newest N shown oldest first
    GetConversations(get_conversations::GetArgs),
    /// A user's conversations (pk = GRP#<user uuid>), most recent first
    ListConversations(list_conversations::ListArgs),
}

pub async fn run(cmd: PatternCommand, ctx: &mut Context) -> Result<()> {
    match cmd {
        PatternCommand::GetConversations(args) => get_conversations::run(args, ctx).await,
        PatternCommand::ListConversations(args) => list_conversations::run(args, ctx).await,
    }
}

/// How many rows, and which time range of the sort key.
#[derive(Debug, Args)]
pub struct RangeArgs {
    /// At most this many rows (newest first)
    #[arg(long, default_value_t = 20, allow_negative_numbers = true, value_parser = clap::value_parser!(i32).range(1..))]
    pub limit: i32,
    /// Only rows whose time starts with this year (the original begins_with filter)
    #[arg(long, value_name = "YYYY", conflicts_with_all = ["since", "until"])]
    pub year: Option<String>,
    /// Only rows at or after this time (YYYY-MM-DD or ISO-8601)
    #[arg(long, value_name = "TIME")]
    pub since: Option<String>,
    /// Only rows at or before this time (YYYY-MM-DD means the whole day)
    #[arg(long, value_name = "TIME")]
    pub until: Option<String>,
}

impl RangeArgs {
    pub fn condition(&self) -> Result<SortCondition> {
        if let Some(y) = &self.year {
            let ok = y.len() == 4 && y.chars().all(|c| c.is_ascii_digit());
            if !ok {
                return Err(Error::Usage(format!(
                    "--year {} is not a four-digit year such as 2023",
                    crate::settings::shorten(y)
                )));
            }
            return Ok(SortCondition::BeginsWith(y.clone()));
        }
        if self.since.is_none() && self.until.is_none() {
            return Ok(SortCondition::None);
        }
        let since = match &self.since {
            Some(s) => range_bound(s, false, "--since")?,
            None => "0000".to_string(),
        };
        let until = match &self.until {
            Some(u) => range_bound(u, true, "--until")?,
            None => "9999".to_string(),
        };
        if since > until {
            return Err(Error::Usage(format!(
                "--since ({since}) is after --until ({until}); swap them"
            )));
        }
        Ok(SortCondition::Between(since, until))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(year: Option<&str>, since: Option<&str>, until: Option<&str>) -> RangeArgs {
        RangeArgs {
            limit: 20,
            year: year.map(String::from),
            since: since.map(String::from),
            until: until.map(String::from),
        }
    }

    #[test]
    fn no_range_means_no_year_filter() {
        // The original filtered on the current year and showed nothing in early January.
        assert_eq!(
            range(None, None, None).condition().unwrap(),
            SortCondition::None
        );
    }

    #[test]
    fn year_and_ranges_are_validated() {
        assert_eq!(
            range(Some("2023"), None, None).condition().unwrap(),
            SortCondition::BeginsWith("2023".into())
        );
        assert!(range(Some("23"), None, None).condition().is_err());
        assert!(range(Some("２０２３"), None, None).condition().is_err());
        let open_end = range(None, Some("2023-03-01"), None).condition().unwrap();
        assert_eq!(
            open_end,
            SortCondition::Between("2023-03-01T00:00:00.000000+00:00".into(), "9999".into())
        );
        let err = range(None, Some("2024-01-01"), Some("2023-01-01"))
            .condition()
            .unwrap_err();
        assert!(err.to_string().contains("swap"), "{err}");
    }
}
