//! Validated settings: the one place where flags and environment variables become
//! a resolved target (env, endpoint, region, profile, table, Postgres URL).
//! Nothing here touches the network.

pub(crate) mod aws_files;
pub(crate) mod url;
pub(crate) mod validate;

use aws_files::{DevIdentity, StaticCredentials, mask_key};
use std::path::Path;

use crate::error::{Error, Result};
use clap::ValueEnum;
use serde::Serialize;
use url::{is_loopback_url, mask_url};
use validate::{non_empty, shorten, validate_endpoint, validate_region, validate_table_name};

pub(crate) const DEFAULT_TABLE: &str = "cruddur-messages";
pub(crate) const LOCAL_ENDPOINT: &str = "http://localhost:8000";
pub(crate) const DEFAULT_DEV_REGION: &str = "us-east-1";

/// Which deployment the command targets. Exact values only: `prod` is never
/// matched as a substring (the original scripts treated `nonprod` as prod).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EnvName {
    /// DynamoDB Local (http://localhost:8000) with dummy credentials
    Dev,
    /// Real DynamoDB through the standard AWS credential chain
    Prod,
}

impl EnvName {
    pub fn as_str(self) -> &'static str {
        match self {
            EnvName::Dev => "dev",
            EnvName::Prod => "prod",
        }
    }
}

/// Where a setting came from: code decides on it (a flag beats a variable; only a
/// default may be replaced by what a file records), and `config` prints it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    /// A command-line flag, e.g. `--region`.
    Flag(&'static str),
    /// An environment variable, e.g. `AWS_REGION`.
    Var(&'static str),
    /// A value from the AWS shared files: `profile work in ~/.aws/config`.
    Profile(String),
    /// Nothing given: the tool's default.
    Default,
    /// Nothing given: dev's default (DynamoDB Local's endpoint, us-east-1).
    DevDefault,
}

impl Source {
    /// How `config` and messages name it.
    pub(crate) fn label(&self) -> String {
        match self {
            Source::Flag(f) => (*f).to_string(),
            Source::Var(v) => (*v).to_string(),
            Source::Profile(p) => p.clone(),
            Source::Default => "default".into(),
            Source::DevDefault => "default for dev".into(),
        }
    }
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.label())
    }
}

/// A resolved value and where it came from, so `config` can explain itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Sourced {
    pub value: String,
    pub source: Source,
}

impl Sourced {
    fn new(value: impl Into<String>, source: Source) -> Self {
        Sourced {
            value: value.into(),
            source,
        }
    }
}

#[derive(Debug, Clone)]
pub(crate) struct Settings {
    pub env: EnvName,
    pub env_source: Source,
    /// `None` in prod without an override: the SDK's regional endpoint.
    pub endpoint: Option<Sourced>,
    /// Where S3 requests go: `--s3-endpoint-url`, `AWS_ENDPOINT_URL_S3`, then
    /// `AWS_ENDPOINT_URL`; `None`: the SDK's regional S3 (prod only; a local target
    /// without one is refused where S3 is used, never sent to real S3).
    pub s3_endpoint: Option<Sourced>,
    /// `None` in prod without a flag or variable: the aws-config chain decides.
    pub region: Option<Sourced>,
    pub profile: Option<Sourced>,
    pub table: Sourced,
    /// Dev only: the static keys requests are signed with, chosen as the AWS CLI would
    /// (`None`: nothing configured, the dummy key). Its `Debug` hides the secrets.
    pub dev_keys: Option<StaticCredentials>,
    /// What resolution skipped (e.g. an SSO profile in dev), for `config` and hints.
    pub notes: Vec<String>,
    /// The Postgres URL (a secret: print only [`Settings::postgres_url_masked`]).
    postgres_url: Option<Secret>,
    /// The variable the Postgres URL is read from in this env.
    pub postgres_var: &'static str,
}

/// A value that is never shown: its `Debug` prints asterisks.
#[derive(Clone)]
struct Secret(String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("****")
    }
}

/// The global flags as given on the command line (before validation).
#[derive(Debug, Clone, Default)]
pub struct Flags {
    pub env: Option<EnvName>,
    pub endpoint_url: Option<String>,
    pub region: Option<String>,
    pub profile: Option<String>,
    pub table: Option<String>,
    pub s3_endpoint_url: Option<String>,
}

