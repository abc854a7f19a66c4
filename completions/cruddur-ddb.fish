# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cruddur_ddb_global_optspecs
    string join \n env= endpoint-url= s3-endpoint-url= region= profile= table= o/output= h/help V/version
end

function __fish_cruddur_ddb_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cruddur_ddb_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cruddur_ddb_using_subcommand
    set -l cmd (__fish_cruddur_ddb_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "config" -d 'Show the resolved target (env, endpoint, region, table, credentials) without using the network'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "schema" -d 'Create the messages table schema'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "table" -d 'Tables: list, scan, backup, drop, restore, export, copy, diff'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "pattern" -d 'Run the app\'s access patterns'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "seed" -d 'Write a demo conversation between two users from Postgres'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "doctor" -d 'Check (and with --fix repair) the messaging data model'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "stream" -d 'Read the table\'s stream locally (the AWS lambda\'s job)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "ui" -d 'Browse and write conversations in a terminal UI, live'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "man" -d 'Print the man page (roff), or write every page with --dir'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand config" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -f -a "load" -d 'Create the messages table (idempotent) and wait until it is ACTIVE'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and not __fish_seen_subcommand_from load help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l no-wait -d 'Return once CreateTable is accepted, without waiting for ACTIVE'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -l no-stream -d 'Create no stream. Only the AWS lambda reads it, and DynamoDB Local slows down every write as stream records pile up: useful for large local loads'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from load" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "load" -d 'Create the messages table (idempotent) and wait until it is ACTIVE'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand schema; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "list" -d 'List every table at the endpoint'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "scan" -d 'Read every item of a table (all pages, optionally in parallel)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "backup" -d 'Write a table\'s description and every item to a file `table restore` reads back'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "drop" -d 'Delete a table, after confirmation, optionally backing it up first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "restore" -d 'Write the items of a backup, an export (a folder or S3) or an AWS tool\'s file into a table; apply an incremental export onto one'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "export" -d 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "import" -d 'Have DynamoDB build a new table from an export in S3 (ImportTable)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "copy" -d 'Copy every item of a table to another target (prod to local), creating it if asked'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "diff" -d 'Compare two tables, or a table and a file, by primary key'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and not __fish_seen_subcommand_from list scan backup drop restore export import copy diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l max-items -d 'Stop after this many items (without --segments: the first N in key order of one stream)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l page-size -d 'Items per request (DynamoDB\'s Limit); pages are at most 1 MB regardless' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l segments -d 'Parallel scan with N concurrent segments (1 = sequential)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l attributes -d 'Only these attributes (comma-separated top-level names)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l read-capacity-percent -d 'Pace reads to P% of the table\'s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l max-rcu -d 'Pace reads to at most N read capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l out -d 'Write the items to FILE (created; a --checkpoint resumes its own) instead of stdout' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l checkpoint -d 'Keep the job\'s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l worker -d 'Read only this worker\'s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -l consistent-read -d 'Strongly consistent reads (twice the read capacity)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from scan" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l read-capacity-percent -d 'Pace reads to P% of the table\'s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l max-rcu -d 'Pace reads to at most N read capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from backup" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l backup -d 'First write the table\'s description and every item to FILE (typed JSON lines; undo the drop with `table restore FILE NAME --create`)' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l read-capacity-percent -d 'Pace reads to P% of the table\'s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l max-rcu -d 'Pace reads to at most N read capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l if-exists -d 'Succeed when the table does not exist'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -l no-wait -d 'Return once the delete is accepted, without waiting for the table to be gone'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from drop" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l checkpoint -d 'Keep the position in the input in FILE: a killed restore run again with the same FILE goes on from there' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l write-capacity-percent -d 'Pace writes to P% of the table\'s provisioned write capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l max-wcu -d 'Pace writes to at most N write capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l create -d 'Create the table from the description the file records (backups and exports made by this tool), when it does not exist'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l plain -d 'Accept plain JSON, inferring types: numbers become N, strings S, arrays L, objects M (sets and binary cannot be told apart from lists and strings)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -l dry-run -d 'Check every item and say what would be written (and created), writing nothing'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from restore" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l s3 -d 'Export through DynamoDB to S3 (server-side, no read capacity) instead of a folder; then only NAME is given' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l at -d 'The table as of TIME (within the last 35 days of point-in-time recovery) [default: now]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l from -d 'Where an incremental export starts (YYYY-MM-DD or an ISO-8601 time)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l to -d 'Where an incremental export ends [default: the latest time DynamoDB has]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l view -d 'What an incremental export\'s lines hold' -r -f -a "new-and-old\t'NewImage and OldImage (NEW_AND_OLD_IMAGES)'
new\t'NewImage only (NEW_IMAGE)'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l read-capacity-percent -d 'Pace reads to P% of the table\'s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l max-rcu -d 'Pace reads to at most N read capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l segments -d 'Read with N parallel segments (needed with --worker) [default: automatic]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l checkpoint -d 'Keep the job\'s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l worker -d 'Read only this worker\'s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l salt -d 'With --anonymize: the secret the pseudonyms derive from; the same salt gives the same pseudonyms next time [default: a random one]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l anonymize-rules -d 'With --anonymize: a TOML file whose [attributes] map attribute names to keep, fake, hash, redact or drop (for other tables, or to override the defaults)' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l enable-pitr -d 'Turn point-in-time recovery on first if it is off (an export needs it; it is billed per GB-month); asks as other writes to this target do'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l incremental -d 'Export only the changes between --from and --to (15 minutes to 24 hours)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l no-wait -d 'Start the export and print its ARN and the command that waits for it'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l new -d 'Start another export even if the same request started one within 8 hours'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l merge -d 'Merge the worker folders in DIR (from --worker runs) into one export, after checking that every segment is there exactly once'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l anonymize -d 'Replace every user\'s handle and name with a pseudonym, and message text with generated text of the same length; keys, uuids and times stay'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -l keep-messages -d 'With --anonymize: keep message text as it is'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l to-env -d 'B\'s environment [default: dev]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l to-endpoint -d 'B\'s endpoint [default: the source\'s in dev; http://localhost:8000 from prod]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l to-region -d 'B\'s region [default: the source\'s in dev]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l to-profile -d 'B\'s AWS profile (dev: its static keys) [default: the source\'s credentials in dev]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l read-capacity-percent -d 'Pace reads to P% of the table\'s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l max-rcu -d 'Pace reads to at most N read capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l write-capacity-percent -d 'Pace writes to P% of the table\'s provisioned write capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l max-wcu -d 'Pace writes to at most N write capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l segments -d 'Read with N parallel segments (needed with --worker) [default: automatic]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l checkpoint -d 'Keep the job\'s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l worker -d 'Read only this worker\'s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l via-export -d 'Copy through DynamoDB\'s own engine: a full export to this S3 prefix (no read capacity), restored into DST, then the writes since, from SRC\'s stream or an incremental export; DST then reflects SRC as of one stated time' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l salt -d 'With --anonymize: the secret the pseudonyms derive from; the same salt gives the same pseudonyms next time [default: a random one]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l anonymize-rules -d 'With --anonymize: a TOML file whose [attributes] map attribute names to keep, fake, hash, redact or drop (for other tables, or to override the defaults)' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l from-postgres -d 'With --with-users: the source\'s Postgres [default: CONNECTION_URL, or PROD_CONNECTION_URL with --env prod]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l to-postgres -d 'With --with-users: the destination\'s Postgres [default: dev\'s CONNECTION_URL]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l create -d 'Create the destination from the source\'s description (keys, indexes, billing, stream) when it does not exist'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l dry-run -d 'Say what would be created and copied, and change nothing'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l enable-pitr -d 'With --via-export: turn SRC\'s point-in-time recovery on first if it is off (an export needs it); asks as other writes to SRC\'s target do'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l anonymize -d 'Replace every user\'s handle and name with a pseudonym, and message text with generated text of the same length; keys, uuids and times stay'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l keep-messages -d 'With --anonymize: keep message text as it is'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -l with-users -d 'Copy the Postgres users the copied rows name too, under their uuids (as their pseudonyms with --anonymize), in one transaction'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from copy" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l to-env -d 'B\'s environment [default: dev]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l to-endpoint -d 'B\'s endpoint [default: the source\'s in dev; http://localhost:8000 from prod]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l to-region -d 'B\'s region [default: the source\'s in dev]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l to-profile -d 'B\'s AWS profile (dev: its static keys) [default: the source\'s credentials in dev]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l read-capacity-percent -d 'Pace reads to P% of the table\'s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l max-rcu -d 'Pace reads to at most N read capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -l plain -d 'Read plain JSON files, inferring types (as `table restore --plain`)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "list" -d 'List every table at the endpoint'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "scan" -d 'Read every item of a table (all pages, optionally in parallel)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "backup" -d 'Write a table\'s description and every item to a file `table restore` reads back'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "drop" -d 'Delete a table, after confirmation, optionally backing it up first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "restore" -d 'Write the items of a backup, an export (a folder or S3) or an AWS tool\'s file into a table; apply an incremental export onto one'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "export" -d 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "import" -d 'Have DynamoDB build a new table from an export in S3 (ImportTable)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "copy" -d 'Copy every item of a table to another target (prod to local), creating it if asked'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Compare two tables, or a table and a file, by primary key'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand table; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -f -a "get-conversations" -d 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -f -a "list-conversations" -d 'A user\'s conversations (pk = GRP#<user uuid>), most recent first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -f -a "create-message-group" -d 'Start a conversation: the first message and both group rows, atomically'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -f -a "create-message" -d 'Reply in a conversation, moving both group rows to the new message atomically'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and not __fish_seen_subcommand_from get-conversations list-conversations create-message-group create-message help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l group-uuid -d 'The message group (conversation)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l limit -d 'At most this many rows (newest first)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l year -d 'Only rows whose time starts with this year (the original begins_with filter)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l since -d 'Only rows at or after this time (YYYY-MM-DD or ISO-8601)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l until -d 'Only rows at or before this time (YYYY-MM-DD means the whole day)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l before -d 'Only rows older than this sort key: the cursor the previous page printed (or a YYYY-MM-DD date, or an ISO-8601 time)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -l all -d 'Every page, back to the oldest row (--limit is then the page size)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from get-conversations" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l handle -d 'Whose conversations (looked up in Postgres)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l user-uuid -d 'Use this user uuid and skip Postgres' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l limit -d 'At most this many rows (newest first)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l year -d 'Only rows whose time starts with this year (the original begins_with filter)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l since -d 'Only rows at or after this time (YYYY-MM-DD or ISO-8601)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l until -d 'Only rows at or before this time (YYYY-MM-DD means the whole day)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l before -d 'Only rows older than this sort key: the cursor the previous page printed (or a YYYY-MM-DD date, or an ISO-8601 time)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -l all -d 'Every page, back to the oldest row (--limit is then the page size)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from list-conversations" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l handle -d 'The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l user-uuid -d 'The sender\'s uuid, skipping Postgres (--handle is then stored as given)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l other-handle -d 'The recipient (looked up in Postgres)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l other-user-uuid -d 'The recipient\'s uuid, skipping Postgres (--other-handle is then stored as given)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -l new -d 'Start another conversation even if the two already have one'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message-group" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l group-uuid -d 'The conversation' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l handle -d 'The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l user-uuid -d 'The sender\'s uuid, skipping Postgres (their handle and name are taken from the conversation)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from create-message" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from help" -f -a "get-conversations" -d 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from help" -f -a "list-conversations" -d 'A user\'s conversations (pk = GRP#<user uuid>), most recent first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from help" -f -a "create-message-group" -d 'Start a conversation: the first message and both group rows, atomically'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from help" -f -a "create-message" -d 'Reply in a conversation, moving both group rows to the new message atomically'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand pattern; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l handle -d 'The first participant (owner of the first group row)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l other-handle -d 'The other participant' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l group-uuid -d 'The conversation\'s message group' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l messages -d 'How many messages (alternating senders, one minute apart, ending now) [default: 104]; at scale, in all conversations together' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l users -d 'At scale: how many users to create in Postgres (idempotent by handle)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l conversations -d 'At scale: how many conversations, between pairs of the users' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l seed -d 'At scale: the generator\'s seed; the same seed makes the same data [default: random]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -l replace -d 'Replace an existing conversation in this group instead of refusing'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand seed" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l skew-seconds -d 'How far in the future a message may be dated before it is reported (clock skew)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l read-capacity-percent -d 'Pace reads to P% of the table\'s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l max-rcu -d 'Pace reads to at most N read capacity units per second (also on-demand tables)' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l fix -d 'Repair lagging, duplicate and missing group rows and stale names'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l fix-timestamps -d 'Rewrite message keys whose timestamps are not UTC with microseconds (changes keys)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -l dry-run -d 'Show what --fix / --fix-timestamps would change, and change nothing'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -s y -l yes -d 'Do not ask for confirmation'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -f -a "apply" -d 'Do the stream lambda\'s job: move each conversation\'s group rows to its newest message'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -f -a "tail" -d 'Print the stream\'s records as they come (JSON lines, or one line each as text)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and not __fish_seen_subcommand_from apply tail help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l poll-ms -d 'With --follow, how often to ask the stream for new records' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l checkpoint -d 'Keep the last sequence number handled per shard in FILE: the next run (or a restarted --follow) reads only what came after' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -l follow -d 'Keep reading new records until Ctrl-C (the summary is printed, exit 130)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -s y -l yes -d 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from apply" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l from -d 'Where to start without a checkpoint' -r -f -a "trim-horizon\t'The oldest record the stream keeps (24 hours)'
latest\t'Only records written from now on'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l checkpoint -d 'Keep the last sequence number printed per shard in FILE, and start after it' -r -F
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l poll-ms -d 'How often to ask the stream for new records' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -l once -d 'Print what the stream holds now and exit, instead of following'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from tail" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Do the stream lambda\'s job: move each conversation\'s group rows to its newest message'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "tail" -d 'Print the stream\'s records as they come (JSON lines, or one line each as text)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand stream; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l handle -d 'Who you are (looked up in Postgres; `@handle` works) [default: pick from the users]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -l allow-writes -d 'With --env prod: allow replies, new conversations and applying the stream\'s job (each still asks for the table name)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand ui" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand completions" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -l dir -d 'Write every page (the main one and one per subcommand) into DIR instead of printing the main page' -r -f -a "(__fish_complete_directories)"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -l env -d 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]' -r -f -a "dev\t'DynamoDB Local (http://localhost:8000) with dummy credentials'
prod\t'Real DynamoDB through the standard AWS credential chain'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -l endpoint-url -d 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -l s3-endpoint-url -d 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -l region -d 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile\'s; dev default us-east-1]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -l profile -d 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -l table -d 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]' -r
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -s o -l output -d 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line' -r -f -a "table\t'A table for the terminal (plain tab-separated text when piped, unless asked for)'
json\t'One JSON document: the whole result (an array, for lists of items)'
jsonl\t'One JSON object per line (an item, a finding, a difference), plain values'
text\t'Plain text lines'
ddb-json\t'Typed DynamoDB JSON, one item per line, exactly as the API returns it'
ddb-export\t'{"Item": typed JSON} per line: the DYNAMODB_JSON lines of S3 exports, which ImportTable reads'"
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand man" -s V -l version -d 'Print version'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "config" -d 'Show the resolved target (env, endpoint, region, table, credentials) without using the network'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "schema" -d 'Create the messages table schema'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "table" -d 'Tables: list, scan, backup, drop, restore, export, copy, diff'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "pattern" -d 'Run the app\'s access patterns'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "seed" -d 'Write a demo conversation between two users from Postgres'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "doctor" -d 'Check (and with --fix repair) the messaging data model'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "stream" -d 'Read the table\'s stream locally (the AWS lambda\'s job)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "ui" -d 'Browse and write conversations in a terminal UI, live'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "completions" -d 'Print a shell completion script'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "man" -d 'Print the man page (roff), or write every page with --dir'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and not __fish_seen_subcommand_from config schema table pattern seed doctor stream ui completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from schema" -f -a "load" -d 'Create the messages table (idempotent) and wait until it is ACTIVE'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "list" -d 'List every table at the endpoint'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "scan" -d 'Read every item of a table (all pages, optionally in parallel)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "backup" -d 'Write a table\'s description and every item to a file `table restore` reads back'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "drop" -d 'Delete a table, after confirmation, optionally backing it up first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "restore" -d 'Write the items of a backup, an export (a folder or S3) or an AWS tool\'s file into a table; apply an incremental export onto one'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "export" -d 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "import" -d 'Have DynamoDB build a new table from an export in S3 (ImportTable)'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "copy" -d 'Copy every item of a table to another target (prod to local), creating it if asked'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from table" -f -a "diff" -d 'Compare two tables, or a table and a file, by primary key'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from pattern" -f -a "get-conversations" -d 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from pattern" -f -a "list-conversations" -d 'A user\'s conversations (pk = GRP#<user uuid>), most recent first'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from pattern" -f -a "create-message-group" -d 'Start a conversation: the first message and both group rows, atomically'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from pattern" -f -a "create-message" -d 'Reply in a conversation, moving both group rows to the new message atomically'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "apply" -d 'Do the stream lambda\'s job: move each conversation\'s group rows to its newest message'
complete -c cruddur-ddb -n "__fish_cruddur_ddb_using_subcommand help; and __fish_seen_subcommand_from stream" -f -a "tail" -d 'Print the stream\'s records as they come (JSON lines, or one line each as text)'
