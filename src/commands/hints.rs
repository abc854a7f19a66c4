//! What to do next: the hint added to each fact the store reports. The store knows
//! what failed and where; only this layer knows the flags and commands that fix it.

use crate::error::{Error, Fact};
use crate::settings::Settings;

fn hint(fact: Fact, settings: &Settings) -> String {
    let var = settings.postgres_var;
    match fact {
        Fact::TableMissing => {
            "create the table with `cruddur-ddb schema load` or check --table".into()
        }
        Fact::IndexMissing => format!(
            "the table lacks the index {}: recreate it with `cruddur-ddb schema load`",
            crate::model::schema::GROUP_INDEX
        ),
        Fact::DynamoUnreachable if settings.is_local() => {
            "start the local services with `make up` (or scripts/services.sh up), or point --endpoint-url at a running DynamoDB Local".into()
        }
        Fact::DynamoUnreachable => {
            "check the network, the region and --endpoint-url (run `cruddur-ddb config` to see the resolved target)".into()
        }
        Fact::DynamoCredentials => {
            "configure them with `aws configure`, --profile/AWS_PROFILE, or `aws sso login`".into()
        }
        Fact::DynamoRejectedCredentials => {
            "check --profile/AWS_PROFILE, or run `aws sso login`".into()
        }
        Fact::Throttled => "retry later or raise the table's capacity".into(),
        Fact::PostgresUnreachable => {
            format!("start the local services with `make up`, or fix {var}")
        }
        Fact::PostgresDatabaseMissing => {
            format!("fix the database name in {var}, or load db/schema.sql")
        }
        Fact::PostgresLogin => format!("check the user and password in {var}"),
        Fact::UserMissing => format!(
            "list the handles with `psql \"${var}\" -c 'select handle from users'`"
        ),
        Fact::GroupMissing => {
            "list a user's conversations with `cruddur-ddb pattern list-conversations --handle H`, or start one with `pattern create-message-group`".into()
        }
        Fact::NotParticipant => {
            "only the two participants can write to a conversation; check --handle and --group-uuid".into()
        }
        Fact::StreamMissing => {
            "enable one with `aws dynamodb update-table --table-name T --stream-specification StreamEnabled=true,StreamViewType=NEW_IMAGE` (tables from `cruddur-ddb schema load` without --no-stream have one)".into()
        }
        Fact::NoRegion => {
            "pass --region, set AWS_REGION, or set a region in your AWS profile".into()
        }
    }
}

/// The error with its hint, when it is a store fact. A missing table on a local
/// endpoint may be in another of DynamoDB Local's databases: that is said too.
pub fn add(err: Error, settings: &Settings) -> Error {
    match err.fact() {
        Some(Fact::TableMissing) => {
            let err = err.with_hint(&hint(Fact::TableMissing, settings));
            match settings.local_database_hint() {
                Some(local) => err.with_hint(&local),
                None => err,
            }
        }
        Some(fact) => err.with_hint(&hint(fact, settings)),
        None => err,
    }
}

/// A "no such table" error raised by a command itself, with the same hints.
pub fn missing_table(message: String, settings: &Settings) -> Error {
    match settings.local_database_hint() {
        Some(local) => Error::NotFound(format!("{message}; {local}")),
        None => Error::NotFound(message),
    }
}
