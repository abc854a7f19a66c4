//! What to do next: the hints added to each fact the store reports. The store knows
//! what failed and where; only this layer knows the flags and commands that fix it.

use crate::context::Context;
use crate::error::{Error, Fact};
use crate::settings::{Settings, Source};

/// The hint for a fact, in this run's settings.
fn hint(fact: &Fact, settings: &Settings) -> String {
    let var = settings.postgres_var;
    match fact {
        Fact::TableMissing { table } if *table == settings.table.value => {
            match settings.table.source {
                Source::Default => "create it with `cruddur-ddb schema load`".into(),
                ref from => format!(
                    "create it with `cruddur-ddb schema load`, or check {} (it names {table})",
                    from.label()
                ),
            }
        }
        Fact::TableMissing { .. } => "check the name with `cruddur-ddb table list`".into(),
        Fact::IndexMissing => format!(
            "the table lacks the index {}: recreate it with `cruddur-ddb schema load`",
            crate::model::schema::GROUP_INDEX
        ),
        Fact::DynamoUnreachable if settings.is_local() => {
            "start the local services with `make up` (or scripts/services.sh up), or point --endpoint-url at a running DynamoDB Local".into()
        }
        Fact::DynamoUnreachable => {
            "check the network, the region and --endpoint-url (`cruddur-ddb config` shows the resolved target)".into()
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
        Fact::StreamMissing => stream_hint(settings),
        Fact::BucketMissing => "create it (`aws s3 mb s3://BUCKET`), or check the bucket in the s3:// URL".into(),
        Fact::S3Denied => "check the credentials (--profile/AWS_PROFILE) and the bucket's policy".into(),
        Fact::S3Unreachable => "check --s3-endpoint-url / AWS_ENDPOINT_URL_S3 (`cruddur-ddb config` shows it); for moto: `scripts/services.sh up moto`".into(),
        Fact::PitrOff => "pass --enable-pitr to turn point-in-time recovery on first (it is billed per GB-month)".into(),
        Fact::UsersTableShape => {
            "create Cruddur's users table there from db/schema.sql (`psql URL -f db/schema.sql`), or name the database that holds it".into()
        }
        Fact::JobFailed => "see the failure above; fix it, then run the command again".into(),
        Fact::NoRegion => {
            "pass --region, set AWS_REGION, or set a region in your AWS profile".into()
        }
    }
}

/// How to give this run's table a stream, aimed where this run is.
fn stream_hint(settings: &Settings) -> String {
    let endpoint = settings
        .endpoint
        .as_ref()
        .map(|e| format!(" --endpoint-url {}", e.value))
        .unwrap_or_default();
    let region = settings
        .region
        .as_ref()
        .map(|r| format!(" --region {}", r.value))
        .unwrap_or_default();
    format!(
        "enable one with `aws dynamodb update-table --table-name {}{endpoint}{region} --stream-specification StreamEnabled=true,StreamViewType=NEW_IMAGE` (tables from `cruddur-ddb schema load` have one unless --no-stream)",
        settings.table.value
    )
}

/// The error with what to do about it. A store fact gets its hint unless the command
/// already said what to do; a table missing from a local endpoint whose database holds
/// no table at all may be in another of DynamoDB Local's databases: that is said too.
pub(crate) async fn add(err: Error, ctx: &Context) -> Error {
    let settings = &ctx.settings;
    let Some(fact) = err.fact().cloned() else {
        return err;
    };
    let err = if err.hints().is_empty() {
        err.with_hint(hint(&fact, settings))
    } else {
        err
    };
    match fact {
        Fact::TableMissing { .. } => match shared_db_hint(ctx).await {
            Some(h) => err.with_hint(h),
            None => err,
        },
        _ => err,
    }
}

/// The `-sharedDb` pitfall, when it may apply: a local endpoint whose database (for this
/// run's key and region) holds no table at all.
async fn shared_db_hint(ctx: &Context) -> Option<String> {
    let local = ctx.settings.local_database_hint()?;
    let store = ctx.dynamo().await.ok()?;
    let tables = tokio::time::timeout(std::time::Duration::from_secs(2), store.list_tables())
        .await
        .ok()?
        .ok()?;
    tables.is_empty().then_some(local)
}
