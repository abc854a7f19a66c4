//! S3 (aws-sdk-s3): listing an export's objects, reading its manifests, and streaming
//! its data objects, on the endpoint and credentials the settings name. Custom endpoints
//! (moto, MinIO, LocalStack) use path-style addressing.

use crate::error::{Error, Fact, Result};
use crate::model::s3url::S3Url;
use aws_sdk_s3::error::{ProvideErrorMetadata, SdkError};
use std::io::Read;

#[derive(Clone)]
pub(crate) struct S3Store {
    client: aws_sdk_s3::Client,
    /// Where requests go, for messages.
    label: String,
}

/// An object under a prefix.
#[derive(Debug, Clone)]
pub(crate) struct Object {
    pub(crate) key: String,
    pub(crate) size: i64,
    /// Seconds since the epoch.
    pub(crate) modified: Option<f64>,
    pub(crate) etag: Option<String>,
}

impl S3Store {
    /// A client from the same configuration (credentials, region, timeouts) as the
    /// DynamoDB one, aimed at `endpoint` (path-style), or at AWS S3 when `None`.
    pub(crate) fn connect(sdk: &aws_config::SdkConfig, endpoint: Option<&str>) -> S3Store {
        let mut b = aws_sdk_s3::config::Builder::from(sdk);
        b.set_endpoint_url(endpoint.map(str::to_string));
        if endpoint.is_some() {
            b = b.force_path_style(true);
        }
        let label = match endpoint {
            Some(e) => e.to_string(),
            None => format!(
                "S3 {}",
                sdk.region()
                    .map(|r| r.as_ref().to_string())
                    .unwrap_or_default()
            ),
        };
        S3Store {
            client: aws_sdk_s3::Client::from_conf(b.build()),
            label,
        }
    }

    pub(crate) fn label(&self) -> &str {
        &self.label
    }

    fn classify<E, R>(&self, what: &str, bucket: &str, e: SdkError<E, R>) -> Error
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
        R: std::fmt::Debug + Send + Sync + 'static,
    {
        let cause = super::dynamo::root_cause(&e);
        let label = &self.label;
        match &e {
            SdkError::DispatchFailure(_) | SdkError::TimeoutError(_) => Error::Store(
                Fact::S3Unreachable,
                format!("cannot reach S3 at {label} ({what}): {cause}"),
            ),
            _ => match e.code() {
                Some("NoSuchBucket") => Error::Store(
                    Fact::BucketMissing,
                    format!("bucket {bucket} does not exist at {label} ({what})"),
                ),
                Some("AccessDenied" | "InvalidAccessKeyId" | "SignatureDoesNotMatch") => {
                    Error::Store(
                        Fact::S3Denied,
                        format!("S3 at {label} denied {what} in bucket {bucket}"),
                    )
                }
                Some("NoSuchKey") => Error::NotFound(format!("{what}: no such object at {label}")),
                _ => Error::Service(format!("{what} at {label}: {cause}")),
            },
        }
    }

    /// Every object under `url`'s prefix (all pages).
    pub(crate) async fn list(&self, url: &S3Url) -> Result<Vec<Object>> {
        let prefix = if url.prefix.is_empty() {
            String::new()
        } else {
            format!("{}/", url.prefix)
        };
        let pages = self
            .client
            .list_objects_v2()
            .bucket(&url.bucket)
            .prefix(&prefix)
            .into_paginator()
            .send()
            .collect::<std::result::Result<Vec<_>, _>>()
            .await
            .map_err(|e| self.classify(&format!("list {url}"), &url.bucket, e))?;
        Ok(pages
            .into_iter()
            .flat_map(|p| p.contents.unwrap_or_default())
            .filter_map(|o| {
                Some(Object {
                    size: o.size.unwrap_or(0),
                    modified: o.last_modified.map(|t| t.as_secs_f64()),
                    etag: o.e_tag,
                    key: o.key?,
                })
            })
            .collect())
    }

    /// A small object whole (a manifest, a table description); `None` when missing.
    pub(crate) async fn get_small(&self, bucket: &str, key: &str) -> Result<Option<Vec<u8>>> {
        match self
            .client
            .get_object()
            .bucket(bucket)
            .key(key)
            .send()
            .await
        {
            Ok(o) => {
                let bytes = o
                    .body
                    .collect()
                    .await
                    .map_err(|e| Error::Service(format!("reading s3://{bucket}/{key}: {e}")))?;
                Ok(Some(bytes.into_bytes().to_vec()))
            }
            Err(e) if e.code() == Some("NoSuchKey") => Ok(None),
            Err(e) => Err(self.classify(&format!("read s3://{bucket}/{key}"), bucket, e)),
        }
    }

