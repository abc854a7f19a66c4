//! The static AWS identity for `--env dev`, chosen the way AWS CLI v2 chooses it.
//!
//! DynamoDB Local without `-sharedDb` keeps one database per access key id and region,
//! so to see the tables `aws dynamodb --endpoint-url ...` created we must sign with the
//! key id and region the CLI would pick. Only static keys and the region are read:
//! nothing here runs SSO, `credential_process`, assume-role or metadata calls, opens a
//! socket or spawns a process. All I/O goes through the `env` and `read` callbacks.

use super::{Source, Sourced};
use aws_config::profile::{Profile, ProfileSet, load};
use aws_runtime::env_config::file::{EnvConfigFileKind, EnvConfigFiles};
use aws_types::os_shim_internal::{Env as SdkEnv, Fs};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// Static keys as the AWS CLI would sign with them. `Debug` never shows the secrets.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct StaticCredentials {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
    /// where they came from, e.g. "environment (AWS_ACCESS_KEY_ID)" or "profile dev in /home/u/.aws/credentials"
    pub source: String,
}

impl fmt::Debug for StaticCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let token = self.session_token.as_ref().map(|_| "<redacted>");
        f.debug_struct("StaticCredentials")
            .field("access_key_id", &mask_key(&self.access_key_id))
            .field("secret_access_key", &"<redacted>")
            .field("session_token", &token)
            .field("source", &self.source)
            .finish()
    }
}

/// What AWS CLI v2 would use for signing, as far as static configuration tells.
#[derive(Debug, Clone)]
pub(crate) struct DevIdentity {
    /// None: no usable static keys (the caller falls back to dummy keys).
    pub credentials: Option<StaticCredentials>,
    pub region: Option<Sourced>,
    /// the profile consulted (name + source: "--profile", "AWS_PROFILE", "AWS_DEFAULT_PROFILE" or "default")
    pub profile: Option<Sourced>,
    /// one-line notes for the user, e.g. a skipped profile
    pub notes: Vec<String>,
}

/// Profile keys that make the CLI fetch credentials even when the profile also has static
/// keys: its assume-role, web-identity and SSO providers come before the static ones.
const BEATS_STATIC: [&str; 7] = [
    "role_arn",
    "web_identity_token_file",
    "sso_session",
    "sso_start_url",
    "sso_account_id",
    "sso_role_name",
    "sso_region",
];
/// Other credential sources we do not run; they only matter when no static keys are usable.
const OTHER_SOURCES: [&str; 3] = ["credential_source", "source_profile", "login_session"];
const FALLBACK: &str = "using the dummy dev credentials instead";

type Env<'a> = &'a dyn Fn(&str) -> Option<String>;
type Read<'a> = &'a dyn Fn(&Path) -> Option<String>;

/// Resolves the dev identity as AWS CLI v2 would (see the module docs).
/// `profile_flag`: the --profile value. `env`: environment lookup (empty = unset). `read`: file contents, None when missing/unreadable.
pub(crate) fn resolve(
    profile_flag: Option<&str>,
    env: &dyn Fn(&str) -> Option<String>,
    read: &dyn Fn(&Path) -> Option<String>,
) -> Result<DevIdentity, String> {
    let get = |name: &str| env(name).filter(|v| !v.is_empty());
    let flag = profile_flag.filter(|p| !p.is_empty());
    let (name, source) = match (flag, get("AWS_PROFILE"), get("AWS_DEFAULT_PROFILE")) {
        (Some(p), _, _) => (p.to_string(), Source::Flag("--profile")),
        (None, Some(p), _) => (p, Source::Var("AWS_PROFILE")),
        (None, None, Some(p)) => (p, Source::Var("AWS_DEFAULT_PROFILE")),
        (None, None, None) => ("default".to_string(), Source::Default),
    };
    let from = source.label();
    let from = from.as_str();
    let config = SharedFile::load("AWS_CONFIG_FILE", "config", &get, read);
    let creds = SharedFile::load("AWS_SHARED_CREDENTIALS_FILE", "credentials", &get, read);
    let config_set = config.parse(EnvConfigFileKind::Config)?;
    let creds_set = creds.parse(EnvConfigFileKind::Credentials)?;
    let in_config = config_set.as_ref().and_then(|s| s.get_profile(&name));
    let in_creds = creds_set.as_ref().and_then(|s| s.get_profile(&name));
    if from != "default" && in_config.is_none() && in_creds.is_none() {
        return Err(missing_profile(&name, from, &config, &creds));
    }

    let mut notes = Vec::new();
    let env_keys = get("AWS_ACCESS_KEY_ID")
        .or(get("AWS_SECRET_ACCESS_KEY"))
        .is_some();
    let from_env = match flag {
        // The CLI drops its environment provider when --profile is given.
        Some(_) if env_keys => {
            notes.push("AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY are ignored because --profile was given (as the AWS CLI does)".into());
            None
        }
        Some(_) => None,
        None => env_credentials(&get)?,
    };
    let credentials = match from_env {
        Some(c) => Some(c),
        None => {
            let web = flag.is_none() && get("AWS_ROLE_ARN").is_some();
            let web = web && get("AWS_WEB_IDENTITY_TOKEN_FILE").is_some();
            let files = [
                (in_creds, creds.label.as_str()),
                (in_config, config.label.as_str()),
            ];
            profile_credentials(&name, files, web, &mut notes)?
        }
    };
    // Botocore merges the credentials file's keys over the config file's, region included.
    let region = ["AWS_REGION", "AWS_DEFAULT_REGION"]
        .iter()
        .find_map(|v| get(v).map(|value| Sourced::new(value, Source::Var(v))))
        .or_else(|| profile_value(in_creds, "region", &name, &creds.label))
        .or_else(|| profile_value(in_config, "region", &name, &config.label));
    let profile = Some(Sourced::new(name, source));
    Ok(DevIdentity {
        credentials,
        region,
        profile,
        notes,
    })
}

