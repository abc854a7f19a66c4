//! An S3 prefix as a tree of objects, for the readers of exports (which block: they run
//! on a blocking thread, and each call here runs its request on the runtime).

use crate::error::Result;
use crate::files::objects::{Entry, Objects};
use crate::model::s3url::S3Url;
use crate::store::s3::S3Store;
use std::io::Read;

pub(crate) struct S3Objects {
    store: S3Store,
    root: S3Url,
    handle: tokio::runtime::Handle,
}

impl std::fmt::Debug for S3Objects {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "S3Objects({} at {})", self.root, self.store.label())
    }
}

impl S3Objects {
    /// `root` on `store`; requests run on the current runtime.
    pub(crate) fn new(store: S3Store, root: S3Url) -> S3Objects {
        S3Objects {
            store,
            root,
            handle: tokio::runtime::Handle::current(),
        }
    }
}

impl Objects for S3Objects {
    fn list(&self, rel: &str) -> Result<Vec<Entry>> {
        let at = self.root.join(rel);
        let objects = self.handle.block_on(self.store.list(&at))?;
        let base = if self.root.prefix.is_empty() {
            String::new()
        } else {
            format!("{}/", self.root.prefix)
        };
        Ok(objects
            .into_iter()
            .filter_map(|o| {
                Some(Entry {
                    rel: o.key.strip_prefix(&base)?.to_string(),
                    size: o.size.max(0) as u64,
                    modified: o.modified,
                    etag: o.etag,
                })
            })
            .collect())
    }

    fn get(&self, rel: &str) -> Result<Option<Vec<u8>>> {
        self.handle
            .block_on(self.store.get_small(&self.root.bucket, &self.root.key(rel)))
    }

    fn open(&self, rel: &str, etag: Option<&str>) -> Result<Box<dyn Read + Send>> {
        self.store
            .reader(&self.handle, &self.root.bucket, &self.root.key(rel), etag)
    }

    fn name(&self, rel: &str) -> String {
        if rel.is_empty() {
            self.root.to_string()
        } else {
            self.root.join(rel).to_string()
        }
    }
}
