#!/usr/bin/env python3
"""cruddur-ddb benchmarks against the AWS CLI, boto3 and a minimal HTTP client.

Run by scripts/bench.sh (`make bench`), which builds the binary, prepares the Python venv
and starts DynamoDB Local; this file generates the data, runs every scenario, and writes
BENCHMARKS.md. Every command runs as a child of bench/spawn.c (a small C launcher); for each
run it records the wall time, the child's CPU time (user + sys) and its peak RSS (wait4). Repetitions are
interleaved (rep 1 of every tool, then rep 2, ...) so that drift in the server affects all
tools alike.

Environment (scripts/bench.sh sets the first seven):
  BENCH_BIN, BENCH_ENDPOINT, BENCH_PYTHON, BENCH_AWS, BENCH_DDB_LOG, BENCH_SPAWN
  BENCH_ENDPOINT2        a second DynamoDB Local, the target of `table copy` and `table diff`
                         (scripts/bench.sh starts it on BENCH_DDB_PORT2; unset: those two skipped)
  BENCH_SIZES            item counts of cruddur-messages          (20000 100000)
  BENCH_REPS             repetitions: quick commands, scans at sizes <= 20 000   (5)
  BENCH_LARGE_REPS       repetitions of scans at sizes > 20 000   (3)
  BENCH_AWS_LARGE_REPS   AWS CLI scan repetitions at sizes > 20 000 (2)
  BENCH_WRITE_ITEMS      items of the bulk write                  (20000)
  BENCH_WRITE_REPS       repetitions of the bulk write            (3)
  BENCH_IMPORT_ITEMS     items of the S3-export restore (one of BENCH_SIZES, 0 to skip) (100000)
  BENCH_IMPORT_REPS      repetitions of the S3-export restore     (2)
  BENCH_MOTO_ENDPOINT    a moto server (S3) for the restore from S3; unset: that scenario skipped
                         (scripts/bench.sh starts one on BENCH_MOTO_PORT)
  BENCH_S3_REPS          repetitions of the restore from S3 and from the same export in a
                         folder, at every size in BENCH_SIZES, 0 to skip (2)
  BENCH_S3_OBJECTS       data objects the export is split into (8)
  BENCH_COPY_ITEMS       size of `table copy` to a second DynamoDB Local and `table diff`
                         (one of BENCH_SIZES, 0 to skip; needs BENCH_ENDPOINT2)  (100000)
  BENCH_COPY_REPS        repetitions of the copy and of its restore reference (2); the diff
                         and its two scans get BENCH_LARGE_REPS (scans above 20 000 items)
  BENCH_ANON_COPY        1: the copy scenario also runs `table copy --anonymize` (1)
  BENCH_PG_URL           a Postgres with Cruddur's users table, for the seed at scale; unset:
                         that scenario skipped (scripts/bench.sh starts one on BENCH_PG_PORT)
  BENCH_SEED_MESSAGES    messages of `seed --users --conversations --messages`, 0 to skip (100000)
  BENCH_SEED_CONVERSATIONS  conversations they are spread over (2000)
  BENCH_SEED_USERS       users they are between (500)
  BENCH_SEED_REPS        repetitions of the seed and of its restore reference (2)
  BENCH_UI_REPS          starts of `cruddur-ddb ui` timed to its first drawn conversation list,
                         0 to skip the UI scenario (needs BENCH_PG_URL and tmux) (5)
  BENCH_UI_MESSAGES      messages of the conversation scrolled through for the UI's memory (10000)
  BENCH_DOCTOR_REPS      repetitions of `doctor` and of the automatic scan beside it, on the
                         largest of BENCH_SIZES, 0 to skip (3)
  BENCH_SEGMENTS         segment counts for --segments and the lower bound (4 8 16 32)
  BENCH_MESSAGE_REPS     repetitions of `pattern create-message` and its boto3 peer, 0 to skip (5)
  BENCH_STREAM_MESSAGES  app-written messages in the stream for `stream apply`, 0 to skip (10000)
  BENCH_STREAM_GROUPS    conversations they are spread over     (100)
  BENCH_STREAM_REPS      repetitions of `stream apply` and its boto3 peer (2)
  BENCH_STREAM_RESTART   1: restart the benchmark's DynamoDB Local before each `stream apply`
                         run (only under scripts/bench.sh; see scenario_stream)   (1)
  BENCH_WARMUP           unmeasured runs of each quick command first (1)
  BENCH_TABLE_STREAM     1: create tables with `cruddur-ddb schema load` (NEW_IMAGE stream);
                         default 0: same keys and index, no stream (see BENCHMARKS.md)
  BENCH_TIMEOUT          seconds before one run is killed         (900)
  BENCH_OUT              report file                              (BENCHMARKS.md)
"""
import base64
import datetime
import gzip
import hashlib
import json
import os
import platform
import random
import re
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import uuid

sys.dont_write_bytecode = True  # no bench/__pycache__ from importing lowerbound
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from lowerbound import Conn, tail_bytes, tail_json  # noqa: E402

TABLE = "cruddur-messages"
WRITE_TABLE = "bench-write"
IMPORT_TABLE = "bench-import"
S3_TABLE = "bench-s3-restore"
MESSAGE_TABLE = "bench-message"
STREAM_TABLE = "bench-stream"
SEED_TABLE = "bench-seed"
COPY_TABLE = "bench-copy"  # on ENDPOINT2: made by `table copy --create`, then read by `table diff`
COPY_RESTORE_TABLE = "bench-restore"  # on ENDPOINT2: the restore half of the copy's reference


def env_int(name, default):
    v = os.environ.get(name, "").strip()
    return int(v) if v else default


def env_list(name, default):
    v = os.environ.get(name, "").strip()
    return [int(x) for x in v.replace(",", " ").split()] if v else default


BIN = os.environ.get("BENCH_BIN") or os.path.join(ROOT, "target/release/cruddur-ddb")
ENDPOINT = os.environ.get("BENCH_ENDPOINT") or "http://localhost:18100"
ENDPOINT2 = os.environ.get("BENCH_ENDPOINT2") or ""
PY = os.environ.get("BENCH_PYTHON") or sys.executable
AWS = os.environ.get("BENCH_AWS") or os.path.join(os.path.dirname(sys.executable), "aws")
DDB_LOG = os.environ.get("BENCH_DDB_LOG", "")
SIZES = sorted(env_list("BENCH_SIZES", [20000, 100000]))
REPS = env_int("BENCH_REPS", 5)
LARGE_REPS = env_int("BENCH_LARGE_REPS", 3)
AWS_LARGE_REPS = env_int("BENCH_AWS_LARGE_REPS", 2)
WRITE_ITEMS = env_int("BENCH_WRITE_ITEMS", 20000)
WRITE_REPS = env_int("BENCH_WRITE_REPS", 3)
IMPORT_ITEMS = env_int("BENCH_IMPORT_ITEMS", 100000)
IMPORT_REPS = env_int("BENCH_IMPORT_REPS", 2)
COPY_ITEMS = env_int("BENCH_COPY_ITEMS", 100000)
MOTO = os.environ.get("BENCH_MOTO_ENDPOINT") or ""
S3_REPS = env_int("BENCH_S3_REPS", 2)
S3_OBJECTS = max(1, env_int("BENCH_S3_OBJECTS", 8))
S3_BUCKET = "bench-exports"
COPY_REPS = env_int("BENCH_COPY_REPS", 2)
ANON_COPY = os.environ.get("BENCH_ANON_COPY", "1") == "1"
PG_URL = os.environ.get("BENCH_PG_URL") or ""
SEED_MESSAGES = env_int("BENCH_SEED_MESSAGES", 100000)
SEED_CONVERSATIONS = env_int("BENCH_SEED_CONVERSATIONS", 2000)
SEED_USERS = env_int("BENCH_SEED_USERS", 500)
SEED_REPS = env_int("BENCH_SEED_REPS", 2)
UI_REPS = env_int("BENCH_UI_REPS", 5)
UI_MESSAGES = env_int("BENCH_UI_MESSAGES", 10000)
UI_TABLE = "bench-ui"
DOCTOR_REPS = env_int("BENCH_DOCTOR_REPS", 3)
SEGMENTS = env_list("BENCH_SEGMENTS", [4, 8, 16, 32])
MESSAGE_REPS = env_int("BENCH_MESSAGE_REPS", 5)
STREAM_MESSAGES = env_int("BENCH_STREAM_MESSAGES", 10000)
STREAM_GROUPS = env_int("BENCH_STREAM_GROUPS", 100)
STREAM_REPS = env_int("BENCH_STREAM_REPS", 2)
STREAM_RESTART = os.environ.get("BENCH_STREAM_RESTART", "1") == "1"
WARMUP = env_int("BENCH_WARMUP", 1)
STREAM = os.environ.get("BENCH_TABLE_STREAM", "0") == "1"
TIMEOUT = env_int("BENCH_TIMEOUT", 900)
OUT = os.environ.get("BENCH_OUT") or os.path.join(ROOT, "BENCHMARKS.md")
DATA_DIR = os.path.join(ROOT, ".local", "bench")
LARGE = 20000  # sizes above this get LARGE_REPS

LB = os.path.join(HERE, "lowerbound.py")
PEER = os.path.join(HERE, "boto3_peer.py")
LAMBDA = os.path.join(HERE, "lambda_peer.py")

