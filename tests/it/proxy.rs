//! A fault-injecting HTTP proxy for DynamoDB, on loopback, written for the tests.
//!
//! It forwards each request to the real DynamoDB Local, except where a rule says
//! otherwise: close the connection before reading (a refused/dropped connection),
//! read the request and close without answering (a reset), delay, answer with a
//! DynamoDB error (throttling, 500, 503, rejected credentials), or forward only part
//! of a BatchWriteItem and hand the rest back as UnprocessedItems.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub(crate) enum Fault {
    /// Accept a connection and close it before reading anything (counts connections;
    /// use with `op: None`).
    Drop,
    /// Read the request, then close without an answer.
    Reset,
    /// Wait, then forward.
    Delay(Duration),
    /// Answer with this HTTP status and DynamoDB error type.
    Error(u16, &'static str),
    /// BatchWriteItem: forward only the first `keep` items, return the rest unprocessed.
    Unprocessed { keep: usize },
    /// GetRecords (DynamoDB Streams): an empty page whose next iterator is the one sent,
    /// as a real stream may answer mid-shard.
    EmptyRecords,
}

#[derive(Debug)]
pub(crate) struct Rule {
    /// The operation (`Scan`, `BatchWriteItem` ...); `None` matches every request.
    pub op: Option<&'static str>,
    /// Apply to every n-th matching request (1 = all).
    pub every: u64,
    /// Let this many matching requests through first.
    pub after: u64,
    pub fault: Fault,
    /// Stop injecting after this many faults.
    pub times: Option<u64>,
    seen: AtomicU64,
    fired: AtomicU64,
}

impl Rule {
    pub(crate) fn new(op: Option<&'static str>, fault: Fault) -> Self {
        Rule {
            op,
            every: 1,
            after: 0,
            fault,
            times: None,
            seen: AtomicU64::new(0),
            fired: AtomicU64::new(0),
        }
    }
    pub(crate) fn times(mut self, n: u64) -> Self {
        self.times = Some(n);
        self
    }
    /// A fresh copy (counters at zero) of this rule.
    pub(crate) fn fresh(&self) -> Self {
        Rule {
            op: self.op,
            every: self.every,
            after: self.after,
            fault: self.fault.clone(),
            times: self.times,
            seen: AtomicU64::new(0),
            fired: AtomicU64::new(0),
        }
    }
    pub(crate) fn every(mut self, n: u64) -> Self {
        self.every = n;
        self
    }
    pub(crate) fn after(mut self, n: u64) -> Self {
        self.after = n;
        self
    }
    fn applies(&self, op: &str) -> bool {
        if self.op.is_some_and(|o| o != op) {
            return false;
        }
        let n = self.seen.fetch_add(1, Ordering::SeqCst);
        let hit = n >= self.after && (n - self.after) % self.every == self.every - 1;
        hit && self
            .times
            .is_none_or(|t| self.fired.fetch_add(1, Ordering::SeqCst) < t)
    }
}

pub(crate) struct Proxy {
    pub url: String,
    /// Every operation the proxy received, in order.
    pub ops: Arc<Mutex<Vec<String>>>,
    /// How many faults it injected.
    pub injected: Arc<AtomicU64>,
    /// When each answer passed, with the capacity units it says were consumed.
    pub consumed: Arc<Mutex<Vec<(Instant, f64)>>>,
    /// When the first request that can consume capacity (Scan, Query, BatchWriteItem)
    /// arrived.
    pub first_request: Arc<Mutex<Option<Instant>>>,
}

/// The capacity units a DynamoDB answer reports (an object, or a list per table).
fn consumed_units(body: &[u8]) -> Option<f64> {
    let v: Value = serde_json::from_slice(body).ok()?;
    match v.get("ConsumedCapacity")? {
        Value::Array(list) => Some(
            list.iter()
                .filter_map(|c| c["CapacityUnits"].as_f64())
                .sum(),
        ),
        c => c["CapacityUnits"].as_f64(),
    }
}

struct Request {
    head: Vec<String>,
    body: Vec<u8>,
}

