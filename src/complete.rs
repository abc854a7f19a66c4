//! Dynamic completion of live table names (`source <(COMPLETE=bash cruddur-ddb)`).
//! Runs only when the shell asks for candidates, never on a normal run. It asks only a
//! local endpoint (a TAB must not wait on prod credentials or SSO) and gives up after
//! one second.

use crate::settings::{Flags, ProcessEnv, Settings};
use crate::store::dynamo::DynamoStore;
use clap_complete::CompletionCandidate;
use std::ffi::OsStr;
use std::time::Duration;

pub(crate) fn table_names(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let Ok(settings) = Settings::resolve(&Flags::default(), &ProcessEnv) else {
        return Vec::new();
    };
    if settings.is_guarded() {
        return Vec::new();
    }
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    else {
        return Vec::new();
    };
    let listed = runtime.block_on(async {
        let list = async { DynamoStore::connect(&settings).await?.list_tables().await };
        tokio::time::timeout(Duration::from_secs(1), list).await
    });
    match listed {
        Ok(Ok(names)) => names
            .into_iter()
            .filter(|n| n.starts_with(&*prefix))
            .map(CompletionCandidate::new)
            .collect(),
        _ => Vec::new(),
    }
}
