//! The DynamoDB store: one client per process, built once from the settings, offering
//! domain operations. Only this folder names SDK request types.
//!
//! - [`client`]: building the client (dev: the CLI's static keys; prod: aws-config);
//! - [`errors`]: SDK failures as typed facts (operation, table, endpoint, cause);
//! - [`tables`]: list, describe, require, create, delete, wait;
//! - [`queries`]: the messaging read patterns;
//! - [`messaging`]: the write patterns (new conversation, reply, moving group rows);
//! - [`repair`]: doctor's repairs, each conversation one conditioned transaction;
//! - [`streams`]: reading the table's DynamoDB stream;
//! - [`scan`]: streaming sequential and parallel scans;
//! - [`write`]: batched puts and deletes with retries of unprocessed items;
//! - [`pace`]: keeping consumed capacity at a rate, paid before each request.

mod client;
mod errors;
pub(crate) mod exports;
pub(crate) mod messaging;
pub(crate) mod pace;
pub(crate) mod queries;
pub(crate) mod repair;
pub(crate) mod scan;
pub(crate) mod streams;
pub(crate) mod tables;
pub(crate) mod write;

use aws_sdk_dynamodb::Client;

#[derive(Clone)]
pub(crate) struct DynamoStore {
    client: Client,
    /// Where requests go, for messages.
    label: String,
    /// What the client was built from, for the DynamoDB Streams client (same endpoint,
    /// credentials and region). `None` for a store on a test's mocked client.
    sdk: Option<aws_config::SdkConfig>,
    /// Whether the settings named an endpoint (else the regional one, never the env's).
    endpoint_from_settings: bool,
}

impl DynamoStore {
    /// A store on an existing client (tests build one on the SDK's mocks).
    #[cfg(test)]
    pub(crate) fn from_client(client: Client, label: String) -> DynamoStore {
        DynamoStore {
            client,
            label,
            sdk: None,
            endpoint_from_settings: true,
        }
    }

    /// The configuration the client was built from (credentials, region, timeouts), for
    /// the S3 client of the same target.
    pub(crate) fn sdk_config(&self) -> Option<&aws_config::SdkConfig> {
        self.sdk.as_ref()
    }

    /// Where requests go: the endpoint, or "DynamoDB <region>".
    pub(crate) fn label(&self) -> &str {
        &self.label
    }
}

impl DynamoStore {
    /// Sends a request: `send` gets the config override to send it with (`base`, with
    /// retries off when paced). With a pacer it first reserves `estimate` units and waits
    /// for its turn, settles the reservation with what the response says it cost
    /// (`cost`: units and items), and is the retry layer for throttling: a throttle
    /// halves the pace and the request goes again after a backoff.
    async fn paced<O, E, R, F, Fut>(
        &self,
        pacer: &Option<pace::Pacer>,
        estimate: f64,
        cost: impl Fn(&O) -> (f64, u64),
        base: fn() -> aws_sdk_dynamodb::config::Builder,
        send: F,
    ) -> std::result::Result<O, aws_sdk_dynamodb::error::SdkError<E, R>>
    where
        E: aws_sdk_dynamodb::error::ProvideErrorMetadata,
        F: Fn(aws_sdk_dynamodb::config::Builder) -> Fut,
        Fut: std::future::Future<
                Output = std::result::Result<O, aws_sdk_dynamodb::error::SdkError<E, R>>,
            >,
    {
        use aws_sdk_dynamodb::error::ProvideErrorMetadata;
        let Some(pacer) = pacer else {
            return send(base()).await;
        };
        let (mut throttles, mut failures) = (0, 0);
        loop {
            let reservation = pacer.reserve(estimate).await;
            let one_try = base().retry_config(
                aws_sdk_dynamodb::config::retry::RetryConfig::standard().with_max_attempts(1),
            );
            match send(one_try).await {
                Ok(out) => {
                    let (units, items) = cost(&out);
                    pacer.settle(reservation, units, items);
                    pacer.succeeded();
                    return Ok(out);
                }
                Err(e)
                    if throttles < pace::MAX_THROTTLES
                        && e.code()
                            .is_some_and(|c| errors::THROTTLING_CODES.contains(&c)) =>
                {
                    // A throttled request consumed nothing.
                    pacer.settle(reservation, 0.0, 0);
                    tokio::time::sleep(pacer.throttled(throttles)).await;
                    throttles += 1;
                }
                // The SDK's retries are off here: transient failures (5xx, resets,
                // timeouts) are retried by this loop instead, a few times with backoff.
                // What such a request cost is unknown: its reservation is kept.
                Err(e) if failures < 3 && errors::transient(&e) => {
                    pacer.keep(reservation);
                    failures += 1;
                    tokio::time::sleep(std::time::Duration::from_millis(100 << failures)).await;
                }
                Err(e) => {
                    pacer.keep(reservation);
                    return Err(e);
                }
            }
        }
    }
}

/// Capacity units of a response's ConsumedCapacity (0 when DynamoDB sent none).
fn capacity_units(c: Option<&aws_sdk_dynamodb::types::ConsumedCapacity>) -> f64 {
    c.and_then(|c| c.capacity_units).unwrap_or(0.0)
}

/// The innermost error message of a chain: the useful part ("Connection refused").
pub(crate) fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut current: &(dyn std::error::Error + 'static) = err;
    while let Some(next) = current.source() {
        current = next;
    }
    let text = current.to_string();
    if text.is_empty() {
        err.to_string()
    } else {
        text
    }
}