impl Request {
    fn op(&self) -> String {
        self.head
            .iter()
            .find_map(|h| {
                let (k, v) = h.split_once(':')?;
                k.eq_ignore_ascii_case("x-amz-target")
                    .then(|| v.trim().rsplit('.').next().unwrap_or("").to_string())
            })
            .unwrap_or_default()
    }
    fn bytes(&self, body: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        for (i, h) in self.head.iter().enumerate() {
            if i > 0 && h.to_ascii_lowercase().starts_with("content-length:") {
                continue;
            }
            out.extend_from_slice(h.as_bytes());
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
        out.extend_from_slice(body);
        out
    }
}

/// Reads one HTTP/1.1 message head and body (Content-Length or chunked).
fn read_message(r: &mut BufReader<TcpStream>) -> Option<(Vec<String>, Vec<u8>)> {
    let mut head = Vec::new();
    loop {
        let mut line = String::new();
        if r.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end_matches(['\r', '\n']).to_string();
        if line.is_empty() {
            break;
        }
        head.push(line);
    }
    let header = |name: &str| {
        head.iter().skip(1).find_map(|h| {
            let (k, v) = h.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_string())
        })
    };
    let mut body = Vec::new();
    if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        loop {
            let mut size = String::new();
            r.read_line(&mut size).ok()?;
            let n = usize::from_str_radix(size.trim(), 16).ok()?;
            let mut chunk = vec![0; n + 2];
            r.read_exact(&mut chunk).ok()?;
            if n == 0 {
                break;
            }
            body.extend_from_slice(&chunk[..n]);
        }
    } else if let Some(len) = header("content-length").and_then(|v| v.parse::<usize>().ok()) {
        body.resize(len, 0);
        r.read_exact(&mut body).ok()?;
    }
    Some((head, body))
}

fn respond(
    client: &mut TcpStream,
    status_line: &str,
    headers: &[String],
    body: &[u8],
) -> std::io::Result<()> {
    let mut out = format!("{status_line}\r\n");
    for h in headers {
        let lower = h.to_ascii_lowercase();
        if lower.starts_with("content-length:")
            || lower.starts_with("transfer-encoding:")
            || lower.starts_with("x-amz-crc32:")
        {
            continue;
        }
        out.push_str(h);
        out.push_str("\r\n");
    }
    out.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
    client.write_all(out.as_bytes())?;
    client.write_all(body)?;
    client.flush()
}

fn error_body(kind: &str) -> Vec<u8> {
    serde_json::json!({
        "__type": format!("com.amazonaws.dynamodb.v20120810#{kind}"),
        "message": format!("injected by the test proxy: {kind}"),
    })
    .to_string()
    .into_bytes()
}

impl Proxy {
    pub(crate) fn start(upstream: &str, rules: Vec<Rule>) -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream
            .trim_start_matches("http://")
            .trim_end_matches('/')
            .to_string();
        let rules = Arc::new(rules);
        let ops = Arc::new(Mutex::new(Vec::new()));
        let injected = Arc::new(AtomicU64::new(0));
        let consumed = Arc::new(Mutex::new(Vec::new()));
        let first_request = Arc::new(Mutex::new(None));
        let (o, inj, con, first) = (
            ops.clone(),
            injected.clone(),
            consumed.clone(),
            first_request.clone(),
        );
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                let Ok(conn) = conn else { continue };
                let (rules, upstream) = (rules.clone(), upstream.clone());
                let seen = Seen {
                    ops: o.clone(),
                    injected: inj.clone(),
                    consumed: con.clone(),
                    first_request: first.clone(),
                };
                std::thread::spawn(move || serve(conn, &upstream, &rules, &seen));
            }
        });
        Proxy {
            url,
            ops,
            injected,
            consumed,
            first_request,
        }
    }

    pub(crate) fn ops(&self) -> Vec<String> {
        self.ops.lock().unwrap().clone()
    }

    pub(crate) fn injected(&self) -> u64 {
        self.injected.load(Ordering::SeqCst)
    }

    /// (seconds since the first request that may consume capacity, units), in order.
    pub(crate) fn consumption(&self) -> Vec<(f64, f64)> {
        let mut v = self.consumed.lock().unwrap().clone();
        v.sort_by_key(|(t, _)| *t);
        let Some(start) = *self.first_request.lock().unwrap() else {
            return Vec::new();
        };
        v.into_iter()
            .map(|(t, u)| (t.duration_since(start).as_secs_f64(), u))
            .collect()
    }
}

/// What the proxy saw, shared by its connections.
struct Seen {
    ops: Arc<Mutex<Vec<String>>>,
    injected: Arc<AtomicU64>,
    consumed: Arc<Mutex<Vec<(Instant, f64)>>>,
    first_request: Arc<Mutex<Option<Instant>>>,
}

