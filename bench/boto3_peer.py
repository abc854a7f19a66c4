#!/usr/bin/env python3
"""The boto3 peers of the cruddur-ddb commands, written the way a Python developer would.

    boto3_peer.py ENDPOINT list
    boto3_peer.py ENDPOINT scan TABLE
    boto3_peer.py ENDPOINT query TABLE GROUP_UUID
    boto3_peer.py ENDPOINT write TABLE FILE

Credentials and region come from the environment (the harness sets dummy values).
- list:  ListTables through the paginator, one name per line.
- scan:  Scan through the paginator; every item converted to plain values
         (TypeDeserializer) and printed as one JSON line (json.dumps default=str), like
         `cruddur-ddb table scan` prints JSON lines.
- query: the original get-conversations query (pk = MSG#<group>, newest 20, ScanIndexForward
         false, Limit 20, ReturnConsumedCapacity TOTAL), printed oldest first in the original
         layout, then the consumed capacity.
- write: every line of a typed-JSON-lines file through Table.batch_writer() (25 items per
         BatchWriteItem, unprocessed items resent by boto3).
"""
import datetime
import json
import sys

import boto3
from boto3.dynamodb.types import TypeDeserializer


def main(argv):
    if len(argv) < 2:
        sys.exit(__doc__)
    endpoint, cmd, rest = argv[0], argv[1], argv[2:]
    out = sys.stdout
    if cmd == "list":
        client = boto3.client("dynamodb", endpoint_url=endpoint)
        for page in client.get_paginator("list_tables").paginate():
            for name in page["TableNames"]:
                out.write(name + "\n")
    elif cmd == "scan":
        (table,) = rest
        client = boto3.client("dynamodb", endpoint_url=endpoint)
        des = TypeDeserializer().deserialize
        n = 0
        for page in client.get_paginator("scan").paginate(TableName=table):
            for item in page["Items"]:
                out.write(json.dumps({k: des(v) for k, v in item.items()}, default=str))
                out.write("\n")
                n += 1
        print(f"boto3 scan: {n} items", file=sys.stderr)
    elif cmd == "query":
        table, group = rest
        client = boto3.client("dynamodb", endpoint_url=endpoint)
        response = client.query(
            TableName=table,
            ScanIndexForward=False,
            Limit=20,
            ReturnConsumedCapacity="TOTAL",
            KeyConditionExpression="pk = :pk",
            ExpressionAttributeValues={":pk": {"S": f"MSG#{group}"}},
        )
        items = response["Items"]
        items.reverse()
        for item in items:
            handle = item["user_handle"]["S"]
            message = item["message"]["S"]
            dt = datetime.datetime.strptime(item["sk"]["S"], "%Y-%m-%dT%H:%M:%S.%f%z")
            out.write(f"{handle: <12}{dt.strftime('%Y-%m-%d %I:%M %p'): <22}{message[:40]}...\n")
        out.write(f"consumed capacity: {response['ConsumedCapacity']['CapacityUnits']} read units\n")
    elif cmd == "write":
        table, path = rest
        des = TypeDeserializer().deserialize
        t = boto3.resource("dynamodb", endpoint_url=endpoint).Table(table)
        n = 0
        with open(path, encoding="utf-8") as f, t.batch_writer() as batch:
            for line in f:
                if line.strip():
                    batch.put_item(Item={k: des(v) for k, v in json.loads(line).items()})
                    n += 1
        print(f"boto3 write: {n} items", file=sys.stderr)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