    /// Writes a small object whole (a description beside an export).
    pub(crate) async fn put_small(&self, bucket: &str, key: &str, body: Vec<u8>) -> Result<()> {
        self.client
            .put_object()
            .bucket(bucket)
            .key(key)
            .content_type("application/json")
            .body(body.into())
            .send()
            .await
            .map(|_| ())
            .map_err(|e| self.classify(&format!("write s3://{bucket}/{key}"), bucket, e))
    }

    /// An object as a blocking reader, streamed (never held whole); with `etag`, only
    /// that version of it (an object changed since it was listed is an error, not other
    /// bytes). Call on a blocking thread: `handle` runs the request.
    pub(crate) fn reader(
        &self,
        handle: &tokio::runtime::Handle,
        bucket: &str,
        key: &str,
        etag: Option<&str>,
    ) -> Result<Box<dyn Read + Send>> {
        let request = self
            .client
            .get_object()
            .bucket(bucket)
            .key(key)
            .set_if_match(etag.map(str::to_string));
        let sent = handle.block_on(request.send());
        let object = sent.map_err(|e| {
            if e.code() == Some("PreconditionFailed") {
                return Error::Conflict(format!(
                    "s3://{bucket}/{key} changed while it was being read"
                ))
                .with_hint("run the command again once nothing writes to the export");
            }
            self.classify(&format!("read s3://{bucket}/{key}"), bucket, e)
        })?;
        let stream = object.body.into_async_read();
        Ok(Box::new(tokio_util::io::SyncIoBridge::new_with_handle(
            stream,
            handle.clone(),
        )))
    }

    /// Whether the bucket exists and may be reached (an export to a missing bucket fails
    /// late otherwise).
    pub(crate) async fn check_bucket(&self, bucket: &str) -> Result<()> {
        match self.client.head_bucket().bucket(bucket).send().await {
            Ok(_) => Ok(()),
            Err(e) => {
                let status = e.raw_response().map(|r| r.status().as_u16());
                Err(match status {
                    Some(404) => Error::Store(
                        Fact::BucketMissing,
                        format!("bucket {bucket} does not exist at {}", self.label),
                    ),
                    Some(403) => Error::Store(
                        Fact::S3Denied,
                        format!("S3 at {} denied access to bucket {bucket}", self.label),
                    ),
                    _ => self.classify("check the bucket", bucket, e),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_sdk_s3::Client;
    use aws_sdk_s3::operation::get_object::GetObjectError;
    use aws_sdk_s3::primitives::SdkBody;
    use aws_smithy_mocks::{RuleMode, mock, mock_client};
    use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
    use aws_smithy_runtime_api::http::StatusCode;

    fn store(client: Client) -> S3Store {
        S3Store {
            client,
            label: "mock".into(),
        }
    }

    #[tokio::test]
    async fn access_denied_and_a_missing_bucket_are_facts_with_their_fix() {
        let denied = mock!(Client::head_bucket).then_http_response(|| {
            HttpResponse::new(StatusCode::try_from(403).unwrap(), SdkBody::empty())
        });
        let s = store(mock_client!(aws_sdk_s3, RuleMode::MatchAny, [&denied]));
        let e = s.check_bucket("b").await.unwrap_err();
        assert!(matches!(e, Error::Store(Fact::S3Denied, _)), "{e:?}");
        assert_eq!(e.exit().code(), 5);

        let missing = mock!(Client::head_bucket).then_http_response(|| {
            HttpResponse::new(StatusCode::try_from(404).unwrap(), SdkBody::empty())
        });
        let s = store(mock_client!(aws_sdk_s3, RuleMode::MatchAny, [&missing]));
        let e = s.check_bucket("b").await.unwrap_err();
        assert_eq!(e.to_string(), "bucket b does not exist at mock");

        let refused = mock!(Client::get_object).then_error(|| {
            GetObjectError::generic(
                aws_sdk_s3::error::ErrorMetadata::builder()
                    .code("AccessDenied")
                    .message("Access Denied")
                    .build(),
            )
        });
        let s = store(mock_client!(aws_sdk_s3, RuleMode::MatchAny, [&refused]));
        let e = s.get_small("b", "k").await.unwrap_err();
        assert_eq!(e.to_string(), "S3 at mock denied read s3://b/k in bucket b");
        assert!(matches!(e, Error::Store(Fact::S3Denied, _)));
    }
}