fn serve(client: TcpStream, upstream: &str, rules: &[Rule], seen: &Seen) {
    let (ops, injected) = (&seen.ops, &seen.injected);
    let _ = client.set_read_timeout(Some(Duration::from_secs(60)));
    let mut reader = BufReader::new(client.try_clone().expect("clone"));
    let mut client = client;
    let mut up: Option<(TcpStream, BufReader<TcpStream>)> = None;
    // A dropped connection: accepted, then closed before anything is read, the way a
    // refusing or crashing server looks to the client. Drop rules count connections.
    if rules
        .iter()
        .any(|r| matches!(r.fault, Fault::Drop) && r.applies(""))
    {
        injected.fetch_add(1, Ordering::SeqCst);
        let _ = client.shutdown(Shutdown::Both);
        return;
    }
    loop {
        let Some((head, body)) = read_message(&mut reader) else {
            return;
        };
        let req = Request { head, body };
        let op = req.op();
        ops.lock().unwrap().push(op.clone());
        let costs = matches!(op.as_str(), "Scan" | "BatchWriteItem" | "Query");
        if costs {
            seen.first_request
                .lock()
                .unwrap()
                .get_or_insert_with(Instant::now);
        }
        let fault = rules
            .iter()
            .filter(|r| !matches!(r.fault, Fault::Drop))
            .find(|r| r.applies(&op))
            .map(|r| r.fault.clone());
        if fault.is_some() {
            injected.fetch_add(1, Ordering::SeqCst);
        }
        let mut send_body = req.body.clone();
        let mut unprocessed: Option<(String, Vec<Value>)> = None;
        match &fault {
            Some(Fault::Drop) | Some(Fault::Reset) => {
                let _ = client.shutdown(Shutdown::Both);
                return;
            }
            Some(Fault::Delay(d)) => std::thread::sleep(*d),
            Some(Fault::Error(status, kind)) => {
                let reason = match status {
                    400 => "Bad Request",
                    500 => "Internal Server Error",
                    503 => "Service Unavailable",
                    _ => "Error",
                };
                let headers = vec!["content-type: application/x-amz-json-1.0".to_string()];
                if respond(
                    &mut client,
                    &format!("HTTP/1.1 {status} {reason}"),
                    &headers,
                    &error_body(kind),
                )
                .is_err()
                {
                    return;
                }
                continue;
            }
            Some(Fault::EmptyRecords) => {
                let v: Value = serde_json::from_slice(&req.body).expect("GetRecords JSON");
                let body = serde_json::json!({
                    "Records": [],
                    "NextShardIterator": v["ShardIterator"],
                })
                .to_string();
                let headers = vec!["content-type: application/x-amz-json-1.0".to_string()];
                if respond(&mut client, "HTTP/1.1 200 OK", &headers, body.as_bytes()).is_err() {
                    return;
                }
                continue;
            }
            Some(Fault::Unprocessed { keep }) => {
                let mut v: Value = serde_json::from_slice(&req.body).expect("BatchWriteItem JSON");
                let items = v["RequestItems"].as_object_mut().expect("RequestItems");
                let (table, list) = items.iter_mut().next().expect("one table");
                let all = list.as_array_mut().expect("write requests");
                let rest = all.split_off((*keep).min(all.len()));
                if all.is_empty() {
                    // Nothing goes through: answer ourselves.
                    let body =
                        serde_json::json!({"UnprocessedItems": {table.clone(): rest}}).to_string();
                    let headers = vec!["content-type: application/x-amz-json-1.0".to_string()];
                    if respond(&mut client, "HTTP/1.1 200 OK", &headers, body.as_bytes()).is_err() {
                        return;
                    }
                    continue;
                }
                unprocessed = Some((table.clone(), rest));
                send_body = serde_json::to_vec(&v).unwrap();
            }
            None => {}
        }
        if up.is_none() {
            let Ok(s) = TcpStream::connect(upstream) else {
                return;
            };
            let r = BufReader::new(s.try_clone().unwrap());
            up = Some((s, r));
        }
        let (up_w, up_r) = up.as_mut().unwrap();
        if up_w.write_all(&req.bytes(&send_body)).is_err() {
            return;
        }
        let Some((head, mut body)) = read_message(up_r) else {
            return;
        };
        if costs && let Some(units) = consumed_units(&body) {
            seen.consumed.lock().unwrap().push((Instant::now(), units));
        }
        if let Some((table, rest)) = unprocessed {
            let mut v: Value =
                serde_json::from_slice(&body).unwrap_or_else(|_| serde_json::json!({}));
            v["UnprocessedItems"] = serde_json::json!({ table: rest });
            body = serde_json::to_vec(&v).unwrap();
        }
        if respond(&mut client, &head[0], &head[1..], &body).is_err() {
            return;
        }
    }
}