/// As `aws configure list` shows a key: 16 '*' then the last 4 characters
/// ("****************ABCD"), whatever the key's length; a key of 4 characters or fewer
/// is all '*'.
pub(crate) fn mask_key(id: &str) -> String {
    let chars: Vec<char> = id.chars().collect();
    let n = chars.len();
    if n <= 4 {
        return "*".repeat(n);
    }
    let tail: String = chars[n - 4..].iter().collect();
    "*".repeat(16) + &tail
}

/// A profile as the SDK's parser reads it (the cross-SDK profile-file rules).
type Section = Profile;

/// A profile's non-empty value.
fn value<'a>(section: Option<&'a Section>, key: &str) -> Option<&'a str> {
    section?.get(key).filter(|v| !v.is_empty())
}

/// Polls a future that never waits: the SDK's profile loader only awaits its `Fs`,
/// which here is an in-memory map, so it is ready at once. (A tokio `block_on` would
/// panic: settings are resolved on the runtime.)
fn ready<F: std::future::Future>(f: F) -> F::Output {
    let mut f = std::pin::pin!(f);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    match f.as_mut().poll(&mut cx) {
        std::task::Poll::Ready(v) => v,
        std::task::Poll::Pending => unreachable!("profile loading does no asynchronous I/O"),
    }
}

/// A shared config or credentials file: its path for messages and its text.
struct SharedFile {
    label: String,
    path: Option<PathBuf>,
    text: Option<String>,
}

impl SharedFile {
    /// `$var` (a leading `~/` expanded with HOME), else `$HOME/.aws/<name>`; absent without HOME.
    fn load(var: &str, name: &str, get: Env<'_>, read: Read<'_>) -> SharedFile {
        let home = get("HOME").map(PathBuf::from);
        let path = match get(var) {
            Some(p) => match p.strip_prefix("~/") {
                Some(rest) => home.map(|h| h.join(rest)).ok_or(p),
                None => Ok(PathBuf::from(p)),
            },
            None => home
                .map(|h| h.join(".aws").join(name))
                .ok_or(format!("~/.aws/{name}")),
        };
        match path {
            Ok(path) => SharedFile {
                label: path.display().to_string(),
                text: read(&path),
                path: Some(path),
            },
            Err(p) => SharedFile {
                label: format!("{p} (HOME is unset)"),
                path: None,
                text: None,
            },
        }
    }

