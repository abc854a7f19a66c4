#!/usr/bin/env python3
"""Deterministic, realistic items for cruddur-messages, as typed DynamoDB JSON lines.

    gen_data.py SIZE OUT.jsonl [--seed N]

Writes exactly SIZE items: for each message group two group rows (pk GRP#<owner>, one per
participant, describing the other participant and the last message) and the group's
messages (pk MSG#<group>, sk an ISO-8601 timestamp with microseconds). Groups: SIZE // 40
(500 at 20 000 items, 2 500 at 100 000). Message counts per group vary (some long
conversations, many short). Also writes OUT.meta.json with the group uuids and the group
that has the most messages (used by the get-conversations benchmark).
The same SIZE and seed always give the same bytes.
"""
import datetime
import json
import random
import sys
import uuid

WORDS = (
    "the a to and of is it you that in for on with this be are was I have not at but we "
    "they so do can if your just what about will from get all one there me my or like an "
    "when up more out no time know how think see now then also go back good new need "
    "message group table scan query local dynamo deploy build test fix lunch coffee "
    "tomorrow today tonight later meeting weekend project cruddur seed index partition "
    "sort key stream lambda bucket cache latency cost write read capacity page retry "
    "great thanks sure okay maybe sounds nice really quick question answer idea plan "
    "release review merge branch bug feature docs laptop server cloud region prod dev"
).split()
FIRST = ("Andrew Londo Vir Delenn Susan Michael Talia Lyta Marcus Zack Stephen Lennier "
         "Na'Toth G'Kar Ivanova Jeffrey Elizabeth David Lise Catherine Byron Anna John "
         "Mary Ahmed Priya Chen Sofia Lucas Amara Kenji Olga Tariq Ines Mateo Nadia").split()
LAST = ("Brown Bayko Mollari Cotto Sheridan Garibaldi Winters Alexander Cole Allan "
        "Franklin Ivanova Sinclair Lochley Corwin Edgars Ortiz Novak Haddad Tanaka "
        "Kowalski Mensah Silva Dubois Rossi Nguyen Patel Schmidt Moreau Larsen").split()


def s(v):
    return {"S": v}


def text(rng, lo=20, hi=200):
    """A sentence of whole words, 20 to 200 characters long."""
    target = rng.randint(lo, hi - 1)
    t = rng.choice(WORDS).capitalize()
    while True:
        w = rng.choice(WORDS)
        if len(t) + 1 + len(w) > target:
            if len(t) >= lo:
                break
            w = w[: max(1, target - len(t) - 1)]
        t += " " + w
    return t + rng.choice(".?!.")


def ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.%f+00:00")


def main():
    args = sys.argv[1:]
    seed = 20230319
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    size, out = int(args[0]), args[1]
    rng = random.Random(seed * 1_000_003 + size)

    def new_uuid():
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    n_groups = max(1, size // 40)
    n_users = max(3, min(2000, n_groups // 2 + 3))
    users = []
    handles = set()
    for _ in range(n_users):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        handle = (first[0] + last).lower().replace("'", "")
        base, k = handle, 1
        while handle in handles:
            k += 1
            handle = f"{base}{k}"
        handles.add(handle)
        users.append({"uuid": new_uuid(), "display_name": f"{first} {last}", "handle": handle})

    n_messages = size - 2 * n_groups
    if n_messages < n_groups:
        sys.exit(f"size {size} is too small for {n_groups} groups")
    # Skewed sizes: weights from a Pareto-ish draw, at least one message per group.
    weights = [rng.paretovariate(1.5) for _ in range(n_groups)]
    total_w = sum(weights)
    counts = [1 + int((n_messages - n_groups) * w / total_w) for w in weights]
    short = n_messages - sum(counts)
    for i in range(short):  # hand out the rounding remainder
        counts[i % n_groups] += 1

    start = datetime.datetime(2023, 1, 1, tzinfo=datetime.timezone.utc)
    keys = set()
    groups_meta = []
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        def emit(item):
            nonlocal written
            key = (item["pk"]["S"], item["sk"]["S"])
            if key in keys:
                raise RuntimeError(f"duplicate key {key}")
            keys.add(key)
            f.write(json.dumps(item, separators=(",", ":"), ensure_ascii=False))
            f.write("\n")
            written += 1

        for g in range(n_groups):
            a, b = rng.sample(users, 2)
            group_uuid = new_uuid()
            t = start + datetime.timedelta(seconds=rng.randint(0, 300 * 86400),
                                           microseconds=rng.randint(0, 999_999))
            last_text = ""
            for m in range(counts[g]):
                sender = a if rng.random() < 0.5 else b
                last_text = text(rng)
                emit({
                    "pk": s(f"MSG#{group_uuid}"),
                    "sk": s(ts(t)),
                    "message_uuid": s(new_uuid()),
                    "message": s(last_text),
                    "user_uuid": s(sender["uuid"]),
                    "user_display_name": s(sender["display_name"]),
                    "user_handle": s(sender["handle"]),
                })
                last = t
                t += datetime.timedelta(seconds=rng.randint(5, 3600),
                                        microseconds=rng.randint(0, 999_999))
            for owner, other in ((a, b), (b, a)):
                sk = last
                while (f"GRP#{owner['uuid']}", ts(sk)) in keys:  # same owner, same instant
                    sk += datetime.timedelta(microseconds=1)
                emit({
                    "pk": s(f"GRP#{owner['uuid']}"),
                    "sk": s(ts(sk)),
                    "message_group_uuid": s(group_uuid),
                    "message": s(last_text),
                    "user_uuid": s(other["uuid"]),
                    "user_display_name": s(other["display_name"]),
                    "user_handle": s(other["handle"]),
                })
            groups_meta.append((group_uuid, counts[g]))

    assert written == size, (written, size)
    biggest = max(groups_meta, key=lambda x: x[1])
    # A typical group with at least 20 messages, so the query returns a full page.
    typical = next((gm for gm in groups_meta if gm[1] >= 40), biggest)
    meta = {
        "size": size, "seed": seed, "groups": n_groups, "users": n_users,
        "messages": n_messages, "group_rows": 2 * n_groups,
        "largest_group": {"uuid": biggest[0], "messages": biggest[1]},
        "query_group": {"uuid": typical[0], "messages": typical[1]},
    }
    stem = out[: -len(".jsonl")] if out.endswith(".jsonl") else out
    with open(stem + ".meta.json", "w") as f:
        json.dump(meta, f, indent=2)
    print(json.dumps(meta))


if __name__ == "__main__":
    main()
