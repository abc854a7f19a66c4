#!/usr/bin/env python3
"""Lower bound: the same DynamoDB requests as the tools, sent by a minimal client.

    lowerbound.py ENDPOINT list
    lowerbound.py ENDPOINT scan TABLE [--segments N] [--tail json|bytes]
    lowerbound.py ENDPOINT query TABLE GROUP_UUID
    lowerbound.py ENDPOINT write TABLE FILE [--threads N]

Standard library only. One keep-alive http.client connection per segment/thread, a dummy
SigV4 Authorization header (DynamoDB Local reads the access key and region out of it and
checks no signature), no response parsing beyond what pagination needs, no printing of
items: one summary line on stderr, ending with the seconds spent from the first connection
to the last response (the requests without the interpreter's start-up). `scan` follows LastEvaluatedKey by slicing the raw bytes
of the response tail (`--tail bytes`, the default) or by json.loads of the tail only
(`--tail json`). `write` sends the lines of a typed-JSON-lines file as BatchWriteItem
requests of 25 items, retrying UnprocessedItems.
"""
import http.client
import json
import sys
import threading
import time
import urllib.parse

AUTH = ("AWS4-HMAC-SHA256 Credential=bench/20200101/us-east-1/dynamodb/aws4_request, "
        "SignedHeaders=host, Signature=0")


class Conn:
    def __init__(self, endpoint):
        u = urllib.parse.urlsplit(endpoint)
        self.host, self.port = u.hostname, u.port or 80
        self.c = http.client.HTTPConnection(self.host, self.port, timeout=300)

    def call(self, target, body):
        headers = {
            "X-Amz-Target": "DynamoDB_20120810." + target,
            "Content-Type": "application/x-amz-json-1.0",
            "Authorization": AUTH,
        }
        try:
            self.c.request("POST", "/", body, headers)
            r = self.c.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            self.c.close()  # the server closed an idle keep-alive connection: once more
            self.c = http.client.HTTPConnection(self.host, self.port, timeout=300)
            self.c.request("POST", "/", body, headers)
            r = self.c.getresponse()
        data = r.read()
        if r.status != 200:
            raise RuntimeError(f"{target}: HTTP {r.status}: {data[:300]!r}")
        return data


COUNT = b'"Count":'
LEK = b'"LastEvaluatedKey":'


def tail_bytes(data):
    """(count, raw bytes of LastEvaluatedKey or None) by byte search from the end."""
    i = data.rfind(COUNT)  # top-level Count follows the Items array, so the last one is it
    j = data.index(b",", i)
    count = int(data[i + len(COUNT):j])
    k = data.find(LEK, j)
    if k < 0:
        return count, None
    return count, data[k + len(LEK):-1]  # the value runs to the closing brace of the response


def tail_json(data):
    i = data.rfind(COUNT)
    t = json.loads(b"{" + data[i:])
    lek = t.get("LastEvaluatedKey")
    return t["Count"], (json.dumps(lek, separators=(",", ":")).encode() if lek else None)


def scan_segment(endpoint, table, segment, total, tail, out, idx):
    c = Conn(endpoint)
    head = b'{"TableName":' + json.dumps(table).encode()
    if total > 1:
        head += b',"Segment":%d,"TotalSegments":%d' % (segment, total)
    count = pages = 0
    lek = None
    while True:
        body = head + (b',"ExclusiveStartKey":' + lek if lek else b"") + b"}"
        data = c.call("Scan", body)
        n, lek = tail(data)
        count += n
        pages += 1
        if lek is None:
            break
    out[idx] = (count, pages)