    /// This file alone, read as `kind` by the SDK's parser (`aws_config::profile::load`),
    /// so each value keeps the file it came from. `None` when there is no file. A BOM and
    /// indented comment lines, which botocore accepts, are blanked first (line numbers
    /// stay). A file the parser refuses is an error naming the file and line.
    fn parse(&self, kind: EnvConfigFileKind) -> Result<Option<ProfileSet>, String> {
        let (Some(path), Some(text)) = (&self.path, &self.text) else {
            return Ok(None);
        };
        let lines: Vec<&str> = text
            .strip_prefix('\u{feff}')
            .unwrap_or(text)
            .lines()
            .map(|l| {
                if l.trim_start().starts_with(['#', ';']) {
                    ""
                } else {
                    l
                }
            })
            .collect();
        let fs = Fs::from_raw_map(HashMap::from([(
            path.clone().into_os_string(),
            lines.join("\n").into_bytes(),
        )]));
        let files = EnvConfigFiles::builder().with_file(kind, path).build();
        let env = SdkEnv::from_slice(&[]);
        ready(load(&fs, &env, &files, None)).map(Some).map_err(|e| {
            let why = std::error::Error::source(&e).map_or(e.to_string(), |s| s.to_string());
            let why = why.split_whitespace().collect::<Vec<_>>().join(" ");
            format!(
                "{why}; fix {}, or point the AWS_* variable that names it elsewhere",
                self.label
            )
        })
    }
}

/// The CLI's profile provider order: assume-role, web identity, SSO, credentials-file keys,
/// credential_process, config-file keys. `files`: the profile's section in the credentials
/// file, then in the config file, each with its path. Fetching providers become a note.
fn profile_credentials(
    name: &str,
    files: [(Option<&Section>, &str); 2],
    web_identity: bool,
    notes: &mut Vec<String>,
) -> Result<Option<StaticCredentials>, String> {
    let has = |k: &str| files.iter().any(|(s, _)| value(*s, k).is_some());
    let mut skip = |what: String| {
        notes.push(format!(
            "{what}, which cruddur-ddb does not run in dev; {FALLBACK}"
        ));
        Ok(None)
    };
    if let Some(key) = BEATS_STATIC.iter().find(|k| has(k)) {
        return skip(format!("profile '{name}' uses {key}"));
    }
    if web_identity {
        return skip("AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE (web identity) are set".into());
    }
    if let Some(c) = static_keys(files[0], name)? {
        return Ok(Some(c));
    }
    if has("credential_process") {
        return skip(format!("profile '{name}' uses credential_process"));
    }
    if let Some(c) = static_keys(files[1], name)? {
        return Ok(Some(c));
    }
    if let Some(key) = OTHER_SOURCES.iter().find(|k| has(k)) {
        return skip(format!("profile '{name}' uses {key}"));
    }
    if files.iter().any(|(s, _)| s.is_some()) {
        notes.push(format!(
            "profile '{name}' has no aws_access_key_id; {FALLBACK}"
        ));
    }
    Ok(None)
}

/// The id/secret pair of one file's section; an id without a secret is an error (as in the CLI).
fn static_keys(
    (section, label): (Option<&Section>, &str),
    name: &str,
) -> Result<Option<StaticCredentials>, String> {
    let val = |k: &str| value(section, k).map(str::to_string);
    match (val("aws_access_key_id"), val("aws_secret_access_key")) {
        (Some(access_key_id), Some(secret_access_key)) => Ok(Some(StaticCredentials {
            access_key_id,
            secret_access_key,
            session_token: val("aws_session_token").or_else(|| val("aws_security_token")),
            source: format!("profile {name} in {label}"),
        })),
        (Some(_), None) => Err(format!(
            "profile '{name}' in {label} has aws_access_key_id but no aws_secret_access_key; \
             add it (aws configure --profile {name}) or remove the key id"
        )),
        _ => Ok(None),
    }
}

/// AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN). A key id without its
/// secret is an error; a secret without a key id is ignored, as botocore's environment
/// provider ignores it.
fn env_credentials(get: Env<'_>) -> Result<Option<StaticCredentials>, String> {
    let (id, secret) = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
    let fix = "export both, or unset it to use the profile's keys";
    match (get(id), get(secret)) {
        (Some(access_key_id), Some(secret_access_key)) => Ok(Some(StaticCredentials {
            access_key_id,
            secret_access_key,
            session_token: get("AWS_SESSION_TOKEN").or_else(|| get("AWS_SECURITY_TOKEN")),
            source: format!("environment ({id})"),
        })),
        (Some(_), None) => Err(format!("{id} is set but {secret} is not; {fix}")),
        (None, _) => Ok(None),
    }
}

/// A non-empty profile value with its source.
fn profile_value(section: Option<&Section>, key: &str, name: &str, label: &str) -> Option<Sourced> {
    let v = value(section, key)?.to_string();
    Some(Sourced::new(
        v,
        Source::Profile(format!("profile {name} in {label}")),
    ))
}