/// The dummy access key id used in dev when nothing is configured.
pub(crate) const DUMMY_ACCESS_KEY: &str = "cruddurlocal";

/// Reads environment variables and files; injectable so resolution is testable.
pub trait EnvLookup {
    fn var(&self, name: &str) -> Option<String>;
    /// A file's text (the AWS shared config and credentials files); `None` if unreadable.
    fn read_file(&self, path: &Path) -> Option<String> {
        // Lossy: a stray Latin-1 byte in a comment must not hide the whole file.
        std::fs::read(path)
            .ok()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    }
}

/// The real process environment. Empty values count as unset.
pub struct ProcessEnv;

impl EnvLookup for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }
}

impl<F: Fn(&str) -> Option<String>> EnvLookup for F {
    fn var(&self, name: &str) -> Option<String> {
        self(name).filter(|v| !v.is_empty())
    }
}

impl Settings {
    pub(crate) fn resolve(args: &Flags, env: &dyn EnvLookup) -> Result<Settings> {
        let (env_name, env_source) = match (args.env, env.var("CRUDDUR_ENV")) {
            (Some(e), _) => (e, Source::Flag("--env")),
            (None, Some(v)) => match EnvName::from_str(&v, false) {
                Ok(e) => (e, Source::Var("CRUDDUR_ENV")),
                Err(_) => {
                    return Err(Error::Usage(format!(
                        "CRUDDUR_ENV={} is not a valid environment",
                        shorten(&v)
                    ))
                    .with_hint("use exactly 'dev' or 'prod'"));
                }
            },
            (None, None) => (EnvName::Dev, Source::Default),
        };

        let endpoint = resolve_endpoint(args, env, env_name)?;
        let s3_endpoint = resolve_s3_endpoint(args, env)?;

        // Dev signs as the AWS CLI would (DynamoDB Local keeps a database per access key
        // and region); prod leaves credentials and the profile's region to aws-config.
        let identity = match env_name {
            EnvName::Dev => {
                let profile = args
                    .profile
                    .as_deref()
                    .map(|p| non_empty(p, "--profile"))
                    .transpose()?;
                let var = |name: &str| env.var(name);
                let read = |path: &Path| env.read_file(path);
                aws_files::resolve(profile.as_deref(), &var, &read).map_err(Error::Usage)?
            }
            EnvName::Prod => DevIdentity {
                credentials: None,
                region: None,
                profile: None,
                notes: Vec::new(),
            },
        };

        let region = if let Some(r) = &args.region {
            Some(Sourced::new(
                validate_region(r, "--region")?,
                Source::Flag("--region"),
            ))
        } else if let Some(r) = env.var("AWS_REGION") {
            Some(Sourced::new(
                validate_region(&r, "AWS_REGION")?,
                Source::Var("AWS_REGION"),
            ))
        } else if let Some(r) = env.var("AWS_DEFAULT_REGION") {
            Some(Sourced::new(
                validate_region(&r, "AWS_DEFAULT_REGION")?,
                Source::Var("AWS_DEFAULT_REGION"),
            ))
        } else if let Some(r) = identity.region {
            Some(Sourced::new(
                validate_region(&r.value, &r.source.label())?,
                r.source,
            ))
        } else if env_name == EnvName::Dev {
            Some(Sourced::new(DEFAULT_DEV_REGION, Source::DevDefault))
        } else {
            None
        };

        let profile = match (&args.profile, env_name) {
            (Some(p), EnvName::Prod) => Some(Sourced::new(
                non_empty(p, "--profile")?,
                Source::Flag("--profile"),
            )),
            (None, EnvName::Prod) => env
                .var("AWS_PROFILE")
                .map(|p| Sourced::new(p, Source::Var("AWS_PROFILE"))),
            (_, EnvName::Dev) => identity.profile,
        };

        let table = if let Some(t) = &args.table {
            Sourced::new(validate_table_name(t, "--table")?, Source::Flag("--table"))
        } else if let Some(t) = env.var("DDB_MESSAGE_TABLE") {
            Sourced::new(
                validate_table_name(&t, "DDB_MESSAGE_TABLE")?,
                Source::Var("DDB_MESSAGE_TABLE"),
            )
        } else {
            Sourced::new(DEFAULT_TABLE, Source::Default)
        };

        let postgres_var = match env_name {
            EnvName::Dev => "CONNECTION_URL",
            EnvName::Prod => "PROD_CONNECTION_URL",
        };

        Ok(Settings {
            env: env_name,
            env_source,
            endpoint,
            s3_endpoint,
            region,
            profile,
            table,
            dev_keys: identity.credentials,
            notes: identity.notes,
            postgres_url: env.var(postgres_var).map(Secret),
            postgres_var,
        })
    }

