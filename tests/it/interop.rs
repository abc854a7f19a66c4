//! Same database as the AWS toolchain: against a DynamoDB Local started WITHOUT -sharedDb
//! (one database per access key and region, the Docker image's default), cruddur-ddb in
//! dev signs with the key and region the AWS CLI would use, so each sees the other's
//! tables.

use crate::common::*;
use std::path::Path;

/// The table names an SDK client signing with `key` in `region` sees.
fn sdk_tables(key: &str, region: &str) -> Vec<String> {
    let client = sdk_client_as(&isolated_endpoint(), key, region);
    block_on(client.list_tables().send())
        .expect("list tables")
        .table_names()
        .to_vec()
}

/// The binary aimed at the isolated DynamoDB Local.
fn isolated() -> assert_cmd::Command {
    require_isolated_dynamodb();
    let mut cmd = bare();
    cmd.env("AWS_ENDPOINT_URL_DYNAMODB", isolated_endpoint());
    cmd
}

fn listed(cmd: &mut assert_cmd::Command) -> Vec<String> {
    stdout_of(cmd.args(["table", "list", "-o", "text"]))
        .lines()
        .map(str::to_string)
        .collect()
}

/// A fresh access key id, so each test has databases of its own.
fn fresh_key(tag: &str) -> String {
    unique_table(tag).replace('-', "").to_uppercase()
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn a_table_made_with_environment_credentials_is_listed_with_the_same_environment() {
    require_isolated_dynamodb();
    let key = fresh_key("envkey");
    let table = unique_table("envtable");
    let client = sdk_client_as(&isolated_endpoint(), &key, "eu-west-1");
    create_plain_table_with(&client, &table, "id", None);

    let mut same = isolated();
    same.env("AWS_ACCESS_KEY_ID", &key)
        .env("AWS_SECRET_ACCESS_KEY", "anything")
        .env("AWS_REGION", "eu-west-1");
    assert!(
        listed(&mut same).contains(&table),
        "seen with the same key and region"
    );

    // The isolation is real: another region, or no credentials, is another database.
    let mut other_region = isolated();
    other_region
        .env("AWS_ACCESS_KEY_ID", &key)
        .env("AWS_SECRET_ACCESS_KEY", "anything")
        .env("AWS_REGION", "eu-west-2");
    assert!(!listed(&mut other_region).contains(&table));
    let (out, err) = run_ok(isolated().args(["table", "list"]));
    assert!(!out.contains(&table));
    if !out.contains("│ t-") {
        assert!(err.contains("unless started with -sharedDb"), "{err}");
    }
    // A command on the missing table says why it may be missing, with the key it used.
    let err = fails_with(
        isolated().args(["table", "scan", &table]),
        cruddur_ddb::error::Exit::NotFound.code(),
    );
    assert!(
        err.contains("-sharedDb") && err.contains("cruddurlocal"),
        "{err}"
    );
}

#[test]
fn credentials_and_region_from_the_shared_files_default_and_named_profiles() {
    require_isolated_dynamodb();
    let home = tempfile::tempdir().unwrap();
    let (default_key, work_key) = (fresh_key("default"), fresh_key("work"));
    write(
        &home.path().join(".aws/credentials"),
        &format!(
            "[default]\naws_access_key_id = {default_key}\naws_secret_access_key = d\n\n\
             [work]\naws_access_key_id = {work_key}\naws_secret_access_key = w\n"
        ),
    );
    write(
        &home.path().join(".aws/config"),
        "[default]\nregion = ap-southeast-2\n\n[profile work]\nregion = sa-east-1\n",
    );
    let (t_default, t_work) = (unique_table("dflt"), unique_table("wrk"));
    let at = |key: &str, region: &str| sdk_client_as(&isolated_endpoint(), key, region);
    create_plain_table_with(&at(&default_key, "ap-southeast-2"), &t_default, "id", None);
    create_plain_table_with(&at(&work_key, "sa-east-1"), &t_work, "id", None);

    let from_home = || {
        let mut cmd = isolated();
        cmd.env("HOME", home.path())
            .env_remove("AWS_CONFIG_FILE")
            .env_remove("AWS_SHARED_CREDENTIALS_FILE");
        cmd
    };
    let seen = listed(&mut from_home());
    assert!(
        seen.contains(&t_default) && !seen.contains(&t_work),
        "{seen:?}"
    );

    let seen = listed(from_home().env("AWS_PROFILE", "work"));
    assert!(
        seen.contains(&t_work) && !seen.contains(&t_default),
        "{seen:?}"
    );
    let seen = listed(from_home().args(["--profile", "work"]));
    assert!(
        seen.contains(&t_work),
        "--profile works in dev too: {seen:?}"
    );

    // `config` says which key (masked) and region, and where each came from.
    let config = stdout_of(from_home().args(["--profile", "work", "config", "-o", "table"]));
    let tail = &work_key[work_key.len() - 4..];
    assert!(
        config.contains(&format!(
            "access key  ****************{tail} (profile work in"
        )),
        "{config}"
    );
    assert!(
        config.contains("region      sa-east-1 (profile work in"),
        "{config}"
    );
    assert!(
        !config.contains("secret") && !config.contains(" w\n"),
        "{config}"
    );
}

#[test]
fn what_cruddur_ddb_creates_is_seen_by_the_sdk_with_the_same_credentials() {
    let key = fresh_key("reverse");
    let table = unique_table("reverse");
    isolated()
        .env("AWS_ACCESS_KEY_ID", &key)
        .env("AWS_SECRET_ACCESS_KEY", "x")
        .env("AWS_DEFAULT_REGION", "us-west-2")
        .args(["schema", "load", "--no-stream", "--table", &table])
        .assert()
        .success();
    assert!(sdk_tables(&key, "us-west-2").contains(&table));
    assert!(!sdk_tables(&key, "us-east-1").contains(&table));
    assert!(!sdk_tables("cruddurlocal", "us-west-2").contains(&table));
}

#[test]
fn profiles_with_sso_or_credential_process_are_skipped_in_dev_without_running_anything() {
    let home = tempfile::tempdir().unwrap();
    let marker = home.path().join("credential-process-ran");
    write(
        &home.path().join(".aws/config"),
        &format!(
            "[default]\nregion = eu-central-1\ncredential_process = sh -c 'touch {}'\n\n\
             [profile corp]\nsso_session = corp\nsso_account_id = 111122223333\nsso_role_name = Dev\n\n\
             [sso-session corp]\nsso_start_url = https://example.awsapps.com/start\nsso_region = eu-west-1\n",
            marker.display()
        ),
    );
    let from_home = || {
        let mut cmd = isolated();
        cmd.env("HOME", home.path())
            .env_remove("AWS_CONFIG_FILE")
            .env_remove("AWS_SHARED_CREDENTIALS_FILE");
        cmd
    };
    let config = stdout_of(from_home().args(["config", "-o", "table"]));
    assert!(
        config.contains(
            "profile 'default' uses credential_process, which cruddur-ddb does not run in dev"
        ),
        "{config}"
    );
    assert!(
        config.contains("access key  cruddurlocal (dummy"),
        "{config}"
    );
    assert!(config.contains("region      eu-central-1"), "{config}");
    run_ok(from_home().args(["table", "list"]));
    let config = stdout_of(from_home().args(["--profile", "corp", "config", "-o", "table"]));
    assert!(
        config.contains("profile 'corp' uses sso_session"),
        "{config}"
    );
    run_ok(from_home().args(["--profile", "corp", "table", "list"]));
    assert!(!marker.exists(), "credential_process must never run in dev");
}