/// The error for an explicitly named profile found in neither file.
fn missing_profile(name: &str, from: &str, config: &SharedFile, creds: &SharedFile) -> String {
    let undo = if from == "--profile" {
        "drop --profile".to_string()
    } else {
        format!("unset {from}")
    };
    let (cfg, crd) = (&config.label, &creds.label);
    let mut msg = format!(
        "profile '{name}' is not in {cfg} or {crd}; create it with `aws configure --profile {name}`, or {undo}"
    );
    // The SDK drops a config-file `[dev]`; read as a credentials file, it is there.
    let bare = config
        .parse(EnvConfigFileKind::Credentials)
        .ok()
        .flatten()
        .is_some_and(|s| s.get_profile(name).is_some());
    if bare {
        msg += &format!(
            " (the config file has [{name}]; there a profile is written [profile {name}])"
        );
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    const CFG: &str = "/h/.aws/config";
    const CRED: &str = "/h/.aws/credentials";
    const CRED_FILE: (&str, &str) = (
        CRED,
        "[default]\naws_access_key_id = AKDEF\naws_secret_access_key = zzdef\n\n\
         [dev]\naws_access_key_id=AKDEV\naws_secret_access_key=zzdev\n",
    );
    const ENV_KEYS: [(&str, &str); 3] = [
        ("AWS_ACCESS_KEY_ID", "AKENV"),
        ("AWS_SECRET_ACCESS_KEY", "zzenv"),
        ("AWS_SESSION_TOKEN", "zztenv"),
    ];
    type Kv<'a> = &'a [(&'a str, &'a str)];

    /// Resolves with HOME=/h; secrets in fixtures start with "zz" and must never leak.
    fn run(flag: Option<&str>, envs: Kv<'_>, files: Kv<'_>) -> Result<DevIdentity, String> {
        let find = |kv: Kv<'_>, k: &str| kv.iter().find(|t| t.0 == k).map(|t| t.1.to_string());
        let env = |k: &str| find(envs, k).or_else(|| find(&[("HOME", "/h")], k));
        let r = resolve(flag, &env, &|p: &Path| find(files, p.to_str()?));
        let shown = format!("{r:?}");
        assert!(!shown.contains("zz"), "{shown}");
        r
    }
    /// "<key id> from <source>; <region> from <source>", then the notes.
    fn ok(flag: Option<&str>, envs: Kv<'_>, files: Kv<'_>) -> String {
        let d = run(flag, envs, files).unwrap();
        let mut out = vec![
            d.credentials.map_or("no keys".into(), |c| {
                format!("{} from {}", c.access_key_id, c.source)
            }),
            d.region.map_or("no region".into(), |r| {
                format!("{} from {}", r.value, r.source)
            }),
        ];
        out.extend(d.notes);
        out.join("; ")
    }
    fn err(flag: Option<&str>, envs: Kv<'_>, files: Kv<'_>) -> String {
        run(flag, envs, files).unwrap_err()
    }

    #[test]
    fn env_keys_come_first() {
        let d = run(None, &ENV_KEYS, &[CRED_FILE]).unwrap();
        let c = d.credentials.unwrap();
        assert_eq!([c.access_key_id, c.secret_access_key], ["AKENV", "zzenv"]);
        assert_eq!(c.session_token.as_deref(), Some("zztenv"));
        assert_eq!(c.source, "environment (AWS_ACCESS_KEY_ID)");
        assert_eq!(d.profile, Some(Sourced::new("default", Source::Default)));
        assert!(d.notes.is_empty());
    }

    #[test]
    fn a_key_id_without_its_secret_is_an_error() {
        let e = err(None, &[ENV_KEYS[0]], &[CRED_FILE]);
        assert!(e.starts_with("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not"));
        // A secret without a key id is ignored, as the CLI ignores it.
        let d = ok(None, &[ENV_KEYS[1]], &[CRED_FILE]);
        assert!(d.starts_with("AKDEF from profile default"), "{d}");
        // An empty variable counts as unset.
        let d = ok(None, &[("AWS_ACCESS_KEY_ID", "")], &[CRED_FILE]);
        assert_eq!(
            d,
            "AKDEF from profile default in /h/.aws/credentials; no region"
        );
    }

    #[test]
    fn flag_beats_env_but_aws_profile_does_not() {
        let d = ok(Some("dev"), &ENV_KEYS, &[CRED_FILE]);
        assert!(d.starts_with("AKDEV from profile dev in /h/.aws/credentials; no region; "));
        assert!(d.contains("AWS_SECRET_ACCESS_KEY are ignored because --profile was given"));
        assert!(ok(Some("dev"), &[ENV_KEYS[0]], &[CRED_FILE]).starts_with("AKDEV"));
        let envs = [ENV_KEYS[0], ENV_KEYS[1], ("AWS_PROFILE", "dev")];
        let d = run(None, &envs, &[CRED_FILE]).unwrap();
        assert_eq!(d.credentials.unwrap().access_key_id, "AKENV");
        assert_eq!(
            d.profile,
            Some(Sourced::new("dev", Source::Var("AWS_PROFILE")))
        );
        let envs = [("AWS_PROFILE", "dev"), ("AWS_DEFAULT_PROFILE", "nope")];
        assert!(ok(None, &envs, &[CRED_FILE]).starts_with("AKDEV"));
    }

    #[test]
    fn config_profiles_and_region() {
        let cfg = (
            CFG,
            "[default]\nregion = us-east-1\n[dev]\nregion = bogus\n[profile dev]\n\
             aws_access_key_id = AKCFG\naws_secret_access_key = zzcfg\nregion = eu-west-1\n",
        );
        let d = ok(None, &[("AWS_DEFAULT_PROFILE", "dev")], &[cfg]);
        let want = "AKCFG from profile dev in /h/.aws/config; eu-west-1 from profile dev in /h/.aws/config";
        assert_eq!(d, want);
        assert!(
            ok(None, &[], &[cfg]).contains("; us-east-1 from profile default in /h/.aws/config; ")
        );
        let envs = [("AWS_PROFILE", "dev"), ("AWS_DEFAULT_REGION", "ap-south-1")];
        assert!(ok(None, &envs, &[cfg]).ends_with("; ap-south-1 from AWS_DEFAULT_REGION"));
        let envs = [("AWS_REGION", "sa-east-1"), ("AWS_DEFAULT_REGION", "x")];
        assert!(ok(None, &envs, &[cfg]).contains("; sa-east-1 from AWS_REGION"));
        // Botocore merges the credentials file over the config file, region included.
        let d = ok(
            Some("dev"),
            &[],
            &[cfg, (CRED, "[dev]\nregion = us-west-2\n")],
        );
        assert!(
            d.ends_with("; us-west-2 from profile dev in /h/.aws/credentials"),
            "{d}"
        );
    }

    #[test]
    fn credentials_file_pair_wins_and_pairs_never_mix() {
        let cfg = (
            CFG,
            "[profile dev]\naws_access_key_id = AKCFG\naws_secret_access_key = zzc",
        );
        assert!(ok(Some("dev"), &[], &[cfg, CRED_FILE]).starts_with("AKDEV from"));
        let files = [cfg, (CRED, "[dev]\naws_secret_access_key = zzx\n")];
        let c = run(Some("dev"), &[], &files).unwrap().credentials.unwrap();
        assert_eq!([c.access_key_id, c.secret_access_key], ["AKCFG", "zzc"]);
        let e = err(
            Some("dev"),
            &[],
            &[cfg, (CRED, "[dev]\naws_access_key_id = AKX\n")],
        );
        let want = "profile 'dev' in /h/.aws/credentials has aws_access_key_id but no aws_secret";
        assert!(e.starts_with(want), "{e}");
    }

    #[test]
    fn fetching_profiles_are_skipped_without_leaking() {
        let cfg = "[profile sso]\nsso_session = corp\nsso_account_id = 111\n\
                   [sso-session corp]\nsso_start_url = https://x\n[profile proc]\n\
                   credential_process = /bin/c\naws_access_key_id = AKP\naws_secret_access_key = zzp\n\
                   [profile role]\nrole_arn = arn:aws:iam::1:role/r\n";
        let creds = "[role]\naws_access_key_id = AKR\naws_secret_access_key = zzr\n\
                     aws_session_token = zztr\n[proc]\nregion = r\n";
        for (p, key) in [
            ("sso", "sso_session"),
            ("proc", "credential_process"),
            ("role", "role_arn"),
        ] {
            let d = ok(Some(p), &[], &[(CFG, cfg), (CRED, creds)]);
            let note =
                "which cruddur-ddb does not run in dev; using the dummy dev credentials instead";
            assert!(d.starts_with("no keys; "), "{d}");
            assert!(
                d.ends_with(&format!("; profile '{p}' uses {key}, {note}")),
                "{d}"
            );
        }
        // Credentials-file keys beat credential_process, as in the CLI's provider order.
        let creds = "[proc]\naws_access_key_id = AKF\naws_secret_access_key = zzf\n";
        assert!(ok(Some("proc"), &[], &[(CFG, cfg), (CRED, creds)]).starts_with("AKF from"));
        let web = [
            ("AWS_ROLE_ARN", "arn"),
            ("AWS_WEB_IDENTITY_TOKEN_FILE", "/t"),
        ];
        let d = ok(None, &web, &[CRED_FILE]);
        assert!(
            d.starts_with("no keys; no region; AWS_ROLE_ARN and AWS_WEB_IDENTITY"),
            "{d}"
        );
        let d = ok(None, &[], &[(CRED, "[default]\nregion = x\n")]);
        assert!(d.starts_with("no keys; x from ") && d.contains("has no aws_access_key_id"));
    }

    #[test]
    fn missing_profiles() {
        let e = err(None, &[("AWS_PROFILE", "nope")], &[CRED_FILE]);
        let want = "profile 'nope' is not in /h/.aws/config or /h/.aws/credentials; \
                    create it with `aws configure --profile nope`, or unset AWS_PROFILE";
        assert_eq!(e, want);
        let e = err(Some("dev"), &[], &[(CFG, "[dev]\nregion = x\n")]);
        assert!(
            e.contains("or drop --profile (the config file has [dev]; there a"),
            "{e}"
        );
        assert!(err(None, &[("AWS_DEFAULT_PROFILE", "default")], &[]).contains("unset AWS_DEF"));
        assert_eq!(ok(None, &[], &[]), "no keys; no region");
    }

    #[test]
    fn file_locations() {
        let files = [
            ("/etc/aws/cfg", "[profile x]\nregion = r1\n"),
            (
                "/h/creds",
                "[x]\naws_access_key_id = AK1\naws_secret_access_key = zz1\n",
            ),
        ];
        let envs = [
            ("AWS_CONFIG_FILE", "/etc/aws/cfg"),
            ("AWS_SHARED_CREDENTIALS_FILE", "~/creds"),
        ];
        let d = ok(Some("x"), &envs, &files);
        assert_eq!(
            d,
            "AK1 from profile x in /h/creds; r1 from profile x in /etc/aws/cfg"
        );
        // Without HOME the default files are absent: fine for the implicit default profile.
        let read = |_: &Path| Some(CRED_FILE.1.to_string());
        let e = resolve(Some("x"), &|_: &str| None, &read).unwrap_err();
        let want = "not in ~/.aws/config (HOME is unset) or ~/.aws/credentials (HOME is unset)";
        assert!(e.contains(want), "{e}");
        let d = resolve(None, &|_: &str| None, &read).unwrap();
        assert!(d.credentials.is_none());
    }

    #[test]
    fn files_are_read_by_the_sdks_profile_parser() {
        // Comments (indented too), a BOM, CRLF, repeated sections (later keys win),
        // `[profile x]` in config and `[x]` in credentials; sub-properties stay apart.
        let cfg = (
            CFG,
            "\u{feff}# top\r\n[profile dev]\r\n  ; indented comment\r\nregion = eu-west-1\r\n\
             s3 =\r\n  max_concurrent_requests = 10\r\n[profile dev]\r\nregion = eu-west-2\r\n",
        );
        let creds = (
            CRED,
            "[dev]\naws_access_key_id = AKDEV\naws_secret_access_key = zzdev # note\n",
        );
        let d = run(Some("dev"), &[], &[cfg, creds]).unwrap();
        let c = d.credentials.unwrap();
        assert_eq!(c.access_key_id, "AKDEV");
        assert_eq!(
            c.secret_access_key, "zzdev",
            "an inline comment is not the value"
        );
        assert_eq!(d.region.unwrap().value, "eu-west-2");
        // A line the parser refuses names the file and the line.
        let e = err(None, &[], &[(CFG, "[default]\nregion: eu-west-1\n")]);
        assert!(e.contains("line 2") && e.contains(CFG), "{e}");
    }

    #[test]
    fn masking() {
        assert_eq!(mask_key("AKIAIOSFODNN7EXAMPLE"), "****************MPLE");
        assert_eq!(mask_key("AKIAIOSFODNN7EXAMPLEXYZW"), "****************XYZW");
        assert_eq!(mask_key("dummyKEY"), "****************yKEY");
        assert_eq!(mask_key("abcd"), "****");
        assert_eq!(mask_key(""), "");
        let d = run(None, &ENV_KEYS, &[]).unwrap();
        assert!(format!("{d:?}").contains(r#"access_key_id: "****************KENV""#));
    }
}
