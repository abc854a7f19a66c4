
use builtin;
use str;

set edit:completion:arg-completer[cruddur-ddb] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'cruddur-ddb'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'cruddur-ddb'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand config 'Show the resolved target (env, endpoint, region, table, credentials) without using the network'
            cand schema 'Create the messages table schema'
            cand table 'Tables: list, scan, backup, drop, restore, export, copy, diff'
            cand pattern 'Run the app''s access patterns'
            cand seed 'Write a demo conversation between two users from Postgres'
            cand doctor 'Check (and with --fix repair) the messaging data model'
            cand stream 'Read the table''s stream locally (the AWS lambda''s job)'
            cand ui 'Browse and write conversations in a terminal UI, live'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff), or write every page with --dir'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;config'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;schema'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand load 'Create the messages table (idempotent) and wait until it is ACTIVE'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;schema;load'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --no-wait 'Return once CreateTable is accepted, without waiting for ACTIVE'
            cand --no-stream 'Create no stream. Only the AWS lambda reads it, and DynamoDB Local slows down every write as stream records pile up: useful for large local loads'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;schema;help'= {
            cand load 'Create the messages table (idempotent) and wait until it is ACTIVE'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;schema;help;load'= {
        }
        &'cruddur-ddb;schema;help;help'= {
        }
        &'cruddur-ddb;table'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List every table at the endpoint'
            cand scan 'Read every item of a table (all pages, optionally in parallel)'
            cand backup 'Write a table''s description and every item to a file `table restore` reads back'
            cand drop 'Delete a table, after confirmation, optionally backing it up first'
            cand restore 'Write the items of a backup, an export (a folder or S3) or an AWS tool''s file into a table; apply an incremental export onto one'
            cand export 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)'
            cand import 'Have DynamoDB build a new table from an export in S3 (ImportTable)'
            cand copy 'Copy every item of a table to another target (prod to local), creating it if asked'
            cand diff 'Compare two tables, or a table and a file, by primary key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;table;list'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;scan'= {
            cand --max-items 'Stop after this many items (without --segments: the first N in key order of one stream)'
            cand --page-size 'Items per request (DynamoDB''s Limit); pages are at most 1 MB regardless'
            cand --segments 'Parallel scan with N concurrent segments (1 = sequential)'
            cand --attributes 'Only these attributes (comma-separated top-level names)'
            cand --read-capacity-percent 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-rcu 'Pace reads to at most N read capacity units per second (also on-demand tables)'
            cand --out 'Write the items to FILE (created; a --checkpoint resumes its own) instead of stdout'
            cand --checkpoint 'Keep the job''s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)'
            cand --worker 'Read only this worker''s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --consistent-read 'Strongly consistent reads (twice the read capacity)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;backup'= {
            cand --read-capacity-percent 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-rcu 'Pace reads to at most N read capacity units per second (also on-demand tables)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;drop'= {
            cand --backup 'First write the table''s description and every item to FILE (typed JSON lines; undo the drop with `table restore FILE NAME --create`)'
            cand --read-capacity-percent 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-rcu 'Pace reads to at most N read capacity units per second (also on-demand tables)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --if-exists 'Succeed when the table does not exist'
            cand --no-wait 'Return once the delete is accepted, without waiting for the table to be gone'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;restore'= {
            cand --checkpoint 'Keep the position in the input in FILE: a killed restore run again with the same FILE goes on from there'
            cand --write-capacity-percent 'Pace writes to P% of the table''s provisioned write capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-wcu 'Pace writes to at most N write capacity units per second (also on-demand tables)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --create 'Create the table from the description the file records (backups and exports made by this tool), when it does not exist'
            cand --plain 'Accept plain JSON, inferring types: numbers become N, strings S, arrays L, objects M (sets and binary cannot be told apart from lists and strings)'
            cand --dry-run 'Check every item and say what would be written (and created), writing nothing'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;export'= {
            cand --s3 'Export through DynamoDB to S3 (server-side, no read capacity) instead of a folder; then only NAME is given'
            cand --at 'The table as of TIME (within the last 35 days of point-in-time recovery) [default: now]'
            cand --from 'Where an incremental export starts (YYYY-MM-DD or an ISO-8601 time)'
            cand --to 'Where an incremental export ends [default: the latest time DynamoDB has]'
            cand --view 'What an incremental export''s lines hold'
            cand --read-capacity-percent 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-rcu 'Pace reads to at most N read capacity units per second (also on-demand tables)'
            cand --segments 'Read with N parallel segments (needed with --worker) [default: automatic]'
            cand --checkpoint 'Keep the job''s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)'
            cand --worker 'Read only this worker''s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once'
            cand --salt 'With --anonymize: the secret the pseudonyms derive from; the same salt gives the same pseudonyms next time [default: a random one]'
            cand --anonymize-rules 'With --anonymize: a TOML file whose [attributes] map attribute names to keep, fake, hash, redact or drop (for other tables, or to override the defaults)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --enable-pitr 'Turn point-in-time recovery on first if it is off (an export needs it; it is billed per GB-month); asks as other writes to this target do'
            cand --incremental 'Export only the changes between --from and --to (15 minutes to 24 hours)'
            cand --no-wait 'Start the export and print its ARN and the command that waits for it'
            cand --new 'Start another export even if the same request started one within 8 hours'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --merge 'Merge the worker folders in DIR (from --worker runs) into one export, after checking that every segment is there exactly once'
            cand --anonymize 'Replace every user''s handle and name with a pseudonym, and message text with generated text of the same length; keys, uuids and times stay'
            cand --keep-messages 'With --anonymize: keep message text as it is'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;import'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;copy'= {
            cand --to-env 'B''s environment [default: dev]'
            cand --to-endpoint 'B''s endpoint [default: the source''s in dev; http://localhost:8000 from prod]'
            cand --to-region 'B''s region [default: the source''s in dev]'
            cand --to-profile 'B''s AWS profile (dev: its static keys) [default: the source''s credentials in dev]'
            cand --read-capacity-percent 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-rcu 'Pace reads to at most N read capacity units per second (also on-demand tables)'
            cand --write-capacity-percent 'Pace writes to P% of the table''s provisioned write capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-wcu 'Pace writes to at most N write capacity units per second (also on-demand tables)'
            cand --segments 'Read with N parallel segments (needed with --worker) [default: automatic]'
            cand --checkpoint 'Keep the job''s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)'
            cand --worker 'Read only this worker''s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once'
            cand --via-export 'Copy through DynamoDB''s own engine: a full export to this S3 prefix (no read capacity), restored into DST, then the writes since, from SRC''s stream or an incremental export; DST then reflects SRC as of one stated time'
            cand --salt 'With --anonymize: the secret the pseudonyms derive from; the same salt gives the same pseudonyms next time [default: a random one]'
            cand --anonymize-rules 'With --anonymize: a TOML file whose [attributes] map attribute names to keep, fake, hash, redact or drop (for other tables, or to override the defaults)'
            cand --from-postgres 'With --with-users: the source''s Postgres [default: CONNECTION_URL, or PROD_CONNECTION_URL with --env prod]'
            cand --to-postgres 'With --with-users: the destination''s Postgres [default: dev''s CONNECTION_URL]'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --create 'Create the destination from the source''s description (keys, indexes, billing, stream) when it does not exist'
            cand --dry-run 'Say what would be created and copied, and change nothing'
            cand --enable-pitr 'With --via-export: turn SRC''s point-in-time recovery on first if it is off (an export needs it); asks as other writes to SRC''s target do'
            cand --anonymize 'Replace every user''s handle and name with a pseudonym, and message text with generated text of the same length; keys, uuids and times stay'
            cand --keep-messages 'With --anonymize: keep message text as it is'
            cand --with-users 'Copy the Postgres users the copied rows name too, under their uuids (as their pseudonyms with --anonymize), in one transaction'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;diff'= {
            cand --to-env 'B''s environment [default: dev]'
            cand --to-endpoint 'B''s endpoint [default: the source''s in dev; http://localhost:8000 from prod]'
            cand --to-region 'B''s region [default: the source''s in dev]'
            cand --to-profile 'B''s AWS profile (dev: its static keys) [default: the source''s credentials in dev]'
            cand --read-capacity-percent 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-rcu 'Pace reads to at most N read capacity units per second (also on-demand tables)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --plain 'Read plain JSON files, inferring types (as `table restore --plain`)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;table;help'= {
            cand list 'List every table at the endpoint'
            cand scan 'Read every item of a table (all pages, optionally in parallel)'
            cand backup 'Write a table''s description and every item to a file `table restore` reads back'
            cand drop 'Delete a table, after confirmation, optionally backing it up first'
            cand restore 'Write the items of a backup, an export (a folder or S3) or an AWS tool''s file into a table; apply an incremental export onto one'
            cand export 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)'
            cand import 'Have DynamoDB build a new table from an export in S3 (ImportTable)'
            cand copy 'Copy every item of a table to another target (prod to local), creating it if asked'
            cand diff 'Compare two tables, or a table and a file, by primary key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;table;help;list'= {
        }
        &'cruddur-ddb;table;help;scan'= {
        }
        &'cruddur-ddb;table;help;backup'= {
        }
        &'cruddur-ddb;table;help;drop'= {
        }
        &'cruddur-ddb;table;help;restore'= {
        }
        &'cruddur-ddb;table;help;export'= {
        }
        &'cruddur-ddb;table;help;import'= {
        }
        &'cruddur-ddb;table;help;copy'= {
        }
        &'cruddur-ddb;table;help;diff'= {
        }
        &'cruddur-ddb;table;help;help'= {
        }
        &'cruddur-ddb;pattern'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand get-conversations 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first'
            cand list-conversations 'A user''s conversations (pk = GRP#<user uuid>), most recent first'
            cand create-message-group 'Start a conversation: the first message and both group rows, atomically'
            cand create-message 'Reply in a conversation, moving both group rows to the new message atomically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;pattern;get-conversations'= {
            cand --group-uuid 'The message group (conversation)'
            cand --limit 'At most this many rows (newest first)'
            cand --year 'Only rows whose time starts with this year (the original begins_with filter)'
            cand --since 'Only rows at or after this time (YYYY-MM-DD or ISO-8601)'
            cand --until 'Only rows at or before this time (YYYY-MM-DD means the whole day)'
            cand --before 'Only rows older than this sort key: the cursor the previous page printed (or a YYYY-MM-DD date, or an ISO-8601 time)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --all 'Every page, back to the oldest row (--limit is then the page size)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;pattern;list-conversations'= {
            cand --handle 'Whose conversations (looked up in Postgres)'
            cand --user-uuid 'Use this user uuid and skip Postgres'
            cand --limit 'At most this many rows (newest first)'
            cand --year 'Only rows whose time starts with this year (the original begins_with filter)'
            cand --since 'Only rows at or after this time (YYYY-MM-DD or ISO-8601)'
            cand --until 'Only rows at or before this time (YYYY-MM-DD means the whole day)'
            cand --before 'Only rows older than this sort key: the cursor the previous page printed (or a YYYY-MM-DD date, or an ISO-8601 time)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --all 'Every page, back to the oldest row (--limit is then the page size)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;pattern;create-message-group'= {
            cand --handle 'The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]'
            cand --user-uuid 'The sender''s uuid, skipping Postgres (--handle is then stored as given)'
            cand --other-handle 'The recipient (looked up in Postgres)'
            cand --other-user-uuid 'The recipient''s uuid, skipping Postgres (--other-handle is then stored as given)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --new 'Start another conversation even if the two already have one'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;pattern;create-message'= {
            cand --group-uuid 'The conversation'
            cand --handle 'The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]'
            cand --user-uuid 'The sender''s uuid, skipping Postgres (their handle and name are taken from the conversation)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;pattern;help'= {
            cand get-conversations 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first'
            cand list-conversations 'A user''s conversations (pk = GRP#<user uuid>), most recent first'
            cand create-message-group 'Start a conversation: the first message and both group rows, atomically'
            cand create-message 'Reply in a conversation, moving both group rows to the new message atomically'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;pattern;help;get-conversations'= {
        }
        &'cruddur-ddb;pattern;help;list-conversations'= {
        }
        &'cruddur-ddb;pattern;help;create-message-group'= {
        }
        &'cruddur-ddb;pattern;help;create-message'= {
        }
        &'cruddur-ddb;pattern;help;help'= {
        }
        &'cruddur-ddb;seed'= {
            cand --handle 'The first participant (owner of the first group row)'
            cand --other-handle 'The other participant'
            cand --group-uuid 'The conversation''s message group'
            cand --messages 'How many messages (alternating senders, one minute apart, ending now) [default: 104]; at scale, in all conversations together'
            cand --users 'At scale: how many users to create in Postgres (idempotent by handle)'
            cand --conversations 'At scale: how many conversations, between pairs of the users'
            cand --seed 'At scale: the generator''s seed; the same seed makes the same data [default: random]'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --replace 'Replace an existing conversation in this group instead of refusing'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;doctor'= {
            cand --skew-seconds 'How far in the future a message may be dated before it is reported (clock skew)'
            cand --read-capacity-percent 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]'
            cand --max-rcu 'Pace reads to at most N read capacity units per second (also on-demand tables)'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --fix 'Repair lagging, duplicate and missing group rows and stale names'
            cand --fix-timestamps 'Rewrite message keys whose timestamps are not UTC with microseconds (changes keys)'
            cand --dry-run 'Show what --fix / --fix-timestamps would change, and change nothing'
            cand -y 'Do not ask for confirmation'
            cand --yes 'Do not ask for confirmation'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;stream'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apply 'Do the stream lambda''s job: move each conversation''s group rows to its newest message'
            cand tail 'Print the stream''s records as they come (JSON lines, or one line each as text)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;stream;apply'= {
            cand --poll-ms 'With --follow, how often to ask the stream for new records'
            cand --checkpoint 'Keep the last sequence number handled per shard in FILE: the next run (or a restarted --follow) reads only what came after'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --follow 'Keep reading new records until Ctrl-C (the summary is printed, exit 130)'
            cand -y 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand --yes 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;stream;tail'= {
            cand --from 'Where to start without a checkpoint'
            cand --checkpoint 'Keep the last sequence number printed per shard in FILE, and start after it'
            cand --poll-ms 'How often to ask the stream for new records'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --once 'Print what the stream holds now and exit, instead of following'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;stream;help'= {
            cand apply 'Do the stream lambda''s job: move each conversation''s group rows to its newest message'
            cand tail 'Print the stream''s records as they come (JSON lines, or one line each as text)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;stream;help;apply'= {
        }
        &'cruddur-ddb;stream;help;tail'= {
        }
        &'cruddur-ddb;stream;help;help'= {
        }
        &'cruddur-ddb;ui'= {
            cand --handle 'Who you are (looked up in Postgres; `@handle` works) [default: pick from the users]'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --allow-writes 'With --env prod: allow replies, new conversations and applying the stream''s job (each still asks for the table name)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;completions'= {
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;man'= {
            cand --dir 'Write every page (the main one and one per subcommand) into DIR instead of printing the main page'
            cand --env 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]'
            cand --endpoint-url 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]'
            cand --s3-endpoint-url 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]'
            cand --region 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]'
            cand --profile 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]'
            cand --table 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]'
            cand -o 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand --output 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cruddur-ddb;help'= {
            cand config 'Show the resolved target (env, endpoint, region, table, credentials) without using the network'
            cand schema 'Create the messages table schema'
            cand table 'Tables: list, scan, backup, drop, restore, export, copy, diff'
            cand pattern 'Run the app''s access patterns'
            cand seed 'Write a demo conversation between two users from Postgres'
            cand doctor 'Check (and with --fix repair) the messaging data model'
            cand stream 'Read the table''s stream locally (the AWS lambda''s job)'
            cand ui 'Browse and write conversations in a terminal UI, live'
            cand completions 'Print a shell completion script'
            cand man 'Print the man page (roff), or write every page with --dir'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cruddur-ddb;help;config'= {
        }
        &'cruddur-ddb;help;schema'= {
            cand load 'Create the messages table (idempotent) and wait until it is ACTIVE'
        }
        &'cruddur-ddb;help;schema;load'= {
        }
        &'cruddur-ddb;help;table'= {
            cand list 'List every table at the endpoint'
            cand scan 'Read every item of a table (all pages, optionally in parallel)'
            cand backup 'Write a table''s description and every item to a file `table restore` reads back'
            cand drop 'Delete a table, after confirmation, optionally backing it up first'
            cand restore 'Write the items of a backup, an export (a folder or S3) or an AWS tool''s file into a table; apply an incremental export onto one'
            cand export 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)'
            cand import 'Have DynamoDB build a new table from an export in S3 (ImportTable)'
            cand copy 'Copy every item of a table to another target (prod to local), creating it if asked'
            cand diff 'Compare two tables, or a table and a file, by primary key'
        }
        &'cruddur-ddb;help;table;list'= {
        }
        &'cruddur-ddb;help;table;scan'= {
        }
        &'cruddur-ddb;help;table;backup'= {
        }
        &'cruddur-ddb;help;table;drop'= {
        }
        &'cruddur-ddb;help;table;restore'= {
        }
        &'cruddur-ddb;help;table;export'= {
        }
        &'cruddur-ddb;help;table;import'= {
        }
        &'cruddur-ddb;help;table;copy'= {
        }
        &'cruddur-ddb;help;table;diff'= {
        }
        &'cruddur-ddb;help;pattern'= {
            cand get-conversations 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first'
            cand list-conversations 'A user''s conversations (pk = GRP#<user uuid>), most recent first'
            cand create-message-group 'Start a conversation: the first message and both group rows, atomically'
            cand create-message 'Reply in a conversation, moving both group rows to the new message atomically'
        }
        &'cruddur-ddb;help;pattern;get-conversations'= {
        }
        &'cruddur-ddb;help;pattern;list-conversations'= {
        }
        &'cruddur-ddb;help;pattern;create-message-group'= {
        }
        &'cruddur-ddb;help;pattern;create-message'= {
        }
        &'cruddur-ddb;help;seed'= {
        }
        &'cruddur-ddb;help;doctor'= {
        }
        &'cruddur-ddb;help;stream'= {
            cand apply 'Do the stream lambda''s job: move each conversation''s group rows to its newest message'
            cand tail 'Print the stream''s records as they come (JSON lines, or one line each as text)'
        }
        &'cruddur-ddb;help;stream;apply'= {
        }
        &'cruddur-ddb;help;stream;tail'= {
        }
        &'cruddur-ddb;help;ui'= {
        }
        &'cruddur-ddb;help;completions'= {
        }
        &'cruddur-ddb;help;man'= {
        }
        &'cruddur-ddb;help;help'= {
        }
    ]
    $completions[$command]
}