    /// True when the endpoint is on this machine (DynamoDB Local or similar).
    pub(crate) fn is_local(&self) -> bool {
        self.endpoint
            .as_ref()
            .is_some_and(|e| is_loopback_url(&e.value))
    }

    /// The global flags this run was given (`--env prod --endpoint-url ...`), each
    /// followed by a space, so a printed command aims where this run did. Variables
    /// carry over in the same shell and are left out.
    pub(crate) fn flags_line(&self) -> String {
        let mut out = String::new();
        if self.env == EnvName::Prod && matches!(self.env_source, Source::Flag(_)) {
            out += "--env prod ";
        }
        let given = [
            ("--endpoint-url", self.endpoint.as_ref()),
            ("--s3-endpoint-url", self.s3_endpoint.as_ref()),
            ("--region", self.region.as_ref()),
            ("--profile", self.profile.as_ref()),
        ];
        for (flag, value) in given {
            if let Some(v) = value.filter(|v| matches!(v.source, Source::Flag(_))) {
                out += &format!("{flag} {} ", mask_url(&v.value));
            }
        }
        out
    }

    /// Destructive actions against this target need an explicit confirmation
    /// (typing the table name, or `--yes`).
    pub(crate) fn is_guarded(&self) -> bool {
        self.env == EnvName::Prod || !self.is_local()
    }

    /// A short human description of where requests go.
    pub(crate) fn target_label(&self) -> String {
        match (&self.endpoint, &self.region) {
            (Some(e), _) if e.value.contains('@') => mask_url(&e.value),
            (Some(e), _) => e.value.clone(),
            (None, Some(r)) => format!("DynamoDB {}", r.value),
            (None, None) => "DynamoDB (region from the AWS config chain)".to_string(),
        }
    }

    /// The access key id this run signs with, masked as `aws configure list` shows it,
    /// and where it came from. `None` in prod, where the AWS chain decides at first use.
    pub(crate) fn access_key_label(&self) -> Option<String> {
        match (self.env, &self.dev_keys) {
            (EnvName::Prod, _) => None,
            (EnvName::Dev, Some(k)) => {
                Some(format!("{} ({})", mask_key(&k.access_key_id), k.source))
            }
            (EnvName::Dev, None) if self.notes.is_empty() => Some(format!(
                "{DUMMY_ACCESS_KEY} (dummy: no AWS credentials configured; DynamoDB Local accepts any)"
            )),
            (EnvName::Dev, None) => Some(format!(
                "{DUMMY_ACCESS_KEY} (dummy: no static credentials usable in dev; see the note)"
            )),
        }
    }

    /// For a local endpoint: why a table may seem missing.
    pub(crate) fn local_database_hint(&self) -> Option<String> {
        let key = self.access_key_label().filter(|_| self.is_local())?;
        let region = self
            .region
            .as_ref()
            .map(|r| format!("{} ({})", r.value, r.source))
            .unwrap_or_default();
        Some(format!(
            "DynamoDB Local keeps one database per access key and region unless started with -sharedDb; this run used key {key} and region {region}"
        ))
    }

    pub(crate) fn credentials_label(&self) -> String {
        match (self.env, &self.profile) {
            (EnvName::Dev, _) => self.access_key_label().unwrap_or_default(),
            (EnvName::Prod, Some(p)) => format!("AWS profile '{}' ({})", p.value, p.source),
            (EnvName::Prod, None) => {
                "AWS default chain: environment, shared config/SSO, container or instance role"
                    .into()
            }
        }
    }

    pub(crate) fn postgres_url(&self) -> Option<&str> {
        self.postgres_url.as_ref().map(|s| s.0.as_str())
    }

    pub(crate) fn postgres_url_masked(&self) -> Option<String> {
        self.postgres_url().map(mask_url)
    }

