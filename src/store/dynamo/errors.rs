//! SDK failures as typed facts: the operation, the endpoint and the cause. What to do
//! about them is the command layer's business (`commands::hints`).

use super::DynamoStore;
use crate::error::{Error, Fact};
use aws_sdk_dynamodb::error::{ProvideErrorMetadata, SdkError};

/// Error codes DynamoDB uses for throttling.
pub(super) const THROTTLING_CODES: [&str; 3] = [
    "ProvisionedThroughputExceededException",
    "ThrottlingException",
    "RequestLimitExceeded",
];

/// A failure worth sending the same request again for: no answer, a reset, a 5xx.
pub(super) fn transient<E: ProvideErrorMetadata, R>(e: &SdkError<E, R>) -> bool {
    match e {
        SdkError::TimeoutError(_) | SdkError::DispatchFailure(_) | SdkError::ResponseError(_) => {
            true
        }
        SdkError::ServiceError(_) => matches!(
            e.code(),
            Some(
                "InternalServerError"
                    | "InternalFailure"
                    | "ServiceUnavailable"
                    | "ServiceUnavailableException"
            )
        ),
        _ => false,
    }
}

fn mentions_credentials(cause: &str) -> bool {
    let c = cause.to_ascii_lowercase();
    [
        "credential",
        "imds",
        "profile",
        "sso",
        "token",
        "access key",
    ]
    .iter()
    .any(|w| c.contains(w))
}

/// Why no credentials could be used, in one line: the SDK's chain lists every provider
/// it tried at length (or says "IMDS is disabled or the caller has insufficient
/// permissions.;"), so a chain that found nothing is summarised.
fn credentials_cause(cause: &str) -> String {
    let c = cause.to_ascii_lowercase();
    if c.contains("provider chain")
        || c.contains("no credentials")
        || c.contains("imds")
        || c.contains("no providers")
    {
        "none found (tried environment variables, the shared config and credentials files with their SSO and process entries, web identity, container and instance metadata)".into()
    } else {
        let first = cause.split(". ").next().unwrap_or(cause);
        first.chars().take(160).collect()
    }
}

impl DynamoStore {
    /// Turns an SDK error into a typed error naming the operation and the endpoint.
    /// `table`: the table the request was about, for a "no such table" fact.
    pub(super) fn classify<E, R>(
        &self,
        what: &str,
        table: Option<&str>,
        err: SdkError<E, R>,
    ) -> Error
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
        R: std::fmt::Debug + Send + Sync + 'static,
    {
        let label = &self.label;
        let cause = super::root_cause(&err);
        let no_credentials = || {
            Error::Store(
                Fact::DynamoCredentials,
                format!(
                    "no AWS credentials for {label} ({what}): {}",
                    credentials_cause(&cause)
                ),
            )
        };
        match &err {
            SdkError::DispatchFailure(_) | SdkError::ConstructionFailure(_)
                if mentions_credentials(&cause) =>
            {
                no_credentials()
            }
            SdkError::DispatchFailure(d) if d.is_timeout() || d.is_io() => Error::Store(
                Fact::DynamoUnreachable,
                format!("cannot reach DynamoDB at {label} ({what}): {cause}"),
            ),
            SdkError::DispatchFailure(_) => Error::Store(
                Fact::DynamoUnreachable,
                format!("request to DynamoDB at {label} failed ({what}): {cause}"),
            ),
            SdkError::TimeoutError(_) => Error::Store(
                Fact::DynamoUnreachable,
                format!("DynamoDB at {label} did not answer in time ({what})"),
            ),
            SdkError::ConstructionFailure(_) => {
                Error::Usage(format!("could not build the request ({what}): {cause}"))
            }
            _ => {
                let code = err.code().unwrap_or("");
                let message = err.message().unwrap_or("").to_string();
                let detail = if message.is_empty() {
                    code.to_string()
                } else {
                    format!("{code}: {message}")
                };
                match code {
                    "ResourceNotFoundException" => match table {
                        Some(table) => Error::Store(
                            Fact::TableMissing {
                                table: table.to_string(),
                            },
                            format!("table {table} does not exist at {label} ({what})"),
                        ),
                        None => Error::NotFound(format!("{what}: not found at {label} ({detail})")),
                    },
                    "UnrecognizedClientException"
                    | "InvalidSignatureException"
                    | "MissingAuthenticationTokenException"
                    | "IncompleteSignatureException"
                    | "ExpiredTokenException"
                    | "AccessDeniedException" => Error::Store(
                        Fact::DynamoRejectedCredentials,
                        format!("DynamoDB at {label} rejected the credentials ({what}): {detail}"),
                    ),
                    "ValidationException"
                        if message.contains("does not have the specified index") =>
                    {
                        Error::Store(Fact::IndexMissing, format!("{what}: {detail} at {label}"))
                    }
                    "ValidationException" => {
                        Error::Usage(format!("{what}: DynamoDB rejected the request: {detail}"))
                    }
                    "ResourceInUseException" => Error::Conflict(format!("{what}: {detail}")),
                    c if THROTTLING_CODES.contains(&c) => Error::Store(
                        Fact::Throttled,
                        format!(
                            "{what}: still throttled by {label} after the SDK's retries ({detail})"
                        ),
                    ),
                    "" => {
                        Error::Service(format!("{what}: unexpected answer from {label}: {cause}"))
                    }
                    _ => Error::Service(format!("{what}: {detail} (from {label})")),
                }
            }
        }
    }
}