def run_threads(fn, args_list):
    out = [None] * len(args_list)
    errors = []

    def wrap(i, args):
        try:
            fn(*args, out, i)
        except BaseException as e:  # report, do not hang
            errors.append(e)

    threads = [threading.Thread(target=wrap, args=(i, a)) for i, a in enumerate(args_list)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return out


def cmd_scan(endpoint, table, segments, tail):
    t0 = time.perf_counter()
    fn = tail_json if tail == "json" else tail_bytes
    if segments == 1:
        out = [None]
        scan_segment(endpoint, table, 0, 1, fn, out, 0)
    else:
        out = run_threads(scan_segment, [(endpoint, table, s, segments, fn) for s in range(segments)])
    items = sum(o[0] for o in out)
    pages = sum(o[1] for o in out)
    print(f"lowerbound scan: {items} items, {pages} pages, {segments} segment(s), "
          f"{time.perf_counter() - t0:.4f} s", file=sys.stderr)


def cmd_list(endpoint):
    t0 = time.perf_counter()
    c = Conn(endpoint)
    body = b"{}"
    n = 0
    while True:
        data = c.call("ListTables", body)
        i = data.find(b'"LastEvaluatedTableName":')
        n += 1
        if i < 0:
            break
        body = b'{"ExclusiveStartTableName":' + data[i + 25:-1] + b"}"
    print(f"lowerbound list: {n} request(s), {len(data)} bytes, {time.perf_counter() - t0:.4f} s",
          file=sys.stderr)


def cmd_query(endpoint, table, group):
    t0 = time.perf_counter()
    c = Conn(endpoint)
    body = json.dumps({
        "TableName": table,
        "KeyConditionExpression": "pk = :pk",
        "ExpressionAttributeValues": {":pk": {"S": "MSG#" + group}},
        "ScanIndexForward": False,
        "Limit": 20,
        "ReturnConsumedCapacity": "TOTAL",
    }).encode()
    data = c.call("Query", body)
    items = data.count(b'"message_uuid":')
    print(f"lowerbound query: {items} items, {len(data)} bytes, {time.perf_counter() - t0:.4f} s",
          file=sys.stderr)


def write_worker(endpoint, head, batches, lock, out, idx):
    c = Conn(endpoint)
    sent = 0
    while True:
        with lock:
            if not batches:
                break
            batch = batches.pop()
        body = head + b",".join(b'{"PutRequest":{"Item":' + line + b"}}" for line in batch) + b"]}}"
        delay = 0.01
        while True:
            data = c.call("BatchWriteItem", body)
            if data.startswith(b'{"UnprocessedItems":{}'):
                break
            un = json.loads(data)["UnprocessedItems"]
            if not un:
                break
            body = json.dumps({"RequestItems": un}).encode()
            time.sleep(delay)
            delay = min(delay * 2, 1.0)
        sent += len(batch)
    out[idx] = sent


def cmd_write(endpoint, table, path, threads):
    t0 = time.perf_counter()
    with open(path, "rb") as f:
        lines = [line.rstrip(b"\n") for line in f if line.strip()]
    batches = [lines[i:i + 25] for i in range(0, len(lines), 25)]
    batches.reverse()  # workers pop from the end: the file's order
    head = b'{"RequestItems":{' + json.dumps(table).encode() + b":["
    lock = threading.Lock()
    out = run_threads(write_worker, [(endpoint, head, batches, lock) for _ in range(threads)])
    print(f"lowerbound write: {sum(out)} items, {threads} thread(s), "
          f"{time.perf_counter() - t0:.4f} s", file=sys.stderr)


def main(argv):
    def opt(name, default):
        if name in argv:
            i = argv.index(name)
            v = argv[i + 1]
            del argv[i:i + 2]
            return v
        return default

    segments = int(opt("--segments", "1"))
    threads = int(opt("--threads", "8"))
    tail = opt("--tail", "bytes")
    if len(argv) < 2:
        sys.exit(__doc__)
    endpoint, cmd, rest = argv[0], argv[1], argv[2:]
    if cmd == "list" and not rest:
        cmd_list(endpoint)
    elif cmd == "scan" and len(rest) == 1:
        cmd_scan(endpoint, rest[0], segments, tail)
    elif cmd == "query" and len(rest) == 2:
        cmd_query(endpoint, *rest)
    elif cmd == "write" and len(rest) == 2:
        cmd_write(endpoint, rest[0], rest[1], threads)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