# Children get a fixed environment: nothing from the developer's AWS setup leaks in.
CHILD_ENV = {
    "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
    "HOME": os.environ.get("HOME", "/tmp"),
    "LANG": "C.UTF-8",
    "AWS_ACCESS_KEY_ID": "bench",
    "AWS_SECRET_ACCESS_KEY": "bench",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_CONFIG_FILE": os.path.join(DATA_DIR, "no-aws-config"),
    "AWS_SHARED_CREDENTIALS_FILE": os.path.join(DATA_DIR, "no-aws-credentials"),
    "AWS_EC2_METADATA_DISABLED": "true",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def log(msg=""):
    print(msg, flush=True)


# ------------------------------------------------------------------ measuring


class Sample:
    __slots__ = ("wall", "cpu", "user", "sys", "rss_kb", "rc", "err")

    def __init__(self, wall, user, sys_, rss_kb, rc, err):
        self.wall, self.user, self.sys, self.rss_kb, self.rc, self.err = wall, user, sys_, rss_kb, rc, err
        self.cpu = user + sys_


SPAWN = os.environ.get("BENCH_SPAWN") or os.path.join(DATA_DIR, "spawn")


def run_once(argv, stdout_path=None):
    """Run argv once through bench/spawn.c, which forks it from a ~1 MB process and reports
    its wall time and its own rusage from wait4 (user, sys, peak RSS). Spawning it from this
    Python process directly would count the harness's memory in the child's ru_maxrss."""
    r, w = os.pipe()
    with tempfile.TemporaryFile() as errf:
        out = open(stdout_path, "wb") if stdout_path else subprocess.DEVNULL
        try:
            p = subprocess.Popen([SPAWN, str(w), "--", *argv], stdin=subprocess.DEVNULL, stdout=out,
                                 stderr=errf, env=CHILD_ENV, cwd=ROOT, pass_fds=(w,),
                                 start_new_session=True)
            os.close(w)
            killed = False
            try:
                p.wait(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                killed = True
            finally:
                if killed or p.returncode is None:  # timeout, Ctrl-C: end the whole group
                    try:
                        os.killpg(p.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    p.wait()
            with os.fdopen(r, "rb") as rf:
                report = rf.read().decode().split()
        finally:
            if stdout_path:
                out.close()
        errf.seek(0)
        err = errf.read().decode("utf-8", "replace")
    if len(report) != 5:
        return Sample(0.0, 0.0, 0.0, 0, p.returncode or 1,
                      err + ("\n(killed after %d s: BENCH_TIMEOUT)" % TIMEOUT if killed else
                             "\n(no report from bench/spawn)"))
    wall, user, sys_, rss, code = report
    return Sample(float(wall), float(user), float(sys_), int(rss), int(code), err)


INNER_RX = re.compile(r"([0-9]+\.[0-9]+) s\s*$")


class Cmd:
    """One tool's command in a scenario."""

    def __init__(self, key, tool, argv, reps, stdout="null", check=None, before=None, after=None,
                 note="", inner=False, show_stderr=False, ok_rc=(0,)):
        self.key, self.tool, self.argv, self.reps = key, tool, argv, reps
        self.ok_rc = tuple(ok_rc)  # exit codes of a successful run (doctor: 9 = findings)
        self.stdout = stdout  # "null": /dev/null; "file": captured for check()
        self.check = check  # (Sample, stdout text) -> error message or None
        self.before = before  # called before each run, not timed
        self.after = after  # (Sample) -> error message or None, not timed
        self.note = note
        self.inner = inner  # the lower bound's own request time: last "N.NNNN s" on stderr
        self.show_stderr = show_stderr  # quote the last stderr line of the runs in the report
        self.samples = []
        self.inner_times = []
        self.stderr_lines = []
        self.errors = []

    def shell(self):
        words = []
        for a in self.argv:
            a = a.replace(ROOT + "/", "")
            words.append(shlex.quote(a))
        line = " ".join(words)
        return line + (" >/dev/null" if self.stdout == "null" else "")

    def run(self, measured=True):
        if self.before:
            self.before()
        path = os.path.join(DATA_DIR, "stdout.txt") if self.stdout == "file" else None
        s = run_once(self.argv, path)
        text = ""
        if path:
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read()
        problem = None
        if s.rc not in self.ok_rc:
            problem = f"exit code {s.rc}: {s.err.strip()[-400:]}"
        elif self.check:
            problem = self.check(s, text)
        if not problem and self.after:
            problem = self.after(s)
        if problem:
            self.errors.append(problem)
            log(f"    ! {self.tool}: {problem}")
        elif measured:
            self.samples.append(s)
            if self.inner:
                m = INNER_RX.search(s.err)
                if m:
                    self.inner_times.append(float(m.group(1)))
            if self.show_stderr and s.err.strip():
                self.stderr_lines.append(s.err.strip().splitlines()[-1])
        return s

    def stats(self):
        if not self.samples:
            return None
        walls = [s.wall for s in self.samples]
        inner = {}
        if self.inner_times:
            inner = {"inner_median": statistics.median(self.inner_times),
                     "inner_min": min(self.inner_times), "inner_max": max(self.inner_times)}
        return {
            **inner,
            "runs": len(walls),
            "wall_median": statistics.median(walls),
            "wall_min": min(walls),
            "wall_max": max(walls),
            "cpu_median": statistics.median(s.cpu for s in self.samples),
            "user_median": statistics.median(s.user for s in self.samples),
            "sys_median": statistics.median(s.sys for s in self.samples),
            "rss_median_mb": statistics.median(s.rss_kb for s in self.samples) / 1024,
            "rss_max_mb": max(s.rss_kb for s in self.samples) / 1024,
        }


def run_scenario(title, cmds, warmup=0):
    log(f"\n== {title}")
    for c in cmds:
        for _ in range(warmup):
            c.run(measured=False)
    for rep in range(max(c.reps for c in cmds)):
        for c in cmds:
            if rep < c.reps:
                s = c.run()
                log(f"  rep {rep + 1}  {c.tool:<34} {fmt_t(s.wall):>9}  cpu {fmt_t(s.cpu):>9}"
                    f"  rss {s.rss_kb / 1024:6.1f} MB")
    return {"title": title, "cmds": cmds}


# ------------------------------------------------------------------ formatting


def num(n):
    return f"{n:,}".replace(",", " ")


def fmt_t(sec):
    if sec is None:
        return "-"
    if sec < 1:
        return f"{sec * 1000:.0f} ms" if sec >= 0.1 else f"{sec * 1000:.1f} ms"
    return f"{sec:.2f} s" if sec < 100 else f"{sec:.0f} s"


def fmt_x(r):
    return "-" if r is None else (f"{r:.2f}x" if r < 10 else f"{r:.1f}x")


def table_md(scn):
    rows = ["| tool | runs | wall median | spread (min–max) | CPU median (user+sys) | peak RSS median (max) |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for c in scn["cmds"]:
        st = c.stats()
        if st is None:
            rows.append(f"| {c.tool} | 0 | FAILED | | | |")
            continue
        rows.append(
            f"| {c.tool} | {st['runs']} | {fmt_t(st['wall_median'])} | "
            f"{fmt_t(st['wall_min'])} – {fmt_t(st['wall_max'])} | {fmt_t(st['cpu_median'])} | "
            f"{st['rss_median_mb']:.1f} MB ({st['rss_max_mb']:.1f} MB) |")
        if "inner_median" in st:
            rows.append(
                f"| ↳ requests only (in-process, no interpreter start-up) | {st['runs']} | "
                f"{fmt_t(st['inner_median'])} | {fmt_t(st['inner_min'])} – {fmt_t(st['inner_max'])} | | |")
    lines = rows + ["", "<details><summary>commands</summary>", "", "```sh"]
    lines += [c.shell() for c in scn["cmds"]]
    lines += ["```", "", "</details>"]
    notes = [f"- {c.tool}: {c.note}" for c in scn["cmds"] if c.note]
    for c in scn["cmds"]:
        if len(c.ok_rc) > 1 and c.samples:
            codes = {}
            for x in c.samples:
                codes[x.rc] = codes.get(x.rc, 0) + 1
            notes.append(f"- {c.tool}, exit codes of the measured runs: "
                         + ", ".join(f"{k} ({v}x)" for k, v in sorted(codes.items())))
    for c in scn["cmds"]:
        if c.stderr_lines:
            uniq = list(dict.fromkeys(c.stderr_lines))
            notes.append(f"- {c.tool}, its summary on stderr: " + "; ".join(f"`{x}`" for x in uniq[:3])
                         + (f" (and {len(uniq) - 3} more)" if len(uniq) > 3 else ""))
    errs = [f"- {c.tool}: {len(c.errors)} failed run(s); last: `{c.errors[-1][:300]}`"
            for c in scn["cmds"] if c.errors]
    if notes or errs:
        lines += [""] + notes + errs
    return "\n".join(lines)


# ------------------------------------------------------------------ DynamoDB helpers


def ddb(target, body, endpoint=None):
    return Conn(endpoint or ENDPOINT).call(target, json.dumps(body).encode())


def table_exists(name, endpoint=None):
    try:
        ddb("DescribeTable", {"TableName": name}, endpoint)
        return True
    except RuntimeError as e:
        if "ResourceNotFoundException" in str(e):
            return False
        raise


def drop_table(name, endpoint=None):
    if table_exists(name, endpoint):
        ddb("DeleteTable", {"TableName": name}, endpoint)
        for _ in range(600):
            if not table_exists(name, endpoint):
                return
            time.sleep(0.05)
        raise RuntimeError(f"table {name} was not deleted")


def create_table(name, stream=False, endpoint=None):
    """The keys, index and throughput of `cruddur-ddb schema load`; its stream only with
    BENCH_TABLE_STREAM=1 (see the note in BENCHMARKS.md) or `stream` (NEW_IMAGE, as schema load).
    On `endpoint` (default: the benchmark's DynamoDB Local)."""
    drop_table(name, endpoint)
    if STREAM:
        s = run_once([BIN, "--endpoint-url", endpoint or ENDPOINT, "schema", "load", "--table", name])
        if s.rc != 0:
            raise RuntimeError(f"schema load --table {name}: {s.err}")
        return
    ddb("CreateTable", {
        **({"StreamSpecification": {"StreamEnabled": True, "StreamViewType": "NEW_IMAGE"}}
           if stream else {}),
        "TableName": name,
        "AttributeDefinitions": [
            {"AttributeName": "pk", "AttributeType": "S"},
            {"AttributeName": "sk", "AttributeType": "S"},
            {"AttributeName": "message_group_uuid", "AttributeType": "S"},
        ],
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"},
                      {"AttributeName": "sk", "KeyType": "RANGE"}],
        "GlobalSecondaryIndexes": [{
            "IndexName": "message-group-sk-index",
            "KeySchema": [{"AttributeName": "message_group_uuid", "KeyType": "HASH"},
                          {"AttributeName": "sk", "KeyType": "RANGE"}],
            "Projection": {"ProjectionType": "ALL"},
            "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
        }],
        "ProvisionedThroughput": {"ReadCapacityUnits": 5, "WriteCapacityUnits": 5},
    }, endpoint)
    for _ in range(600):
        d = json.loads(ddb("DescribeTable", {"TableName": name}, endpoint))["Table"]
        if d["TableStatus"] == "ACTIVE" and all(
                g["IndexStatus"] == "ACTIVE" for g in d.get("GlobalSecondaryIndexes", [])):
            return
        time.sleep(0.05)
    raise RuntimeError(f"table {name} did not become ACTIVE")


def count_items(name, endpoint=None, segments=1):
    """Select COUNT scan; with `segments` > 1 a parallel one (one connection per segment): a
    single-stream scan of DynamoDB Local slows down with every page (13 s at 100 000 items)."""
    def count(segment, out):
        c, n = Conn(endpoint or ENDPOINT), 0
        body = {"TableName": name, "Select": "COUNT",
                **({"Segment": segment, "TotalSegments": segments} if segments > 1 else {})}
        while True:
            r = json.loads(c.call("Scan", json.dumps(body).encode()))
            n += r["Count"]
            if "LastEvaluatedKey" not in r:
                out[segment] = n
                return
            body["ExclusiveStartKey"] = r["LastEvaluatedKey"]

    if segments <= 1:
        out = {}
        count(0, out)
        return out[0]
    out, errors = {}, []

    def worker(seg):
        try:
            count(seg, out)
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(f"segment {seg}: {e}")
    threads = [threading.Thread(target=worker, args=(seg,)) for seg in range(segments)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise RuntimeError("; ".join(errors))
    return sum(out.values())


def put_all(name, items):
    """Typed items in BatchWriteItem requests of 25, in order, unprocessed items resent."""
    for i in range(0, len(items), 25):
        req = {name: [{"PutRequest": {"Item": it}} for it in items[i:i + 25]]}
        while req:
            req = json.loads(ddb("BatchWriteItem", {"RequestItems": req})).get("UnprocessedItems") or {}


def scan_all(name, **body):
    items, body = [], {"TableName": name, **body}
    while True:
        r = json.loads(ddb("Scan", body))
        items += r["Items"]
        if "LastEvaluatedKey" not in r:
            return items
        body["ExclusiveStartKey"] = r["LastEvaluatedKey"]


def restartable():
    """True when this DynamoDB Local is the one scripts/bench.sh started (its DDB_PORT)."""
    port = urllib.parse.urlsplit(ENDPOINT).port
    return bool(DDB_LOG) and os.environ.get("DDB_PORT") == str(port)


def restart_server():
    """Stops and starts the benchmark's DynamoDB Local (in memory: everything is gone) with
    scripts/services.sh, as scripts/bench.sh started it (same DDB_PORT and DDB_JAVA_OPTS)."""
    env = {**os.environ, "PG_PORT": "0"}
    services = os.path.join(ROOT, "scripts", "services.sh")
    for args in (["down", "--this-port"], ["up", "dynamodb"]):
        p = subprocess.run([services, *args], env=env, capture_output=True, text=True, timeout=180)
        if p.returncode != 0:
            raise RuntimeError(f"scripts/services.sh {' '.join(args)}: {p.stderr.strip()[-400:]}")


def tail_cost():
    """What following LastEvaluatedKey costs the lower bound, per page: a byte search of the
    tail against json.loads of the tail only and of the whole page (µs, page bytes)."""
    page = Conn(ENDPOINT).call("Scan", json.dumps({"TableName": TABLE}).encode())

    def per_call(fn, n):
        t0 = time.perf_counter()
        for _ in range(n):
            fn(page)
        return (time.perf_counter() - t0) / n * 1e6
    return {"bytes": len(page), "tail_bytes_us": per_call(tail_bytes, 2000),
            "tail_json_us": per_call(tail_json, 2000), "full_json_us": per_call(json.loads, 5)}


# ------------------------------------------------------------------ data


def dataset(size):
    path = os.path.join(DATA_DIR, f"items-{size}.jsonl")
    meta = path[:-len(".jsonl")] + ".meta.json"
    gen = os.path.join(HERE, "gen_data.py")
    if not (os.path.exists(path) and os.path.exists(meta)
            and os.path.getmtime(path) >= os.path.getmtime(gen)):
        t0 = time.perf_counter()
        subprocess.run([PY, gen, str(size), path], check=True, stdout=subprocess.DEVNULL)
        log(f"generated {size} items into {os.path.relpath(path, ROOT)} in {time.perf_counter() - t0:.1f} s")
    with open(meta) as f:
        return path, json.load(f)


OLD_AT = "2020-01-01T00:00:00.000000+00:00"
WORDS = ("hello", "bench", "stream", "group", "message", "later", "coffee", "deploy", "lambda", "table",
         "tomorrow", "thanks", "sure", "why", "not", "ok", "cloud", "cost", "review", "ship")


def new_uuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def new_person(rng, i):
    return {"uuid": new_uuid(rng), "handle": f"user{i}", "name": f"User {i}"}


def new_text(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(4, 30)))[:200]


def group_rows(group, a, b, at, text):
    """Both group rows of a conversation: each participant's row describes the other one."""
    return [{"pk": {"S": f"GRP#{owner['uuid']}"}, "sk": {"S": at}, "message_group_uuid": {"S": group},
             "message": {"S": text}, "user_uuid": {"S": other["uuid"]},
             "user_display_name": {"S": other["name"]}, "user_handle": {"S": other["handle"]}}
            for owner, other in ((a, b), (b, a))]


def message_row(group, at, text, sender):
    return {"pk": {"S": f"MSG#{group}"}, "sk": {"S": at}, "message_uuid": {"S": str(uuid.uuid4())},
            "message": {"S": text}, "user_uuid": {"S": sender["uuid"]},
            "user_display_name": {"S": sender["name"]}, "user_handle": {"S": sender["handle"]}}


def conversation_data(n, groups, seed=11):
    """`groups` conversations with both group rows at OLD_AT, and `n` messages dealt round-robin
    over them in time order (one second apart, random microseconds), each from one of the two
    participants. Returns (group rows, messages, {group: (newest sk, its text)}, conversations)."""
    rng = random.Random(seed)
    convs = [(new_uuid(rng), new_person(rng, 2 * g), new_person(rng, 2 * g + 1)) for g in range(groups)]
    rows = [r for group, a, b in convs for r in group_rows(group, a, b, OLD_AT, "an old message")]
    t0 = datetime.datetime(2023, 3, 1, tzinfo=datetime.timezone.utc)
    msgs, newest = [], {}
    for i in range(n):
        group, a, b = convs[i % groups]
        at = (t0 + datetime.timedelta(seconds=i, microseconds=rng.randrange(1_000_000))).isoformat(
            timespec="microseconds")
        text = new_text(rng)
        msgs.append(message_row(group, at, text, rng.choice((a, b))))
        newest[group] = (at, text)
    return rows, msgs, newest, convs


def rows_on_newest(name, newest):
    """None when every conversation has exactly its two group rows, both on its newest message."""
    rows = scan_all(name, FilterExpression="begins_with(pk, :g)",
                    ExpressionAttributeValues={":g": {"S": "GRP#"}})
    by_group = {}
    for r in rows:
        by_group.setdefault(r["message_group_uuid"]["S"], []).append(r)
    bad = []
    for group, (at, text) in newest.items():
        got = by_group.get(group, [])
        if len(got) != 2 or any(r["sk"]["S"] != at or r["message"]["S"] != text for r in got):
            bad.append(f"{group}: {len(got)} rows at {sorted(r['sk']['S'] for r in got)}, newest {at}")
    if bad:
        return f"{len(bad)} of {len(newest)} conversations not on their newest message; first: {bad[0]}"
    return None


# ------------------------------------------------------------------ checks


def expect_count(pattern, want):
    rx = re.compile(pattern, re.M)

    def check(s, _out):
        m = rx.search(s.err)
        if not m:
            return f"no item count on stderr: {s.err.strip()[-300:]}"
        if int(m.group(1)) != want:
            return f"{m.group(1)} items, expected {want}"
        return None
    return check


def expect_lines(min_lines, contains=None):
    def check(_s, out):
        lines = [x for x in out.splitlines() if x.strip()]
        if len(lines) < min_lines:
            return f"{len(lines)} output lines, expected at least {min_lines}"
        if contains and contains not in out:
            return f"output lacks {contains!r}"
        return None
    return check


# ------------------------------------------------------------------ scenarios


def cdd(*args):
    return [BIN, "--endpoint-url", ENDPOINT, *args]


def cdd_at(endpoint, *args):
    return [BIN, "--endpoint-url", endpoint, *args]


def scenario_list():
    cmds = [
        Cmd("cdd", "cruddur-ddb table list", cdd("table", "list"), REPS, "file",
            expect_lines(1, TABLE)),
        Cmd("aws", "aws dynamodb list-tables", [AWS, "dynamodb", "list-tables", "--endpoint-url", ENDPOINT],
            REPS, "file", expect_lines(1, TABLE)),
        Cmd("boto3", "boto3 (paginator)", [PY, PEER, ENDPOINT, "list"], REPS, "file", expect_lines(1, TABLE)),
        Cmd("lb", "lower bound (1 request)", [PY, LB, ENDPOINT, "list"], REPS, "file", inner=True),
    ]
    return run_scenario("table list (start-up + ListTables)", cmds, WARMUP)


def scenario_query(size, meta):
    group = meta["query_group"]["uuid"]
    cmds = [
        Cmd("cdd", "cruddur-ddb pattern get-conversations",
            cdd("pattern", "get-conversations", "--group-uuid", group, "--table", TABLE), REPS, "file",
            expect_lines(20)),
        Cmd("boto3", "boto3 query (original script)", [PY, PEER, ENDPOINT, "query", TABLE, group], REPS,
            "file", expect_lines(20)),
        Cmd("lb", "lower bound (1 request)", [PY, LB, ENDPOINT, "query", TABLE, group], REPS, "file",
            expect_count(r"lowerbound query: (\d+) items", 20), inner=True),
    ]
    return run_scenario(f"get-conversations at {num(size)} items (newest 20 of one group)", cmds, WARMUP)


def scenario_scan(size):
    reps = REPS if size <= LARGE else LARGE_REPS
    aws_reps = reps if size <= LARGE else min(reps, AWS_LARGE_REPS)
    cdd_count = expect_count(r"^(\d+) items from", size)
    lb_count = expect_count(r"lowerbound scan: (\d+) items", size)
    cmds = [
        Cmd("cdd1", "cruddur-ddb --segments 1", cdd("table", "scan", TABLE, "--segments", "1"), reps,
            check=cdd_count),
        Cmd("cdd_auto", "cruddur-ddb (no flag: automatic)", cdd("table", "scan", TABLE), reps,
            check=cdd_count, show_stderr=True),
    ]
    for n in SEGMENTS:
        cmds.append(Cmd(f"cdd{n}", f"cruddur-ddb --segments {n}",
                        cdd("table", "scan", TABLE, "--segments", str(n)), reps, check=cdd_count))
    aws_note = ""
    if aws_reps < reps:
        aws_note = (f"measured {aws_reps} time(s) only at this size (BENCH_AWS_LARGE_REPS): "
                    "a single-stream scan that also buffers every item before printing.")
    cmds += [
        Cmd("aws", "aws dynamodb scan", [AWS, "dynamodb", "scan", "--table-name", TABLE,
                                         "--endpoint-url", ENDPOINT], aws_reps, note=aws_note),
        Cmd("boto3", "boto3 (paginator, JSON lines)", [PY, PEER, ENDPOINT, "scan", TABLE], reps,
            check=expect_count(r"boto3 scan: (\d+) items", size)),
        Cmd("lb1", "lower bound, 1 stream", [PY, LB, ENDPOINT, "scan", TABLE], reps, check=lb_count,
            inner=True),
    ]
    for n in SEGMENTS:
        cmds.append(Cmd(f"lb{n}", f"lower bound, {n} segments",
                        [PY, LB, ENDPOINT, "scan", TABLE, "--segments", str(n)], reps, check=lb_count,
                        inner=True))
    return run_scenario(f"full scan at {num(size)} items, printed to /dev/null", cmds)


def scenario_write(path, n):
    def fresh():
        create_table(WRITE_TABLE)

    def verify(_s):
        got = count_items(WRITE_TABLE)
        return None if got == n else f"table holds {got} items after the write, expected {n}"

    cmds = [
        Cmd("cdd", "cruddur-ddb table restore", cdd("table", "restore", path, WRITE_TABLE), WRITE_REPS,
            before=fresh, after=verify),
        Cmd("boto3", "boto3 Table.batch_writer()", [PY, PEER, ENDPOINT, "write", WRITE_TABLE, path],
            WRITE_REPS, before=fresh, after=verify),
        Cmd("lb8", "lower bound, 8 threads", [PY, LB, ENDPOINT, "write", WRITE_TABLE, path, "--threads", "8"],
            WRITE_REPS, before=fresh, after=verify, inner=True),
        Cmd("lb16", "lower bound, 16 threads",
            [PY, LB, ENDPOINT, "write", WRITE_TABLE, path, "--threads", "16"],
            WRITE_REPS, before=fresh, after=verify, inner=True),
    ]
    scn = run_scenario(f"bulk write of {num(n)} items into an empty table", cmds)
    drop_table(WRITE_TABLE)
    return scn


def scenario_import(path, n):
    """Restoring a gzipped S3 export (made by `table export` of the loaded table) against
    restoring the same items as typed JSON lines."""
    export_dir = os.path.join(DATA_DIR, f"export-{n}")
    shutil.rmtree(export_dir, ignore_errors=True)
    s = run_once(cdd("table", "export", export_dir, TABLE))
    if s.rc != 0:
        sys.exit(f"bench: table export failed: {s.err}")
    log(f"  exported {n} items to {os.path.relpath(export_dir, ROOT)} in {fmt_t(s.wall)}: {s.err.strip()}")

    def fresh():
        create_table(IMPORT_TABLE)

    def verify(_s):
        got = count_items(IMPORT_TABLE)
        return None if got == n else f"table holds {got} items after the restore, expected {n}"

    cmds = [
        Cmd("lines", "cruddur-ddb table restore (typed JSON lines)",
            cdd("table", "restore", path, IMPORT_TABLE), IMPORT_REPS, before=fresh, after=verify),
        Cmd("export", "cruddur-ddb table restore (gzipped S3 export)",
            cdd("table", "restore", export_dir, IMPORT_TABLE), IMPORT_REPS, before=fresh, after=verify),
    ]
    scn = run_scenario(f"restore of {num(n)} items: gzipped S3 export vs typed JSON lines", cmds)
    drop_table(IMPORT_TABLE)
    return scn


def split_export(size):
    """A multi-object export of the loaded table in AWS's layout: `table export` writes one
    data object, which is dealt into S3_OBJECTS gzipped objects with their own manifest lines
    (item count, base64 MD5, hex etag). Returns the local folder and the S3 prefix it was
    uploaded to (moto's S3, bucket S3_BUCKET), holding the same objects."""
    import boto3  # from .local/bench-venv (bench/requirements.txt)
    from botocore.config import Config

    src = os.path.join(DATA_DIR, f"s3src-{size}")
    shutil.rmtree(src, ignore_errors=True)
    s = run_once(cdd("table", "export", TABLE, src))
    if s.rc != 0:
        sys.exit(f"bench: table export failed: {s.err}")
    (export_id,) = os.listdir(os.path.join(src, "AWSDynamoDB"))
    root = os.path.join(src, "AWSDynamoDB", export_id)
    lines = []
    for name in sorted(os.listdir(os.path.join(root, "data"))):
        with gzip.open(os.path.join(root, "data", name), "rb") as f:
            lines += [x for x in f.read().splitlines(keepends=True) if x.strip()]
    if len(lines) != size:
        sys.exit(f"bench: the export of {TABLE} holds {len(lines)} lines, expected {size}")
    out = os.path.join(DATA_DIR, f"s3export-{size}")
    shutil.rmtree(out, ignore_errors=True)
    base = os.path.join(out, "AWSDynamoDB", export_id)
    os.makedirs(os.path.join(base, "data"))
    prefix = f"s3restore-{size}"
    objects, manifest = [], []
    per = -(-size // S3_OBJECTS)
    for i in range(S3_OBJECTS):
        chunk = lines[i * per:(i + 1) * per]
        body = gzip.compress(b"".join(chunk), compresslevel=6, mtime=0)
        digest = hashlib.md5(body).digest()
        rel = f"AWSDynamoDB/{export_id}/data/part-{i:02d}.json.gz"
        with open(os.path.join(out, rel), "wb") as f:
            f.write(body)
        objects.append(rel)
        manifest.append({"itemCount": len(chunk), "md5Checksum": base64.b64encode(digest).decode(),
                         "etag": digest.hex(), "dataFileS3Key": f"{prefix}/{rel}"})
    with open(os.path.join(base, "manifest-files.json"), "w") as f:
        f.write("".join(json.dumps(m) + "\n" for m in manifest))
    with open(os.path.join(root, "manifest-summary.json")) as f:
        summary = json.load(f)
    summary.update({"s3Bucket": S3_BUCKET, "s3Prefix": prefix, "itemCount": size,
                    "manifestFilesS3Key": f"{prefix}/AWSDynamoDB/{export_id}/manifest-files.json"})
    with open(os.path.join(base, "manifest-summary.json"), "w") as f:
        json.dump(summary, f)
    shutil.copy(os.path.join(root, "cruddur-table.json"), base)
    objects += [f"AWSDynamoDB/{export_id}/{n}"
                for n in ("manifest-files.json", "manifest-summary.json", "cruddur-table.json")]
    shutil.rmtree(src, ignore_errors=True)

    s3 = boto3.client("s3", endpoint_url=MOTO, region_name="us-east-1", aws_access_key_id="bench",
                      aws_secret_access_key="bench", config=Config(s3={"addressing_style": "path"}))
    try:
        s3.create_bucket(Bucket=S3_BUCKET)
    except s3.exceptions.BucketAlreadyOwnedByYou:
        pass
    for rel in objects:
        s3.upload_file(os.path.join(out, rel), S3_BUCKET, f"{prefix}/{rel}")
    data_bytes = sum(os.path.getsize(os.path.join(out, r)) for r in objects if "/data/" in r)
    log(f"  split the export of {num(size)} items into {S3_OBJECTS} gzipped objects "
        f"({data_bytes / 1e6:.1f} MB) in {os.path.relpath(out, ROOT)} and s3://{S3_BUCKET}/{prefix} on {MOTO}")
    return out, f"s3://{S3_BUCKET}/{prefix}"


def scenario_s3_restore(size):
    """`table restore s3://...` of a multi-object export in moto's S3 against `table restore`
    of the same objects in a local folder, into a fresh table on the benchmark's DynamoDB
    Local; both verify every object's count and MD5 before writing."""
    folder, url = split_export(size)

    def fresh():
        create_table(S3_TABLE)

    def verify(_s):
        got = count_items(S3_TABLE, segments=8)
        return None if got == size else f"table holds {got} items after the restore, expected {size}"

    cmds = [
        Cmd("s3", "cruddur-ddb table restore s3://... (moto)",
            cdd("--s3-endpoint-url", MOTO, "table", "restore", url, S3_TABLE), S3_REPS,
            before=fresh, after=verify, show_stderr=True,
            note=f"{S3_OBJECTS} data objects read from moto's S3 on {MOTO}"),
        Cmd("dir", "cruddur-ddb table restore DIR (same export)",
            cdd("table", "restore", folder, S3_TABLE), S3_REPS, before=fresh, after=verify,
            note=f"the same {S3_OBJECTS} objects and manifests in a local folder"),
    ]
    scn = run_scenario(f"restore of {num(size)} items from a {S3_OBJECTS}-object export: S3 vs a folder", cmds)
    drop_table(S3_TABLE)
    scn["size"] = size
    return scn


def scenario_doctor(size):
    """`doctor` (no Postgres: user checks skipped) reads the whole table into its checker;
    against the plain automatic `table scan` of the same table, interleaved. The generated
    data may hold findings (doctor then exits 9), so exit codes 0 and 9 both count."""
    doctor_argv = cdd("--table", TABLE, "doctor")  # the command under test: adjust here
    rows_rx = re.compile(r"(\d+) findings? in (\d+) rows")

    def doctor_check(s, _out):
        m = rows_rx.search(s.err)
        if not m:
            return f"no summary on stderr: {s.err.strip()[-300:]}"
        if int(m.group(2)) != size:
            return f"doctor read {m.group(2)} rows, expected {size}"
        return None

    cmds = [
        Cmd("doctor", "cruddur-ddb doctor", doctor_argv, DOCTOR_REPS, check=doctor_check,
            show_stderr=True, ok_rc=(0, 9),
            note="exit 0 when healthy, 9 when it reports findings (both accepted); its report "
                 "goes to /dev/null like the scan's items"),
        Cmd("cdd_auto", "cruddur-ddb table scan (automatic)", cdd("table", "scan", TABLE), DOCTOR_REPS,
            check=expect_count(r"^(\d+) items from", size)),
    ]
    scn = run_scenario(f"doctor at {num(size)} items against the automatic scan", cmds)
    scn["size"] = size
    return scn


def scenario_copy(path, size, scan_scn):
    """`table copy` of the loaded table to a second DynamoDB Local (ENDPOINT2), creating the
    target from the source's description; against its parts measured alone: the best parallel
    lower-bound scan of the source (from the scan scenario at this size, `scan_scn`) plus a
    `table restore` of the same items into a fresh table on ENDPOINT2 (measured here,
    interleaved with the copy). The copy's table stays for scenario_diff."""
    copy_argv = cdd("table", "copy", TABLE, COPY_TABLE, "--to-endpoint", ENDPOINT2,
                    "--create", "--yes")  # the command under test: adjust here
    restore_argv = cdd_at(ENDPOINT2, "table", "restore", path, COPY_RESTORE_TABLE)
    copied_rx = re.compile(r"copied (\d+) items?")

    # ENDPOINT2's JIT is cold: one unmeasured restore and parallel scan of the smallest data set
    warm_path = dataset(SIZES[0])[0] if SIZES else path
    create_table(COPY_RESTORE_TABLE, endpoint=ENDPOINT2)
    w = run_once(cdd_at(ENDPOINT2, "table", "restore", warm_path, COPY_RESTORE_TABLE))
    log(f"  warm-up of {ENDPOINT2}: restore of {os.path.basename(warm_path)} in {fmt_t(w.wall)}"
        + ("" if w.rc == 0 else f" (exit {w.rc}: {w.err.strip()[-200:]})"))
    w = run_once([PY, LB, ENDPOINT2, "scan", COPY_RESTORE_TABLE, "--segments", "16"])
    log(f"    {w.err.strip()}")
    drop_table(COPY_RESTORE_TABLE, ENDPOINT2)

    def drop_copy():
        drop_table(COPY_TABLE, ENDPOINT2)  # --create makes it again, from the source's description

    def fresh_restore():
        create_table(COPY_RESTORE_TABLE, endpoint=ENDPOINT2)

    def copied_check(s, out):
        m = copied_rx.search(out + "\n" + s.err)
        if not m:
            return f"no `copied N items` line: {(out + s.err).strip()[-300:]}"
        if int(m.group(1)) != size:
            return f"copied {m.group(1)} items, expected {size}"
        return None

    def verify(table):
        def after(_s):
            got = count_items(table, ENDPOINT2, segments=16)
            return None if got == size else f"{table} on {ENDPOINT2} holds {got} items, expected {size}"
        return after

    cmds = [
        Cmd("copy", "cruddur-ddb table copy --create", copy_argv, COPY_REPS, "file", copied_check,
            before=drop_copy, after=verify(COPY_TABLE), show_stderr=True,
            note=f"reads {TABLE} on {ENDPOINT} and writes {COPY_TABLE} on {ENDPOINT2} (dropped before "
                 "each run; created again by --create, then filled)"),
        Cmd("restore", "cruddur-ddb table restore, 2nd server", restore_argv, COPY_REPS,
            before=fresh_restore, after=verify(COPY_RESTORE_TABLE),
            note=f"the same items from typed JSON lines into a fresh {COPY_RESTORE_TABLE} on {ENDPOINT2}"),
    ]
    if ANON_COPY:
        # First in each round: the plain copy after it leaves the table the diff compares.
        cmds.insert(0, Cmd(
            "copy_anon", "cruddur-ddb table copy --create --anonymize",
            copy_argv + ["--anonymize", "--salt", "bench"], COPY_REPS, "file", copied_check,
            before=drop_copy, after=verify(COPY_TABLE), show_stderr=True,
            note="the same copy, every handle and name a pseudonym and every message generated text"))
    scn = run_scenario(f"copy of {num(size)} items to a second DynamoDB Local", cmds)
    drop_table(COPY_RESTORE_TABLE, ENDPOINT2)
    scn["size"] = size
    scn["scan"] = scan_scn
    return scn


def scenario_seed():
    """`seed --users U --conversations C --messages M` into a fresh table (users in Postgres
    at BENCH_PG_URL: created by the first run, found by handle after), against a `table
    restore` of a generated data set of the same number of items into a fresh table."""
    items = SEED_MESSAGES + 2 * SEED_CONVERSATIONS
    path, _meta = dataset(items)
    seed_argv = ["env", f"CONNECTION_URL={PG_URL}", *cdd(
        "--table", SEED_TABLE, "seed", "--users", str(SEED_USERS), "--conversations",
        str(SEED_CONVERSATIONS), "--messages", str(SEED_MESSAGES), "--seed", "1")]
    restore_argv = cdd("table", "restore", path, SEED_TABLE)

    def fresh():
        create_table(SEED_TABLE)

    def verify(_s):
        got = count_items(SEED_TABLE, segments=16)
        return None if got == items else f"{SEED_TABLE} holds {got} items, expected {items}"

    cmds = [
        Cmd("seed", "cruddur-ddb seed at scale", seed_argv, SEED_REPS, before=fresh, after=verify,
            show_stderr=True, note=f"{num(SEED_USERS)} users, {num(SEED_CONVERSATIONS)} conversations, "
            f"{num(SEED_MESSAGES)} messages and their {num(2 * SEED_CONVERSATIONS)} group rows"),
        Cmd("restore", "cruddur-ddb table restore", restore_argv, SEED_REPS, before=fresh, after=verify,
            note=f"{num(items)} generated items from typed JSON lines"),
    ]
    scn = run_scenario(f"seed of {num(SEED_MESSAGES)} messages in {num(SEED_CONVERSATIONS)} conversations "
                       f"against a restore of {num(items)} items", cmds)
    drop_table(SEED_TABLE)
    scn["items"] = items
    return scn


def tmux(sock, *args, check=True):
    return subprocess.run(["tmux", "-L", sock, *args], capture_output=True, text=True, check=check)


def vm_hwm_kb(pid):
    """Peak resident set (VmHWM) of a running process, in kB."""
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def ui_start(sock, wait_for, timeout=30):
    """Starts `cruddur-ddb ui` in a fresh tmux server (100x30); returns (seconds until the
    screen shows `wait_for`, the UI's pid)."""
    env = " ".join(shlex.quote(f"{k}={v}") for k, v in {**CHILD_ENV, "TERM": "xterm-256color",
                                                           "CONNECTION_URL": PG_URL}.items())
    cmd = " ".join(shlex.quote(a) for a in cdd("--table", UI_TABLE, "ui", "--handle", "andrewbrown"))
    t0 = time.perf_counter()
    tmux(sock, "-f", "/dev/null", "new-session", "-d", "-x", "100", "-y", "30",
         f"env -i {env} {cmd}; sleep 600")
    while True:
        out = tmux(sock, "capture-pane", "-p", check=False).stdout
        if wait_for in out:
            took = time.perf_counter() - t0
            break
        if time.perf_counter() - t0 > timeout:
            raise RuntimeError(f"the UI never showed {wait_for!r}:\n{out}")
        time.sleep(0.005)
    pane = tmux(sock, "list-panes", "-F", "#{pane_pid}").stdout.split()[0]
    pid = subprocess.run(["pgrep", "-P", pane, "-f", "cruddur-ddb"], capture_output=True,
                         text=True).stdout.split()
    return took, int(pid[0]) if pid else None


def scenario_ui():
    """`cruddur-ddb ui`: the time from starting it in tmux to its first drawn conversation
    list (polled every 5 ms), and its peak RSS while scrolling back through a conversation
    of UI_MESSAGES messages (the demo conversation, seeded into its own table)."""
    create_table(UI_TABLE)
    s = run_once(["env", f"CONNECTION_URL={PG_URL}", *cdd("--table", UI_TABLE, "seed", "--messages",
                                                            str(UI_MESSAGES))])
    if s.rc != 0:
        raise RuntimeError(f"seeding {UI_TABLE}: {s.err}")
    log(f"\n== cruddur-ddb ui: start to the first conversation list ({UI_REPS} runs), then memory "
        f"while scrolling back through {num(UI_MESSAGES)} messages")
    starts = []
    for rep in range(UI_REPS):
        sock = f"cdd-bench-{os.getpid()}-{rep}"
        try:
            took, _ = ui_start(sock, "Andrew Bayko @bayko")
            starts.append(took)
            log(f"  rep {rep + 1}  first conversation list after {fmt_t(took)}")
        finally:
            tmux(sock, "kill-server", check=False)
    memory = []
    sock = f"cdd-bench-{os.getpid()}-memory"
    try:
        _, pid = ui_start(sock, "Andrew Bayko @bayko")
        tmux(sock, "send-keys", "Enter")
        time.sleep(1.0)
        memory.append((0, vm_hwm_kb(pid)))
        # PageUp scrolls 10 lines: a seeded message is two or three. Send enough to pass
        # the conversation's first message, measuring the peak along the way.
        presses, step = UI_MESSAGES * 3 // 10 + 50, 100
        for done in range(step, presses + step, step):
            tmux(sock, "send-keys", *(["PageUp"] * step))
            time.sleep(0.3)
            memory.append((done, vm_hwm_kb(pid)))
        deadline = time.time() + 60
        while "first message" not in tmux(sock, "capture-pane", "-p").stdout and time.time() < deadline:
            tmux(sock, "send-keys", *(["PageUp"] * step))
            time.sleep(0.3)
        reached = "first message" in tmux(sock, "capture-pane", "-p").stdout
        memory.append(("end", vm_hwm_kb(pid)))
    finally:
        tmux(sock, "kill-server", check=False)
    drop_table(UI_TABLE)
    for done, kb in memory:
        log(f"  after {done} PageUp presses: peak RSS {kb / 1024:.1f} MB")
    return {"title": "cruddur-ddb ui", "cmds": [], "starts": starts, "memory": memory,
            "reached_first": reached}


def scenario_diff(size):
    """`table diff` of the loaded table against its copy on ENDPOINT2 (left there by
    scenario_copy; equal, so exit 0) against the automatic `table scan` of each side,
    interleaved: the reference is the sum of the two scans."""
    diff_argv = cdd("table", "diff", TABLE, COPY_TABLE, "--to-endpoint", ENDPOINT2)  # adjust here
    count = expect_count(r"^(\d+) items from", size)
    cmds = [
        Cmd("diff", "cruddur-ddb table diff", diff_argv, LARGE_REPS, "file", show_stderr=True,
            note="exit 0: the tables are equal (9, a difference, counts as a failed run)"),
        Cmd("scan1", "cruddur-ddb table scan, 1st server",
            cdd("table", "scan", TABLE), LARGE_REPS, check=count, note=f"automatic, {TABLE}"),
        Cmd("scan2", "cruddur-ddb table scan, 2nd server",
            cdd_at(ENDPOINT2, "table", "scan", COPY_TABLE), LARGE_REPS, check=count,
            note=f"automatic, {COPY_TABLE}"),
    ]
    scn = run_scenario(f"diff of two {num(size)}-item tables on two DynamoDB Locals", cmds)
    scn["size"] = size
    return scn


def scenario_message():
    """A reply in a conversation of 50 messages: `pattern create-message` (message and both
    rows in one transaction) against the app's create_message PutItem plus the lambda's
    index query and DeleteItem + PutItem of each row, each a whole process. No stream on the
    table (unless BENCH_TABLE_STREAM=1): neither side reads one."""
    rows, msgs, newest, convs = conversation_data(50, 1, seed=7)
    group, a, _b = convs[0]
    create_table(MESSAGE_TABLE)
    put_all(MESSAGE_TABLE, rows + msgs)
    text = "See you at the bench tomorrow"

    def verify(_s):
        r = json.loads(ddb("Query", {"TableName": MESSAGE_TABLE, "ConsistentRead": True,
                                     "KeyConditionExpression": "pk = :pk", "ScanIndexForward": False,
                                     "Limit": 1, "ExpressionAttributeValues": {":pk": {"S": f"MSG#{group}"}}}))
        top = r["Items"][0] if r["Items"] else {}
        if top.get("message", {}).get("S") != text:
            return f"the newest message of {group} is not the one sent: {top.get('sk')}"
        return rows_on_newest(MESSAGE_TABLE, {group: (top["sk"]["S"], text)})

    def sent_check(s, out):
        # The new message's id on stdout (for scripts), the sentence on stderr.
        if not re.fullmatch(r"[0-9a-f-]{36}", out.strip()):
            return f"stdout is not the message id: {out.strip()[-200:]!r}"
        if "moved 2 group rows" not in s.err:
            return f"stderr lacks 'moved 2 group rows': {s.err.strip()[-300:]}"
        return None

    cmds = [
        Cmd("cdd", "cruddur-ddb pattern create-message",
            cdd("--table", MESSAGE_TABLE, "pattern", "create-message", "--group-uuid", group,
                "--user-uuid", a["uuid"], text), MESSAGE_REPS, "file",
            sent_check, after=verify,
            note="1 consistent Query of each participant's GRP# partition, 1 TransactWriteItems "
                 "(the message, 2 deletes, 2 puts)"),
        Cmd("boto3", "boto3 create_message + lambda delete/put",
            [PY, LAMBDA, ENDPOINT, "create-message", MESSAGE_TABLE, group, a["uuid"], a["handle"], a["name"],
             text], MESSAGE_REPS, after=verify,
            note="PutItem of the message, 1 index Query, DeleteItem + PutItem per row (5 writes)"),
    ]
    scn = run_scenario("create-message: one reply, both group rows moved to it", cmds, WARMUP)
    drop_table(MESSAGE_TABLE)
    return scn


def scenario_stream(n, groups):
    """`stream apply` against the lambda's per-record logic on the same stream: before each
    run a new table with a NEW_IMAGE stream, `groups` conversations with both group rows at an
    old time, then `n` app-written messages (BatchWriteItem, in time order). Every run starts
    from that state, and after it both rows of every conversation must sit on its newest
    message.

    DynamoDB Local makes each write into a stream-enabled table cost time in proportion to
    every stream record it holds, including those of deleted tables (dropping the table does
    not give it back). Runs in a row would each pay for all the loads and writes before them,
    so under scripts/bench.sh the server is restarted before each run (BENCH_STREAM_RESTART=1,
    not timed): every run then starts from an empty server, loads the same items, and pays
    only for its own stream records. This scenario runs last for the same reason."""
    rows, msgs, newest, _convs = conversation_data(n, groups)
    restart = STREAM_RESTART and restartable()
    if STREAM_RESTART and not restart:
        log("  (not restarting DynamoDB Local: it was not started by scripts/bench.sh on this port;"
            " later runs pay for the stream records of earlier ones)")
    load_times = []

    def fresh():
        if restart:
            restart_server()
        create_table(STREAM_TABLE, stream=True)
        t0 = time.perf_counter()
        put_all(STREAM_TABLE, rows)
        put_all(STREAM_TABLE, msgs)
        load_times.append(time.perf_counter() - t0)

    def verify(_s):
        return rows_on_newest(STREAM_TABLE, newest)

    moved = min(n, groups)
    cdd_rx = re.compile(r"(\d+) messages? seen, (\d+) conversations? moved")

    def cdd_check(s, out):
        m = cdd_rx.search(out + s.err)
        if not m:
            return f"no summary: {(out + s.err).strip()[-300:]}"
        if (int(m.group(1)), int(m.group(2))) != (n, moved):
            return f"{m.group(1)} messages seen, {m.group(2)} moved; expected {n}, {moved}"
        return None

    cmds = [
        Cmd("cdd", "cruddur-ddb stream apply", cdd("--table", STREAM_TABLE, "stream", "apply"), STREAM_REPS,
            "file", cdd_check, before=fresh, after=verify, show_stderr=True,
            note=f"reads the whole stream, then per conversation its newest message only: "
                 f"{moved} x (2 consistent Queries + 1 TransactWriteItems of 4 writes)"),
        Cmd("boto3", "boto3, the lambda's logic for every record",
            [PY, LAMBDA, ENDPOINT, "stream", STREAM_TABLE], STREAM_REPS,
            check=expect_count(r"(\d+) messages applied", n), before=fresh, after=verify, show_stderr=True,
            note=f"reads the whole stream, then per message record 1 index Query + DeleteItem and PutItem "
                 f"of each of the 2 rows: {num(n)} Queries, {num(4 * n)} single writes"),
    ]
    scn = run_scenario(f"stream apply: {num(n)} app-written messages in {num(groups)} conversations", cmds)
    drop_table(STREAM_TABLE)
    scn["restart"] = restart
    scn["load_times"] = load_times
    return scn


# ------------------------------------------------------------------ targets


def med(scn, key):
    for c in scn["cmds"]:
        if c.key == key:
            st = c.stats()
            return st["wall_median"] if st else None
    return None


def stat(scn, key, field):
    for c in scn["cmds"]:
        if c.key == key:
            st = c.stats()
            return st[field] if st else None
    return None


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def verdict(ok):
    return "-" if ok is None else ("PASS" if ok else "MISS")


def lbt(scn, key):
    """The lower bound's request time (in-process median), else its process wall median."""
    v = stat(scn, key, "inner_median")
    return v if v is not None else med(scn, key)


def lb_text(scn, key):
    inner, wall = stat(scn, key, "inner_median"), med(scn, key)
    if inner is None:
        return fmt_t(wall)
    return f"{fmt_t(inner)} (requests only; {fmt_t(wall)} as a process)"


def targets(res):
    """Rows: (target, measured, ratio text, verdict). Lower bounds count their requests only:
    the Python interpreter's ~50 ms start-up is not part of "the same HTTP requests"."""
    rows = []
    if "list" in res:
        s = res["list"]
        r = ratio(med(s, "aws"), med(s, "cdd"))
        rows.append(("start-up + `table list` ≥10x faster than `aws dynamodb list-tables`",
                     f"{fmt_t(med(s, 'cdd'))} vs {fmt_t(med(s, 'aws'))}", f"{fmt_x(r)} faster",
                     verdict(None if r is None else r >= 10)))
    for size in SIZES:
        s = res.get(f"scan{size}")
        if not s:
            continue
        sz = num(size)
        c1, aws, auto = med(s, "cdd1"), med(s, "aws"), med(s, "cdd_auto")
        r = ratio(c1, lbt(s, "lb1"))
        rows.append((f"{sz}: scan, 1 segment, within 1.25x of the 1-stream lower bound",
                     f"{fmt_t(c1)} vs {lb_text(s, 'lb1')}", fmt_x(r),
                     verdict(None if r is None else r <= 1.25)))
        need = 3 if size == 20000 else 1
        r = ratio(aws, c1)
        rows.append((f"{sz}: scan, 1 segment, faster than `aws dynamodb scan`"
                     + (" (≥3x)" if need == 3 else ""),
                     f"{fmt_t(c1)} vs {fmt_t(aws)}", f"{fmt_x(r)} faster",
                     verdict(None if r is None else (r >= need if need > 1 else r > 1))))
        r = ratio(aws, auto)
        rows.append((f"{sz}: plain `table scan` (automatic) vs `aws dynamodb scan` (info)",
                     f"{fmt_t(auto)} vs {fmt_t(aws)}", f"{fmt_x(r)} faster", "-"))
        r = ratio(lbt(s, "lb1"), auto)
        rows.append((f"{sz}: plain `table scan` beats the 1-stream lower bound by far (≥2x, our reading)",
                     f"{fmt_t(auto)} vs {lb_text(s, 'lb1')}", f"{fmt_x(r)} faster",
                     verdict(None if r is None else r >= 2)))
        par = sorted((lbt(s, f"lb{n}"), n) for n in SEGMENTS if lbt(s, f"lb{n}") is not None)
        if par:
            best, n_best = par[0]
            r = ratio(auto, best)
            rows.append((f"{sz}: plain `table scan` within 1.25x of the best parallel lower bound "
                         f"({n_best} segments of {', '.join(map(str, SEGMENTS))})",
                         f"{fmt_t(auto)} vs {lb_text(s, f'lb{n_best}')}", fmt_x(r),
                         verdict(None if r is None else r <= 1.25)))
            cpar = sorted((med(s, f"cdd{n}"), n) for n in SEGMENTS if med(s, f"cdd{n}") is not None)
            if cpar:
                b, nb = cpar[0]
                rows.append((f"{sz}: best `table scan --segments N` (N={nb}) vs the best parallel lower bound (info)",
                             f"{fmt_t(b)} vs {fmt_t(best)}", fmt_x(ratio(b, best)), "-"))
    big = max(SIZES) if SIZES else None
    if big is not None and f"scan{big}" in res:
        rss = stat(res[f"scan{big}"], "cdd1", "rss_max_mb")
        ok = None if rss is None else rss < 40
        label = "scan peak memory < 40 MB at 100 000 items, 1 segment"
        if big != 100000:
            label += f" (measured at {num(big)} only: not the target size)"
            ok = None
        rows.append((label, "-" if rss is None else f"{rss:.1f} MB (max of runs)", "", verdict(ok)))
    if "doctor" in res:
        s = res["doctor"]
        sz = num(s["size"])
        d, sc = med(s, "doctor"), med(s, "cdd_auto")
        r = ratio(d, sc)
        rows.append((f"{sz}: `doctor` within 1.5x of a plain automatic `table scan`",
                     f"{fmt_t(d)} vs {fmt_t(sc)}", fmt_x(r), verdict(None if r is None else r <= 1.5)))
        rss, rss_scan = stat(s, "doctor", "rss_max_mb"), stat(s, "cdd_auto", "rss_max_mb")
        rows.append((f"{sz}: `doctor` peak memory (info)",
                     "-" if rss is None else f"{rss:.1f} MB (max of runs; the scan "
                     + ("-" if rss_scan is None else f"{rss_scan:.1f} MB") + ")", "", "-"))
    if "import" in res:
        s = res["import"]
        r = ratio(med(s, "export"), med(s, "lines"))
        rows.append(("restore of a gzipped S3 export within 1.2x of typed JSON lines",
                     f"{fmt_t(med(s, 'export'))} vs {fmt_t(med(s, 'lines'))}", fmt_x(r),
                     verdict(None if r is None else r <= 1.2)))
    s3sizes = [size for size in SIZES if f"s3restore{size}" in res]
    for size in s3sizes:
        s = res[f"s3restore{size}"]
        r = ratio(med(s, "s3"), med(s, "dir"))
        target = size == 100000
        rows.append((f"{num(size)}: restore from a {S3_OBJECTS}-object export in S3 (moto) "
                     + ("within 1.3x of the same export in a folder" if target else "vs a folder (info)"),
                     f"{fmt_t(med(s, 's3'))} vs {fmt_t(med(s, 'dir'))}", fmt_x(r),
                     verdict(None if r is None else r <= 1.3) if target else "-"))
    if len(s3sizes) >= 2:
        lo, hi = s3sizes[0], s3sizes[-1]
        a = stat(res[f"s3restore{lo}"], "s3", "rss_max_mb")
        b = stat(res[f"s3restore{hi}"], "s3", "rss_max_mb")
        r = ratio(b, a)
        rows.append((f"restore from S3: peak memory flat from {num(lo)} to {num(hi)} items (within 1.25x)",
                     "-" if a is None or b is None else f"{a:.1f} MB vs {b:.1f} MB (max of runs)",
                     fmt_x(r), verdict(None if r is None else r <= 1.25)))
    if "write" in res:
        s = res["write"]
        r = ratio(med(s, "boto3"), med(s, "cdd"))
        rows.append(("bulk write at least as fast as boto3 `batch_writer`",
                     f"{fmt_t(med(s, 'cdd'))} vs {fmt_t(med(s, 'boto3'))}", f"{fmt_x(r)} faster",
                     verdict(None if r is None else r >= 1)))
        best = min((x for x in (lbt(s, "lb8"), lbt(s, "lb16")) if x is not None), default=None)
        rows.append(("bulk write vs the lower bound (info)",
                     f"{fmt_t(med(s, 'cdd'))} vs {fmt_t(best)} (requests only)",
                     fmt_x(ratio(med(s, "cdd"), best)), "-"))
    if "copy" in res:
        s = res["copy"]
        sz = num(s["size"])
        cp, rs = med(s, "copy"), med(s, "restore")
        par = sorted((lbt(s["scan"], f"lb{n}"), n) for n in SEGMENTS if lbt(s["scan"], f"lb{n}") is not None)
        lb, n_best = par[0] if par else (None, None)
        ref = None if lb is None or rs is None else lb + rs
        r = ratio(cp, ref)
        rows.append((f"{sz}: `table copy` between two servers within 1.3x of the best parallel lower-bound "
                     "scan + `table restore`",
                     f"{fmt_t(cp)} vs {fmt_t(lb)} (lower bound, {n_best} segments, requests only) + "
                     f"{fmt_t(rs)} = {fmt_t(ref)}", fmt_x(r), verdict(None if r is None else r <= 1.3)))
        an = med(s, "copy_anon")
        if an is not None:
            r = ratio(an, cp)
            rows.append((f"{sz}: anonymized `table copy` within 1.15x of the plain copy",
                         f"{fmt_t(an)} vs {fmt_t(cp)}", fmt_x(r), verdict(None if r is None else r <= 1.15)))
        rss = stat(s, "copy", "rss_max_mb")
        rows.append((f"{sz}: `table copy` peak memory (info)",
                     "-" if rss is None else f"{rss:.1f} MB (max of runs)", "", "-"))
    if "seed" in res:
        s = res["seed"]
        r = ratio(med(s, "seed"), med(s, "restore"))
        rows.append((f"seed of {num(SEED_MESSAGES)} messages in {num(SEED_CONVERSATIONS)} conversations within "
                     f"1.2x of a restore of the same {num(s['items'])} items",
                     f"{fmt_t(med(s, 'seed'))} vs {fmt_t(med(s, 'restore'))}", fmt_x(r),
                     verdict(None if r is None else r <= 1.2)))
    if "diff" in res:
        s = res["diff"]
        sz = num(s["size"])
        df, a, b = med(s, "diff"), med(s, "scan1"), med(s, "scan2")
        ref = None if a is None or b is None else a + b
        r = ratio(df, ref)
        rows.append((f"{sz}: `table diff` of two tables within 1.5x of two parallel scans (automatic "
                     "`table scan` of each side)",
                     f"{fmt_t(df)} vs {fmt_t(a)} + {fmt_t(b)} = {fmt_t(ref)}", fmt_x(r),
                     verdict(None if r is None else r <= 1.5)))
        rss = stat(s, "diff", "rss_max_mb")
        rows.append((f"{sz}: `table diff` peak memory (info)",
                     "-" if rss is None else f"{rss:.1f} MB (max of runs)", "", "-"))
    if "ui" in res:
        u = res["ui"]
        if u["starts"]:
            rows.append(("`cruddur-ddb ui`: start to the first drawn conversation list (info)",
                         f"{fmt_t(statistics.median(u['starts']))} median of {len(u['starts'])} "
                         f"({fmt_t(min(u['starts']))} – {fmt_t(max(u['starts']))})", "", "-"))
        if u["memory"]:
            first, last = u["memory"][0][1], u["memory"][-1][1]
            rows.append((f"`cruddur-ddb ui`: peak memory while scrolling back through {num(UI_MESSAGES)} "
                         "messages: bounded (info)",
                         f"{first / 1024:.1f} MB once open, {last / 1024:.1f} MB at the "
                         + ("first message" if u["reached_first"] else "end of the scrolling"),
                         fmt_x(last / first) if first else "", "-"))
    if "message" in res:
        s = res["message"]
        r = ratio(med(s, "boto3"), med(s, "cdd"))
        rows.append(("create-message faster than boto3 create_message + lambda delete/put",
                     f"{fmt_t(med(s, 'cdd'))} vs {fmt_t(med(s, 'boto3'))}", f"{fmt_x(r)} faster",
                     verdict(None if r is None else r > 1)))
    if "stream" in res:
        s = res["stream"]
        r = ratio(med(s, "boto3"), med(s, "cdd"))
        rows.append(("stream apply ≥10x faster than the per-record boto3 lambda logic",
                     f"{fmt_t(med(s, 'cdd'))} vs {fmt_t(med(s, 'boto3'))}", f"{fmt_x(r)} faster",
                     verdict(None if r is None else r >= 10)))
    return rows


# ------------------------------------------------------------------ report


def sh(argv):
    try:
        p = subprocess.run(argv, capture_output=True, text=True, timeout=60, env=CHILD_ENV)
        return (p.stdout or p.stderr).strip()
    except (OSError, subprocess.SubprocessError) as e:
        return f"unavailable ({e})"


def machine_info():
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    osname = platform.system()
    try:
        with open("/etc/os-release") as f:
            for line in f:
                if line.startswith("PRETTY_NAME="):
                    osname = line.split("=", 1)[1].strip().strip('"')
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(), "nproc": sh(["nproc"]), "cpu": cpu, "memory": mem,
        "os": osname, "kernel": platform.release(),
        "java": sh(["java", "-version"]).splitlines()[0] if sh(["java", "-version"]) else "?",
        "python": platform.python_version(),
    }


def versions():
    ddb_version = "unknown"
    if DDB_LOG and os.path.exists(DDB_LOG):
        with open(DDB_LOG, errors="replace") as f:
            m = re.search(r"^Version:\s*(\S+)", f.read(), re.M)
            if m:
                ddb_version = m.group(1)
    boto = sh([PY, "-c", "import boto3, botocore; print(boto3.__version__, botocore.__version__)"]).split()
    commit = sh(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"])
    dirty = sh(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"])
    return {
        "cruddur-ddb": sh([BIN, "--version"]) + f" ({os.path.relpath(BIN, ROOT)}, commit {commit}"
                       + (", uncommitted changes" if dirty else "") + ")",
        "aws-cli": sh([AWS, "--version"]),
        "boto3": boto[0] if boto else "?",
        "botocore": boto[1] if len(boto) > 1 else "?",
        "dynamodb-local": ddb_version,
    }


def command_line():
    overrides = [f"{k}={shlex.quote(v)}" for k, v in sorted(os.environ.items())
                 if k.startswith("BENCH_") and k not in (
                     "BENCH_ENDPOINT", "BENCH_ENDPOINT2", "BENCH_PG_URL", "BENCH_PYTHON", "BENCH_AWS", "BENCH_DDB_LOG",
                     "BENCH_SPAWN")]
    return " ".join(overrides + ["make bench"])


AUTO_HEADING = "## How the automatic segment count was chosen"
AUTO_PLACEHOLDER = ("_To be written: how `table scan` without `--segments` picks its segment count, "
                    "and the measurements above that support it._")


def kept_section():
    """The hand-written last section of an earlier report, or the placeholder."""
    try:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
    except OSError:
        old = ""
    i = old.find(AUTO_HEADING)
    if i >= 0:
        return old[i:].rstrip()
    return AUTO_HEADING + "\n\n" + AUTO_PLACEHOLDER


def write_report(res, info, vers, started, elapsed, loads, tc):
    rows = targets(res)
    L = []
    L += ["# Benchmarks", "",
          f"Generated by `{command_line()}` (scripts/bench.sh) on {started} UTC, in {elapsed / 60:.1f} min. "
          "Rerun the command to refresh it; everything but the last section is rewritten.", ""]
    L += ["## Machine and versions", "",
          "| | |", "| --- | --- |",
          f"| CPU | {info['cpu']}, {info['nproc']} cores (nproc) |",
          f"| memory | {info['memory']} |",
          f"| OS | {info['os']}, Linux {info['kernel']} |",
          f"| cruddur-ddb | {vers['cruddur-ddb']} |",
          f"| AWS CLI | {vers['aws-cli']} |",
          f"| boto3 / botocore | {vers['boto3']} / {vers['botocore']} |",
          f"| DynamoDB Local | {vers['dynamodb-local']} (in memory, `-sharedDb`, full JIT: `DDB_JAVA_OPTS=\"\"`), {info['java']} |",
          f"| Python (boto3, lower bound) | {info['python']} |", ""]
    L += ["## Method", "",
          f"- One DynamoDB Local at {ENDPOINT}, started by the benchmark on its own port and stopped at the end"
          + (f"; for `table copy` and `table diff` a second one at {ENDPOINT2}, started and stopped alike "
             "(same version and JVM flags)." if "copy" in res else "."),
          f"- `{TABLE}` holds generated items (bench/gen_data.py, fixed seed): per size, size/40 message "
          "groups with two group rows each (`GRP#<user>`) and their messages (`MSG#<group>`, ISO-8601 `sk`, "
          "20–200 character texts), conversation lengths skewed. Loaded with `cruddur-ddb table restore`:",
          ]
    for size, (secs, meta) in loads.items():
        L.append(f"  - {num(size)} items ({num(meta['groups'])} groups, {num(meta['messages'])} messages, "
                 f"{num(meta['group_rows'])} group rows): loaded in {fmt_t(secs)}")
    L += [
        "- Every command is a child process, forked by a 1 MB C launcher (bench/spawn.c; forked from "
        "the Python harness, Linux would count the harness's memory in the child's peak RSS); wall "
        "time, CPU time (user+sys) and peak RSS (ru_maxrss) of that process come from `wait4`. "
        "Repetitions are interleaved across tools. Quick commands get "
        f"{WARMUP} unmeasured warm-up run(s) each; before the scans at each size one 1-stream and one "
        "16-segment scan warm the server's JIT.",
        f"- Repetitions: {REPS} for quick commands and scans up to 20 000 items, {LARGE_REPS} for scans "
        f"above, the AWS CLI scan above 20 000 items {AWS_LARGE_REPS} time(s), the bulk write {WRITE_REPS}.",
        "- Spread is min–max of the runs; peak RSS is the median (max) of the runs.",
        "- The lower bound (bench/lowerbound.py) sends the same requests with Python's http.client "
        "(keep-alive, one connection per segment or thread), a dummy SigV4 Authorization header, and "
        "follows LastEvaluatedKey by slicing bytes of the response tail "
        + (f"(measured on a {tc['bytes'] / 1e6:.2f} MB page: {tc['tail_bytes_us']:.1f} µs; json.loads of "
           f"the tail {tc['tail_json_us']:.1f} µs, of the whole page {tc['full_json_us'] / 1000:.1f} ms). "
           if tc else "")
        + "It prints one summary line and no items. Where a target compares with the lower bound, it "
        "takes the time the client reports for its requests (first connection to last response), "
        "not Python's start-up of about 50 ms; both are in the tables.",
        "- `aws` and boto3 come from `.local/bench-venv` (pinned in bench/requirements.txt), never from "
        "the system. Children run with a fixed environment: dummy keys, region us-east-1, no AWS "
        "config files.",
    ]
    if "doctor" in res:
        d = res["doctor"]
        L.append(f"- doctor: `cruddur-ddb --table {TABLE} doctor` on the {num(d['size'])}-item table, without "
                 "Postgres (its user checks are skipped, with a note), interleaved with the plain automatic "
                 f"`table scan` of the same table, {DOCTOR_REPS} repetitions each. Doctor reads with "
                 "ConsistentRead and feeds every row to its checker; its report goes to /dev/null. The "
                 "generated data may hold findings, so exit code 9 (findings) counts as a run like 0; the "
                 "codes are listed under its table.")
    if "copy" in res:
        c = res["copy"]
        L.append(f"- copy: `table copy {TABLE} {COPY_TABLE} --to-endpoint <second server> --create --yes`, "
                 f"{num(c['size'])} items from the first DynamoDB Local to the second; {COPY_TABLE} is dropped "
                 "before each run (not timed) and --create makes it again from the source's description "
                 "(no stream: the source has none"
                 + (", unless BENCH_TABLE_STREAM=1" if STREAM else "") + "). The reference is the sum of the "
                 "best parallel lower-bound scan of the source (its requests only; from the scan scenario at "
                 f"the same size, best of {', '.join(map(str, SEGMENTS))} segments) and a `table restore` of "
                 f"the same items (typed JSON lines) into a fresh {COPY_RESTORE_TABLE} on the second server, "
                 f"measured interleaved with the copy, {COPY_REPS} repetitions each, after one unmeasured "
                 "restore and scan that warm the second server's JIT. After each run a 16-segment COUNT scan "
                 "of the target must find every item. Both servers share the machine's cores during the "
                 "copy; each half of the reference ran alone.")
    s3res = [res[f"s3restore{size}"] for size in SIZES if f"s3restore{size}" in res]
    if s3res:
        L.append(f"- restore from S3: the loaded table, written by `table export DIR` and dealt into "
                 f"{S3_OBJECTS} gzipped data objects with their manifests (item count, MD5), uploaded to "
                 f"a moto server (pinned in scripts/moto-requirements.txt, started by the benchmark on "
                 f"{MOTO}); `table restore s3://{S3_BUCKET}/<prefix> {S3_TABLE} --s3-endpoint-url <moto>` "
                 f"against `table restore <folder> {S3_TABLE}` of the same objects, into a fresh "
                 f"{S3_TABLE} before each run (not timed), {S3_REPS} repetitions each at "
                 + ", ".join(num(x["size"]) for x in s3res) + " items. Both read every object twice "
                 "(check, then write) and must leave every item in the table. moto serves S3 from one "
                 "Python process on the same two cores, so this measures the S3 path against a slow "
                 "S3, not AWS's.")
    if "diff" in res:
        L.append(f"- diff: `table diff {TABLE} {COPY_TABLE} --to-endpoint <second server>` right after the "
                 "copy (equal tables: exit 0, anything else fails the run), against the sum of the plain "
                 "automatic `table scan` of each side (to /dev/null), all three interleaved, "
                 f"{LARGE_REPS} repetitions each. The reference is these two scans rather than 2x the best "
                 "lower bound: they read the same two servers in the same minutes as the diff (the second "
                 "one's table freshly written), so the target measures what comparing adds to reading "
                 "both sides; how the automatic scan compares with the lower bound is in the scan targets.")
    if "seed" in res:
        L.append(f"- seed at scale: `cruddur-ddb --table {SEED_TABLE} seed --users {SEED_USERS} --conversations "
                 f"{SEED_CONVERSATIONS} --messages {SEED_MESSAGES} --seed 1` (users in a Postgres started by the "
                 "benchmark: created by the first run, found by handle by the next) against `table restore` of "
                 f"a generated data set of the same {num(res['seed']['items'])} items, each into a fresh "
                 f"{SEED_TABLE} (not timed), {SEED_REPS} repetitions each, interleaved; after each run a "
                 "16-segment COUNT scan must find every item.")
    if "copy" in res and any(c.key == "copy_anon" for c in res["copy"]["cmds"]):
        L.append("- anonymized copy: the same `table copy` with `--anonymize --salt bench`, interleaved with "
                 "the plain one in the copy scenario.")
    if "message" in res:
        L.append(f"- create-message: one conversation of 50 messages in its own table; each run of either "
                 f"tool sends one reply from the same participant and must leave both group rows on it; "
                 f"{MESSAGE_REPS} repetitions after {WARMUP} warm-up run(s).")
    if "stream" in res:
        st = res["stream"]
        lt = st["load_times"]
        L.append(
            f"- stream apply: before each run a new table with a NEW_IMAGE stream gets "
            f"{num(STREAM_GROUPS)} conversations (both group rows at an old time) and then "
            f"{num(STREAM_MESSAGES)} messages dealt round-robin over them in time order (BatchWriteItem; "
            f"the stream holds the same records as the app's PutItems"
            + (f"; loading took {fmt_t(min(lt))} – {fmt_t(max(lt))}, not timed" if lt else "")
            + "). After each run both rows of every conversation must sit on its newest message. "
            + ("DynamoDB Local was restarted before each run (not timed): each write into a stream "
               "table costs it time in proportion to every stream record it holds, deleted tables "
               "included, so each run starts from an empty server; its JIT is cold for both tools alike. "
               if st["restart"] else
               "DynamoDB Local was NOT restarted between runs: each run also pays for the stream "
               "records of the loads and runs before it. ")
            + f"The boto3 peer's {num(4 * STREAM_MESSAGES)} single writes each add a stream record, "
            "and on DynamoDB Local each costs more than the last; part of its time is that, which "
            "AWS would not charge.")
    if STREAM:
        L.append("- Tables were created with `cruddur-ddb schema load` (NEW_IMAGE stream enabled).")
    else:
        L.append(
            "- Tables are created by the benchmark with the keys, index and throughput of "
            "`cruddur-ddb schema load` but **without its NEW_IMAGE stream**: in DynamoDB Local each write "
            "into a stream-enabled table costs time in proportion to all stream records the server holds, "
            "across tables and deleted tables (5 000 items into three fresh stream tables in a row took "
            "1.7 s, 5.9 s, 9.5 s; without a stream 1.3 s each time), which would make loading and the "
            "repeated bulk write measure the server's history instead of the clients. Reads are not "
            "affected. `BENCH_TABLE_STREAM=1` uses `schema load` instead.")
    L += ["", "## Targets", "", "| target | measured (cruddur-ddb vs reference) | ratio | |",
          "| --- | --- | --- | --- |"]
    L += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    L += ["", "Measured, not asserted: a MISS does not fail `make bench`."]
    L += ["", "## Results", ""]
    order = ["list"] + [k for size in SIZES for k in (f"query{size}",)] + \
        [f"scan{size}" for size in SIZES] + ["doctor", "write", "import"] + \
        [f"s3restore{size}" for size in SIZES] + ["copy", "diff", "seed", "message", "stream"]
    for k in order:
        if k in res:
            L += [f"### {res[k]['title']}", "", table_md(res[k]), ""]
    if "ui" in res:
        u = res["ui"]
        L += ["### cruddur-ddb ui", "",
              "Start (tmux, 100×30) to the first drawn conversation list: "
              + ", ".join(fmt_t(x) for x in u["starts"]) + ".", "",
              f"Peak RSS (VmHWM) while scrolling back through the {num(UI_MESSAGES)}-message conversation:", "",
              "| PageUp presses | peak RSS |", "| --- | ---: |"]
        L += [f"| {d} | {kb / 1024:.1f} MB |" for d, kb in u["memory"]]
        L += [""]
    L += ["### Scan peak memory by size", "",
          "| tool | " + " | ".join(f"{num(x)} items" for x in SIZES) + " |",
          "| --- |" + " ---: |" * len(SIZES)]
    first = res.get(f"scan{SIZES[0]}") if SIZES else None
    if first:
        for c in first["cmds"]:
            cells = []
            for size in SIZES:
                v = stat(res.get(f"scan{size}", {"cmds": []}), c.key, "rss_max_mb")
                cells.append("-" if v is None else f"{v:.1f} MB")
            L.append(f"| {c.tool} | " + " | ".join(cells) + " |")
    L += ["", "Peak RSS is the maximum over the runs.", ""]
    L += [kept_section(), ""]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(L))
    return rows


# ------------------------------------------------------------------ main


def main():
    # SIGTERM/SIGHUP unwind like Ctrl-C, so run_once ends the measured command's process group.
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, lambda signum, _frame: sys.exit(128 + signum))
    os.makedirs(DATA_DIR, exist_ok=True)
    if not os.access(BIN, os.X_OK):
        sys.exit(f"bench: {BIN} is missing; run `cargo build --release` first (or set BENCH_BIN)")
    t_start = time.time()
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M")
    info, vers = machine_info(), versions()
    log(f"cruddur-ddb benchmarks: sizes {SIZES}, reps {REPS}/{LARGE_REPS} (aws {AWS_LARGE_REPS} above 20 000), "
        f"segments {SEGMENTS}, endpoint {ENDPOINT}" + (f", second endpoint {ENDPOINT2}" if ENDPOINT2 else ""))
    for k, v in vers.items():
        log(f"  {k}: {v}")

    res, loads, tc = {}, {}, None
    write_path = None
    for size in SIZES:
        path, meta = dataset(size)
        if size == WRITE_ITEMS:
            write_path = path
        log(f"\n== {size} items: loading {TABLE} with cruddur-ddb table restore")
        create_table(TABLE)
        s = run_once(cdd("table", "restore", path, TABLE))
        if s.rc != 0:
            sys.exit(f"bench: loading {size} items failed: {s.err}")
        got = count_items(TABLE)
        if got != size:
            sys.exit(f"bench: {TABLE} holds {got} items after loading {size}")
        loads[size] = (s.wall, meta)
        log(f"  loaded {size} items in {fmt_t(s.wall)} (cpu {fmt_t(s.cpu)}, rss {s.rss_kb / 1024:.1f} MB)")
        log("  warm-up: one 1-stream and one 16-segment scan (lower bound client)")
        for argv in ([PY, LB, ENDPOINT, "scan", TABLE], [PY, LB, ENDPOINT, "scan", TABLE, "--segments", "16"]):
            w = run_once(argv)
            log(f"    {w.err.strip()}")
        if size == SIZES[0]:
            tc = tail_cost()
            res["list"] = scenario_list()
        res[f"query{size}"] = scenario_query(size, meta)
        res[f"scan{size}"] = scenario_scan(size)
        if size == max(SIZES) and DOCTOR_REPS > 0:
            res["doctor"] = scenario_doctor(size)
        if size == IMPORT_ITEMS:
            res["import"] = scenario_import(path, size)
        if S3_REPS > 0:
            if MOTO:
                res[f"s3restore{size}"] = scenario_s3_restore(size)
            elif size == SIZES[0]:
                log("\n== restore from S3 skipped: no moto server (BENCH_MOTO_ENDPOINT; scripts/bench.sh starts one)")
        if size == COPY_ITEMS and COPY_REPS > 0:
            if not ENDPOINT2:
                log("\n== copy and diff skipped: no second DynamoDB Local (BENCH_ENDPOINT2; "
                    "scripts/bench.sh starts one)")
            else:
                res["copy"] = scenario_copy(path, size, res[f"scan{size}"])
                if table_exists(COPY_TABLE, ENDPOINT2):
                    res["diff"] = scenario_diff(size)
                    drop_table(COPY_TABLE, ENDPOINT2)
                else:
                    log(f"\n== diff skipped: the copy left no {COPY_TABLE} on {ENDPOINT2}")
        if size == SIZES[0] and WRITE_ITEMS > 0:
            if write_path is None:
                write_path, _ = dataset(WRITE_ITEMS)
            res["write"] = scenario_write(write_path, WRITE_ITEMS)
    if not SIZES and WRITE_ITEMS > 0:
        res["write"] = scenario_write(dataset(WRITE_ITEMS)[0], WRITE_ITEMS)
    if UI_REPS > 0:
        if PG_URL and shutil.which("tmux"):
            res["ui"] = scenario_ui()
        else:
            log("\n== the terminal UI skipped: it needs BENCH_PG_URL and tmux")
    if SEED_MESSAGES > 0 and SEED_REPS > 0:
        if PG_URL:
            res["seed"] = scenario_seed()
        else:
            log("\n== seed at scale skipped: no Postgres (BENCH_PG_URL; scripts/bench.sh starts one)")
    if MESSAGE_REPS > 0:
        res["message"] = scenario_message()
    if STREAM_MESSAGES > 0 and STREAM_GROUPS > 0 and STREAM_REPS > 0:
        # last: stream records slow every later write on DynamoDB Local, and it may restart the server
        res["stream"] = scenario_stream(STREAM_MESSAGES, STREAM_GROUPS)

    elapsed = time.time() - t_start
    rows = write_report(res, info, vers, started, elapsed, loads, tc)
    with open(os.path.join(DATA_DIR, "results.json"), "w") as f:
        json.dump({k: {"title": v["title"], "cmds": [
            {"key": c.key, "tool": c.tool, "argv": c.argv, "stats": c.stats(), "errors": c.errors,
             "samples": [{"wall": x.wall, "user": x.user, "sys": x.sys, "rss_kb": x.rss_kb}
                         for x in c.samples]} for c in v["cmds"]]} for k, v in res.items()}, f, indent=1)

    log(f"\n== Summary ({elapsed / 60:.1f} min) — full tables in {os.path.relpath(OUT, ROOT)}")
    for k in res:
        log(f"\n{res[k]['title']}")
        for c in res[k]["cmds"]:
            st = c.stats()
            if st is None:
                log(f"  {c.tool:<36} FAILED")
            else:
                log(f"  {c.tool:<36} {fmt_t(st['wall_median']):>9}  ({fmt_t(st['wall_min'])}–{fmt_t(st['wall_max'])})"
                    f"  cpu {fmt_t(st['cpu_median']):>9}  rss {st['rss_max_mb']:6.1f} MB  n={st['runs']}"
                    + (f"  [requests only {fmt_t(st['inner_median'])}]" if "inner_median" in st else ""))
    log("\nTargets:")
    for a, b, c, d in rows:
        log(f"  {d:<4}  {a}: {b}  {c}")
    failed = sum(len(c.errors) for v in res.values() for c in v["cmds"])
    if failed:
        log(f"\nbench: {failed} run(s) failed; see above and {os.path.relpath(OUT, ROOT)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