    /// `--env prod` aimed at an endpoint that came from a variable, not a flag: easy to
    /// miss after `eval "$(scripts/services.sh env)"`, so it is said on every run.
    pub(crate) fn prod_endpoint_warning(&self) -> Option<String> {
        match (&self.env, &self.endpoint) {
            (EnvName::Prod, Some(e)) if !matches!(e.source, Source::Flag(_)) => Some(format!(
                "warning: --env prod sends requests to {} (from {}), not to AWS; unset {} to reach real DynamoDB",
                self.target_label(),
                e.source,
                e.source
            )),
            _ => None,
        }
    }
}

/// The environment as the other side of a copy or diff sees it: none of the variables
/// that name this run's own endpoint, env or table.
struct OtherSide<'a>(&'a dyn EnvLookup);

impl EnvLookup for OtherSide<'_> {
    fn var(&self, name: &str) -> Option<String> {
        match name {
            "AWS_ENDPOINT_URL"
            | "AWS_ENDPOINT_URL_DYNAMODB"
            | "CRUDDUR_ENV"
            | "DDB_MESSAGE_TABLE" => None,
            _ => self.0.var(name),
        }
    }
    fn read_file(&self, path: &Path) -> Option<String> {
        self.0.read_file(path)
    }
}

impl Settings {
    /// Where the other table of `table copy A B` and `table diff A B` lives, from the
    /// `--to-*` flags (`to.env` is `None` when `--to-env` was not given). One rule for
    /// both commands:
    /// - from a dev source, B is on the source's endpoint, signed with its key and
    ///   region; each `--to-*` flag replaces one of those;
    /// - from `--env prod` (or with `--to-env prod`), B is resolved afresh for its env:
    ///   dev's local endpoint by default, or prod's regional one;
    /// - B's endpoint never comes from AWS_ENDPOINT_URL* (those name this run's).
    pub(crate) fn other_side(&self, to: &Flags, env: &dyn EnvLookup) -> Result<Settings> {
        let to_env = to.env.unwrap_or(EnvName::Dev);
        let env = OtherSide(env);
        if to_env == EnvName::Dev && self.env == EnvName::Dev {
            let profile = to.profile.clone().or_else(|| {
                self.profile
                    .as_ref()
                    .filter(|p| p.source == Source::Flag("--profile"))
                    .map(|p| p.value.clone())
            });
            let flags = Flags {
                env: Some(EnvName::Dev),
                endpoint_url: to
                    .endpoint_url
                    .clone()
                    .or_else(|| self.endpoint.as_ref().map(|e| e.value.clone())),
                region: to
                    .region
                    .clone()
                    .or_else(|| self.region.as_ref().map(|r| r.value.clone())),
                profile,
                table: None,
                s3_endpoint_url: None,
            };
            let mut other = Settings::resolve(&flags, &env)?;
            // Name where each inherited value came from.
            if to.endpoint_url.is_none() {
                other.endpoint.clone_from(&self.endpoint);
            }
            if to.region.is_none() {
                other.region.clone_from(&self.region);
            }
            if to.profile.is_none()
                && self
                    .profile
                    .as_ref()
                    .is_some_and(|p| p.source == Source::Flag("--profile"))
            {
                other.profile.clone_from(&self.profile);
            }
            return Ok(other);
        }
        let flags = Flags {
            env: Some(to_env),
            ..to.clone()
        };
        Settings::resolve(&flags, &env)
    }

    /// The target with the key and region it signs with:
    /// `http://localhost:8000 (key ****ABCD, region us-east-1)`.
    pub(crate) fn target_with_identity(&self) -> String {
        let region = self.region.as_ref().map(|r| r.value.as_str());
        match (self.env, &self.dev_keys, region) {
            (EnvName::Dev, keys, region) => {
                let key = keys
                    .as_ref()
                    .map(|k| mask_key(&k.access_key_id))
                    .unwrap_or_else(|| DUMMY_ACCESS_KEY.to_string());
                format!(
                    "{} (key {key}, region {})",
                    self.target_label(),
                    region.unwrap_or(DEFAULT_DEV_REGION)
                )
            }
            (EnvName::Prod, _, _) => {
                format!("{} ({})", self.target_label(), self.credentials_label())
            }
        }
    }
}

