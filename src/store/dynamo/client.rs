//! Building the DynamoDB client, once per process.

use super::DynamoStore;
use crate::error::{Error, Fact, Result};
use crate::settings::{DEFAULT_DEV_REGION, DUMMY_ACCESS_KEY, EnvName, Settings};
use aws_config::SdkConfig;
use aws_sdk_dynamodb::Client;
use aws_sdk_dynamodb::config::retry::RetryConfig;
use aws_sdk_dynamodb::config::timeout::TimeoutConfig;
use aws_sdk_dynamodb::config::{BehaviorVersion, Credentials, Region, SharedCredentialsProvider};
use aws_smithy_async::rt::sleep::{SharedAsyncSleep, TokioSleep};
use std::time::Duration;

/// Connect quickly or not at all: a local endpoint that is down must fail in seconds.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);
/// Quick requests (list, describe, query, transactions): an endpoint that accepts
/// connections but never answers fails in seconds, not a minute.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(4);
const OPERATION_TIMEOUT: Duration = Duration::from_secs(10);
/// Long requests: a scan page or a batch write on a large DynamoDB Local table can take
/// seconds each (see [`long_requests`]).
const LONG_ATTEMPT_TIMEOUT: Duration = Duration::from_secs(20);
const LONG_OPERATION_TIMEOUT: Duration = Duration::from_secs(60);

/// The override for scan pages and batch writes: longer timeouts than quick requests.
pub(super) fn long_requests() -> aws_sdk_dynamodb::config::Builder {
    aws_sdk_dynamodb::config::Builder::default().timeout_config(
        TimeoutConfig::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .operation_attempt_timeout(LONG_ATTEMPT_TIMEOUT)
            .operation_timeout(LONG_OPERATION_TIMEOUT)
            .build(),
    )
}
/// Attempts per request, the SDK's retry layer (throttling, 5xx, resets).
const MAX_ATTEMPTS: u32 = 3;

impl DynamoStore {
    /// Builds the client. Dev signs with the static keys and region settings resolved
    /// (as the AWS CLI would choose them, or a dummy key): no credential chain, no SSO,
    /// no metadata probe, so it starts instantly on any machine.
    pub(crate) async fn connect(settings: &Settings) -> Result<DynamoStore> {
        let timeouts = TimeoutConfig::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .operation_attempt_timeout(ATTEMPT_TIMEOUT)
            .operation_timeout(OPERATION_TIMEOUT)
            .build();
        let retry = RetryConfig::standard().with_max_attempts(MAX_ATTEMPTS);
        let sdk = match settings.env {
            EnvName::Dev => {
                let region = settings
                    .region
                    .as_ref()
                    .map(|r| r.value.clone())
                    .unwrap_or_else(|| DEFAULT_DEV_REGION.to_string());
                let credentials = match &settings.dev_keys {
                    Some(k) => Credentials::new(
                        &k.access_key_id,
                        &k.secret_access_key,
                        k.session_token.clone(),
                        None,
                        "cruddur-ddb-dev-static",
                    ),
                    None => Credentials::new(
                        DUMMY_ACCESS_KEY,
                        DUMMY_ACCESS_KEY,
                        None,
                        None,
                        "cruddur-ddb-dev",
                    ),
                };
                let mut b = SdkConfig::builder()
                    .behavior_version(BehaviorVersion::latest())
                    .region(Region::new(region))
                    .credentials_provider(SharedCredentialsProvider::new(credentials))
                    .timeout_config(timeouts)
                    .sleep_impl(SharedAsyncSleep::new(TokioSleep::new()))
                    // A local server that refuses is down: retry briefly, fail fast.
                    .retry_config(retry.with_initial_backoff(Duration::from_millis(50)));
                if let Some(e) = &settings.endpoint {
                    b = b.endpoint_url(&e.value);
                }
                b.build()
            }
            EnvName::Prod => {
                let mut loader = aws_config::defaults(BehaviorVersion::latest())
                    .timeout_config(timeouts)
                    .retry_config(retry);
                if let Some(p) = &settings.profile {
                    loader = loader.profile_name(&p.value);
                }
                if let Some(r) = &settings.region {
                    loader = loader.region(Region::new(r.value.clone()));
                }
                if let Some(e) = &settings.endpoint {
                    loader = loader.endpoint_url(&e.value);
                }
                let shared = loader.load().await;
                if shared.region().is_none() {
                    return Err(Error::Store(
                        Fact::NoRegion,
                        "no AWS region for --env prod: the AWS config chain found none".into(),
                    ));
                }
                shared
            }
        };
        let mut builder = aws_sdk_dynamodb::config::Builder::from(&sdk);
        if settings.endpoint.is_none() {
            // Settings are the one place an endpoint is chosen: aws-config would also read
            // AWS_ENDPOINT_URL* and a profile's endpoint_url, which for another target
            // (`--to-env prod`) name this run's endpoint instead.
            builder.set_endpoint_url(None);
        }
        let client = Client::from_conf(builder.build());
        Ok(DynamoStore {
            client,
            label: settings.target_label(),
            sdk: Some(sdk),
            endpoint_from_settings: settings.endpoint.is_some(),
        })
    }
}
