#!/usr/bin/env python3
"""The boto3 peers of the messaging write side: the app's create_message and the stream
lambda's per-record logic, written the way the originals are.

    lambda_peer.py ENDPOINT stream TABLE
    lambda_peer.py ENDPOINT create-message TABLE GROUP_UUID USER_UUID HANDLE DISPLAY_NAME TEXT

Credentials and region come from the environment (the harness sets dummy values). One
low-level client does every request (the original lambda uses boto3.resource; the client
skips its model loading and (de)serialization, in the peer's favour).
- stream:         reads the table's whole stream with the `dynamodbstreams` client
                  (DescribeTable for the stream ARN, DescribeStream, every shard parents first,
                  GetShardIterator TRIM_HORIZON, GetRecords until a call returns no records),
                  then runs the lambda's logic for EVERY record, not only Records[0]: skip
                  REMOVE and keys that are not MSG#; Query message-group-sk-index for the
                  group's rows; for each row DeleteItem at its old key, then PutItem of the
                  copy with sk = the message's sk and message = its text. All records are
                  read before the first write, so the peer does not also read the records of
                  its own writes. Summary on stderr.
- create-message: the app's create_message (one PutItem of the message, sk = now in
                  ISO-8601 with microseconds, a uuid4 message_uuid), then the lambda's logic for
                  that one message (the index query, DeleteItem + PutItem per row). The sender's
                  handle and display name are arguments (the app has them from its own lookup).
"""
import datetime
import sys
import uuid

import boto3

INDEX = "message-group-sk-index"


def read_stream(endpoint, client, table):
    """Every record the table's stream holds now, shard by shard, parents first."""
    streams = boto3.client("dynamodbstreams", endpoint_url=endpoint)
    arn = client.describe_table(TableName=table)["Table"]["LatestStreamArn"]
    shards, start = [], None
    while True:
        kw = {"StreamArn": arn}
        if start:
            kw["ExclusiveStartShardId"] = start
        desc = streams.describe_stream(**kw)["StreamDescription"]
        shards += desc["Shards"]
        start = desc.get("LastEvaluatedShardId")
        if not start:
            break
    ids = {s["ShardId"] for s in shards}
    done, ordered, rest = set(), [], list(shards)
    while rest:  # parents before children
        ready = [s for s in rest if s.get("ParentShardId") not in ids or s["ParentShardId"] in done]
        if not ready:
            ready = rest
        for s in ready:
            done.add(s["ShardId"])
            ordered.append(s)
        rest = [s for s in rest if s["ShardId"] not in done]
    records = []
    for s in ordered:
        it = streams.get_shard_iterator(StreamArn=arn, ShardId=s["ShardId"],
                                        ShardIteratorType="TRIM_HORIZON")["ShardIterator"]
        while it:
            resp = streams.get_records(ShardIterator=it)
            records += resp["Records"]
            it = resp.get("NextShardIterator")
            if not resp["Records"]:
                break
    return records


def apply_message(client, table, group_uuid, sk, message):
    """The lambda's logic for one message: every row of the group moved to it, delete then put."""
    data = client.query(
        TableName=table,
        IndexName=INDEX,
        KeyConditionExpression="message_group_uuid = :g",
        ExpressionAttributeValues={":g": {"S": group_uuid}},
    )
    writes = 0
    for i in data["Items"]:
        client.delete_item(TableName=table, Key={"pk": i["pk"], "sk": i["sk"]})
        client.put_item(TableName=table, Item={
            "pk": i["pk"],
            "sk": {"S": sk},
            "message_group_uuid": i["message_group_uuid"],
            "message": {"S": message},
            "user_display_name": i["user_display_name"],
            "user_handle": i["user_handle"],
            "user_uuid": i["user_uuid"],
        })
        writes += 2
    return writes


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    endpoint, cmd, rest = argv[0], argv[1], argv[2:]
    client = boto3.client("dynamodb", endpoint_url=endpoint)
    if cmd == "stream":
        (table,) = rest
        records = read_stream(endpoint, client, table)
        applied = writes = 0
        for record in records:
            if record["eventName"] == "REMOVE":
                continue
            keys = record["dynamodb"]["Keys"]
            pk, sk = keys["pk"]["S"], keys["sk"]["S"]
            if not pk.startswith("MSG#"):
                continue
            message = record["dynamodb"]["NewImage"]["message"]["S"]
            writes += apply_message(client, table, pk[len("MSG#"):], sk, message)
            applied += 1
        print(f"lambda stream: {len(records)} records read, {applied} messages applied, {writes} writes",
              file=sys.stderr)
    elif cmd == "create-message":
        table, group, user, handle, name, text = rest
        now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="microseconds")
        client.put_item(TableName=table, Item={
            "pk": {"S": f"MSG#{group}"},
            "sk": {"S": now},
            "message": {"S": text},
            "message_uuid": {"S": str(uuid.uuid4())},
            "user_uuid": {"S": user},
            "user_display_name": {"S": name},
            "user_handle": {"S": handle},
        })
        writes = apply_message(client, table, group, now, text)
        print(f"lambda create-message: message at {now}, {writes} writes", file=sys.stderr)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