fn resolve_s3_endpoint(args: &Flags, env: &dyn EnvLookup) -> Result<Option<Sourced>> {
    let chosen = args
        .s3_endpoint_url
        .clone()
        .map(|e| (e, Source::Flag("--s3-endpoint-url")))
        .or_else(|| {
            env.var("AWS_ENDPOINT_URL_S3")
                .map(|e| (e, Source::Var("AWS_ENDPOINT_URL_S3")))
        })
        .or_else(|| {
            env.var("AWS_ENDPOINT_URL")
                .map(|e| (e, Source::Var("AWS_ENDPOINT_URL")))
        });
    chosen
        .map(|(url, source)| {
            Ok(Sourced::new(
                validate_endpoint(&url, &source.label())?,
                source,
            ))
        })
        .transpose()
}

fn resolve_endpoint(
    args: &Flags,
    env: &dyn EnvLookup,
    env_name: EnvName,
) -> Result<Option<Sourced>> {
    let chosen = args
        .endpoint_url
        .clone()
        .map(|e| (e, Source::Flag("--endpoint-url")))
        .or_else(|| {
            env.var("AWS_ENDPOINT_URL_DYNAMODB")
                .map(|e| (e, Source::Var("AWS_ENDPOINT_URL_DYNAMODB")))
        })
        .or_else(|| {
            env.var("AWS_ENDPOINT_URL")
                .map(|e| (e, Source::Var("AWS_ENDPOINT_URL")))
        });
    match chosen {
        Some((url, source)) => Ok(Some(Sourced::new(
            validate_endpoint(&url, &source.label())?,
            source,
        ))),
        None if env_name == EnvName::Dev => {
            Ok(Some(Sourced::new(LOCAL_ENDPOINT, Source::DevDefault)))
        }
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::Parser;
    use std::collections::HashMap;

    fn resolve(argv: &[&str], vars: &[(&str, &str)]) -> Result<Settings> {
        let mut full = vec!["cruddur-ddb"];
        full.extend_from_slice(argv);
        full.push("config");
        let cli = Cli::try_parse_from(full).expect("arguments parse");
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lookup = move |name: &str| map.get(name).cloned();
        Settings::resolve(&cli.global.flags(), &lookup)
    }

    #[test]
    fn dev_is_the_default_and_targets_dynamodb_local() {
        let s = resolve(&[], &[]).unwrap();
        assert_eq!(s.env, EnvName::Dev);
        assert_eq!(s.endpoint.as_ref().unwrap().value, LOCAL_ENDPOINT);
        assert_eq!(s.region.as_ref().unwrap().value, DEFAULT_DEV_REGION);
        assert_eq!(s.table.value, DEFAULT_TABLE);
        assert!(s.is_local());
        assert!(!s.is_guarded());
        assert_eq!(s.postgres_var, "CONNECTION_URL");
    }

    #[test]
    fn prod_has_no_endpoint_override_and_is_guarded() {
        let s = resolve(&["--env", "prod"], &[]).unwrap();
        assert_eq!(s.env, EnvName::Prod);
        assert!(s.endpoint.is_none());
        assert!(s.region.is_none());
        assert!(s.is_guarded());
        assert_eq!(s.postgres_var, "PROD_CONNECTION_URL");
    }

    #[test]
    fn env_comes_from_cruddur_env_but_the_flag_wins() {
        assert_eq!(
            resolve(&[], &[("CRUDDUR_ENV", "prod")]).unwrap().env,
            EnvName::Prod
        );
        let s = resolve(&["--env", "dev"], &[("CRUDDUR_ENV", "prod")]).unwrap();
        assert_eq!(s.env, EnvName::Dev);
    }

    #[test]
    fn env_values_are_exact() {
        for bad in ["production", "nonprod", "PROD ", "prod1"] {
            let err = resolve(&[], &[("CRUDDUR_ENV", bad)]).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert_eq!(err.hints(), ["use exactly 'dev' or 'prod'"]);
        }
        assert!(Cli::try_parse_from(["cruddur-ddb", "--env", "production", "config"]).is_err());
        assert!(Cli::try_parse_from(["cruddur-ddb", "--env", "nonprod", "config"]).is_err());
    }

    #[test]
    fn endpoint_precedence_flag_then_service_variable_then_generic_variable() {
        let vars = [
            ("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:9001"),
            ("AWS_ENDPOINT_URL", "http://127.0.0.1:9002"),
        ];
        let s = resolve(&["--endpoint-url", "http://127.0.0.1:9000"], &vars).unwrap();
        assert_eq!(s.endpoint.unwrap().value, "http://127.0.0.1:9000");
        let s = resolve(&[], &vars).unwrap();
        let e = s.endpoint.unwrap();
        assert_eq!(
            (e.value.as_str(), e.source),
            (
                "http://127.0.0.1:9001",
                Source::Var("AWS_ENDPOINT_URL_DYNAMODB")
            )
        );
        let s = resolve(&[], &vars[1..]).unwrap();
        assert_eq!(s.endpoint.unwrap().value, "http://127.0.0.1:9002");
    }

    #[test]
    fn prod_with_an_endpoint_override_uses_it() {
        let s = resolve(
            &["--env", "prod", "--endpoint-url", "http://localhost:4566"],
            &[],
        )
        .unwrap();
        assert_eq!(s.endpoint.as_ref().unwrap().value, "http://localhost:4566");
        assert!(
            s.is_guarded(),
            "prod stays guarded even on a local endpoint"
        );
    }

    #[test]
    fn a_remote_endpoint_in_dev_is_guarded() {
        let s = resolve(
            &["--endpoint-url", "https://dynamodb.eu-west-1.amazonaws.com"],
            &[],
        )
        .unwrap();
        assert!(!s.is_local());
        assert!(s.is_guarded());
        for local in [
            "http://127.0.0.2:8000",
            "http://[::1]:8000",
            "http://LOCALHOST:8000",
        ] {
            assert!(
                resolve(&["--endpoint-url", local], &[]).unwrap().is_local(),
                "{local}"
            );
        }
    }

    #[test]
    fn bad_endpoints_are_usage_errors() {
        for bad in ["localhost:8000", "ftp://x", "http://", "not a url"] {
            let err = resolve(&["--endpoint-url", bad], &[]).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert!(err.to_string().contains("--endpoint-url"), "{err}");
        }
    }

    #[test]
    fn table_name_comes_from_flag_then_variable_and_is_validated() {
        let vars = [("DDB_MESSAGE_TABLE", "from-env")];
        assert_eq!(resolve(&[], &vars).unwrap().table.value, "from-env");
        assert_eq!(
            resolve(&["--table", "flag.tbl"], &vars)
                .unwrap()
                .table
                .value,
            "flag.tbl"
        );
        let long = "x".repeat(300);
        for bad in ["ab", "has space", "ünïcode", long.as_str(), ""] {
            let err = resolve(&["--table", bad], &[]).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
            assert!(err.to_string().contains("3 to 255 characters"), "{err}");
            assert!(
                err.to_string().len() < 300,
                "error echoes at most a shortened value"
            );
        }
    }

    #[test]
    fn region_precedence_and_dev_default() {
        let s = resolve(&["--region", "eu-west-1"], &[("AWS_REGION", "us-west-2")]).unwrap();
        assert_eq!(s.region.unwrap().value, "eu-west-1");
        let s = resolve(&[], &[("AWS_DEFAULT_REGION", "ap-south-1")]).unwrap();
        assert_eq!(s.region.unwrap().value, "ap-south-1");
        assert!(resolve(&["--region", "Not A Region"], &[]).is_err());
    }

    #[test]
    fn a_named_profile_must_exist_in_dev_and_is_taken_as_given_in_prod() {
        let err = resolve(&["--profile", "x"], &[]).unwrap_err();
        assert_eq!(err.exit_code(), 2);
        assert!(err.to_string().contains("profile 'x' is not in"), "{err}");
        let s = resolve(&["--env", "prod"], &[("AWS_PROFILE", "work")]).unwrap();
        assert_eq!(s.profile.as_ref().unwrap().value, "work");
        assert!(s.dev_keys.is_none() && s.access_key_label().is_none());
    }

    #[test]
    fn dev_signs_with_the_keys_and_region_the_aws_cli_would_use() {
        // Nothing configured: the dummy key and us-east-1.
        let s = resolve(&[], &[]).unwrap();
        assert!(s.dev_keys.is_none());
        assert!(s.access_key_label().unwrap().starts_with(DUMMY_ACCESS_KEY));
        // Environment keys, shown masked, never the secret.
        let s = resolve(
            &[],
            &[
                ("AWS_ACCESS_KEY_ID", "AKIAEXAMPLEKEY1234"),
                ("AWS_SECRET_ACCESS_KEY", "s3cr3tvalue"),
            ],
        )
        .unwrap();
        let label = s.access_key_label().unwrap();
        assert!(
            label.starts_with("****************1234 (environment"),
            "{label}"
        );
        assert!(!format!("{s:?}").contains("s3cr3tvalue"));
        // A profile in files named by variables: its keys, and the region from config.
        let dir = std::env::temp_dir().join(format!("cruddur-settings-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (cfg, creds) = (dir.join("config"), dir.join("credentials"));
        std::fs::write(&cfg, "[profile work]\nregion = eu-west-2\n").unwrap();
        std::fs::write(
            &creds,
            "[work]\naws_access_key_id = AKIDWORK0001\naws_secret_access_key = x\n",
        )
        .unwrap();
        let (cfg, creds) = (cfg.display().to_string(), creds.display().to_string());
        let files = [
            ("AWS_CONFIG_FILE", cfg.as_str()),
            ("AWS_SHARED_CREDENTIALS_FILE", creds.as_str()),
        ];
        let s = resolve(&["--profile", "work"], &files).unwrap();
        assert_eq!(s.dev_keys.as_ref().unwrap().access_key_id, "AKIDWORK0001");
        let region = s.region.unwrap();
        assert_eq!(region.value, "eu-west-2");
        assert!(
            region.source.label().contains("profile work"),
            "{}",
            region.source
        );
        // AWS_REGION still wins over the profile's region.
        let mut vars = files.to_vec();
        vars.extend([("AWS_PROFILE", "work"), ("AWS_REGION", "ap-south-1")]);
        assert_eq!(
            resolve(&[], &vars).unwrap().region.unwrap().value,
            "ap-south-1"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn postgres_url_follows_env_and_is_masked() {
        let vars = [
            (
                "CONNECTION_URL",
                "postgresql://postgres:s3cret@127.0.0.1:5432/cruddur",
            ),
            (
                "PROD_CONNECTION_URL",
                "postgresql://admin:pr0d@db.example.com:5432/cruddur?password=x",
            ),
        ];
        let dev = resolve(&[], &vars).unwrap();
        let masked = dev.postgres_url_masked().unwrap();
        assert!(!masked.contains("s3cret"), "{masked}");
        assert!(
            masked.contains("****") && masked.contains("127.0.0.1:5432"),
            "{masked}"
        );
        let prod = resolve(&["--env", "prod"], &vars).unwrap();
        let masked = prod.postgres_url_masked().unwrap();
        assert!(
            !masked.contains("pr0d") && !masked.contains("password=x"),
            "{masked}"
        );
        assert_eq!(mask_url("::garbage::"), "<unparseable URL hidden>");
    }

    #[test]
    fn copy_and_diff_find_b_by_one_rule() {
        let dir = std::env::temp_dir().join(format!("cruddur-other-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let creds = dir.join("credentials");
        std::fs::write(
            &creds,
            "[work]\naws_access_key_id = AKIDWORK0001\naws_secret_access_key = x\n",
        )
        .unwrap();
        let creds = creds.display().to_string();
        let keys = [
            ("AWS_ACCESS_KEY_ID", "AKIDSOURCE01"),
            ("AWS_SECRET_ACCESS_KEY", "secret"),
            ("AWS_SHARED_CREDENTIALS_FILE", creds.as_str()),
            ("AWS_CONFIG_FILE", "/nonexistent"),
        ];
        let at_8510 = ("AWS_ENDPOINT_URL_DYNAMODB", "http://localhost:8510");
        let to = |env: Option<EnvName>,
                  endpoint: Option<&str>,
                  region: Option<&str>,
                  profile: Option<&str>| Flags {
            env,
            endpoint_url: endpoint.map(String::from),
            region: region.map(String::from),
            profile: profile.map(String::from),
            table: None,
            s3_endpoint_url: None,
        };
        // (source argv, source variables, --to-* flags, B's env, endpoint, key, region)
        type Case<'a> = (
            &'a [&'a str],
            Vec<(&'a str, &'a str)>,
            Flags,
            EnvName,
            Option<&'a str>,
            Option<&'a str>,
            Option<&'a str>,
        );
        let cases: Vec<Case> = vec![
            // A dev source: B on its endpoint, with its key and region.
            (
                &[],
                vec![],
                to(None, None, None, None),
                EnvName::Dev,
                Some(LOCAL_ENDPOINT),
                None,
                Some("us-east-1"),
            ),
            (
                &[],
                vec![at_8510, keys[0], keys[1]],
                to(None, None, None, None),
                EnvName::Dev,
                Some("http://localhost:8510"),
                Some("AKIDSOURCE01"),
                Some("us-east-1"),
            ),
            (
                &["--region", "us-west-2"],
                vec![at_8510],
                to(None, None, None, None),
                EnvName::Dev,
                Some("http://localhost:8510"),
                None,
                Some("us-west-2"),
            ),
            // Each --to-* flag replaces one thing.
            (
                &[],
                vec![at_8510, keys[0], keys[1]],
                to(None, Some("http://localhost:9000"), None, None),
                EnvName::Dev,
                Some("http://localhost:9000"),
                Some("AKIDSOURCE01"),
                Some("us-east-1"),
            ),
            (
                &[],
                vec![at_8510],
                to(Some(EnvName::Dev), None, Some("eu-west-1"), None),
                EnvName::Dev,
                Some("http://localhost:8510"),
                None,
                Some("eu-west-1"),
            ),
            (
                &[],
                keys.to_vec(),
                to(None, None, None, Some("work")),
                EnvName::Dev,
                Some(LOCAL_ENDPOINT),
                Some("AKIDWORK0001"),
                Some("us-east-1"),
            ),
            (
                &[],
                vec![at_8510],
                to(Some(EnvName::Prod), None, Some("eu-west-1"), None),
                EnvName::Prod,
                None,
                None,
                Some("eu-west-1"),
            ),
            // From prod: dev's local endpoint, never the variable that aims the source.
            (
                &["--env", "prod"],
                vec![at_8510],
                to(None, None, None, None),
                EnvName::Dev,
                Some(LOCAL_ENDPOINT),
                None,
                Some("us-east-1"),
            ),
            (
                &["--env", "prod"],
                vec![],
                to(None, Some("http://localhost:8510"), None, None),
                EnvName::Dev,
                Some("http://localhost:8510"),
                None,
                Some("us-east-1"),
            ),
            (
                &["--env", "prod"],
                vec![],
                to(Some(EnvName::Prod), None, Some("eu-west-1"), None),
                EnvName::Prod,
                None,
                None,
                Some("eu-west-1"),
            ),
        ];
        for (i, (argv, vars, flags, env, endpoint, key, region)) in cases.into_iter().enumerate() {
            let source = resolve(argv, &vars).unwrap();
            let map: HashMap<String, String> = vars
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect();
            let lookup = move |name: &str| map.get(name).cloned();
            let b = source.other_side(&flags, &lookup).unwrap();
            assert_eq!(b.env, env, "case {i}");
            assert_eq!(
                b.endpoint.as_ref().map(|e| e.value.as_str()),
                endpoint,
                "case {i}"
            );
            assert_eq!(
                b.dev_keys.as_ref().map(|k| k.access_key_id.as_str()),
                key,
                "case {i}"
            );
            assert_eq!(
                b.region.as_ref().map(|r| r.value.as_str()),
                region,
                "case {i}"
            );
        }
        let b = resolve(&[], &[at_8510])
            .unwrap()
            .other_side(&to(None, None, None, None), &|_: &str| None)
            .unwrap();
        assert_eq!(
            b.target_with_identity(),
            "http://localhost:8510 (key cruddurlocal, region us-east-1)"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn empty_variables_count_as_unset() {
        let s = resolve(
            &[],
            &[("DDB_MESSAGE_TABLE", ""), ("AWS_ENDPOINT_URL_DYNAMODB", "")],
        )
        .unwrap();
        assert_eq!(s.table.value, DEFAULT_TABLE);
        assert_eq!(s.endpoint.unwrap().value, LOCAL_ENDPOINT);
    }
}
