
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'cruddur-ddb' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'cruddur-ddb'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'cruddur-ddb' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the resolved target (env, endpoint, region, table, credentials) without using the network')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Create the messages table schema')
            [CompletionResult]::new('table', 'table', [CompletionResultType]::ParameterValue, 'Tables: list, scan, backup, drop, restore, export, copy, diff')
            [CompletionResult]::new('pattern', 'pattern', [CompletionResultType]::ParameterValue, 'Run the app''s access patterns')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Write a demo conversation between two users from Postgres')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check (and with --fix repair) the messaging data model')
            [CompletionResult]::new('stream', 'stream', [CompletionResultType]::ParameterValue, 'Read the table''s stream locally (the AWS lambda''s job)')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'Browse and write conversations in a terminal UI, live')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write every page with --dir')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;config' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;schema' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Create the messages table (idempotent) and wait until it is ACTIVE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;schema;load' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once CreateTable is accepted, without waiting for ACTIVE')
            [CompletionResult]::new('--no-stream', '--no-stream', [CompletionResultType]::ParameterName, 'Create no stream. Only the AWS lambda reads it, and DynamoDB Local slows down every write as stream records pile up: useful for large local loads')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;schema;help' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Create the messages table (idempotent) and wait until it is ACTIVE')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;schema;help;load' {
            break
        }
        'cruddur-ddb;schema;help;help' {
            break
        }
        'cruddur-ddb;table' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every table at the endpoint')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Read every item of a table (all pages, optionally in parallel)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a table''s description and every item to a file `table restore` reads back')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Delete a table, after confirmation, optionally backing it up first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Write the items of a backup, an export (a folder or S3) or an AWS tool''s file into a table; apply an incremental export onto one')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Have DynamoDB build a new table from an export in S3 (ImportTable)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every item of a table to another target (prod to local), creating it if asked')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two tables, or a table and a file, by primary key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;table;list' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;scan' {
            [CompletionResult]::new('--max-items', '--max-items', [CompletionResultType]::ParameterName, 'Stop after this many items (without --segments: the first N in key order of one stream)')
            [CompletionResult]::new('--page-size', '--page-size', [CompletionResultType]::ParameterName, 'Items per request (DynamoDB''s Limit); pages are at most 1 MB regardless')
            [CompletionResult]::new('--segments', '--segments', [CompletionResultType]::ParameterName, 'Parallel scan with N concurrent segments (1 = sequential)')
            [CompletionResult]::new('--attributes', '--attributes', [CompletionResultType]::ParameterName, 'Only these attributes (comma-separated top-level names)')
            [CompletionResult]::new('--read-capacity-percent', '--read-capacity-percent', [CompletionResultType]::ParameterName, 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-rcu', '--max-rcu', [CompletionResultType]::ParameterName, 'Pace reads to at most N read capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the items to FILE (created; a --checkpoint resumes its own) instead of stdout')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Keep the job''s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)')
            [CompletionResult]::new('--worker', '--worker', [CompletionResultType]::ParameterName, 'Read only this worker''s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--consistent-read', '--consistent-read', [CompletionResultType]::ParameterName, 'Strongly consistent reads (twice the read capacity)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;backup' {
            [CompletionResult]::new('--read-capacity-percent', '--read-capacity-percent', [CompletionResultType]::ParameterName, 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-rcu', '--max-rcu', [CompletionResultType]::ParameterName, 'Pace reads to at most N read capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;drop' {
            [CompletionResult]::new('--backup', '--backup', [CompletionResultType]::ParameterName, 'First write the table''s description and every item to FILE (typed JSON lines; undo the drop with `table restore FILE NAME --create`)')
            [CompletionResult]::new('--read-capacity-percent', '--read-capacity-percent', [CompletionResultType]::ParameterName, 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-rcu', '--max-rcu', [CompletionResultType]::ParameterName, 'Pace reads to at most N read capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--if-exists', '--if-exists', [CompletionResultType]::ParameterName, 'Succeed when the table does not exist')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Return once the delete is accepted, without waiting for the table to be gone')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;restore' {
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Keep the position in the input in FILE: a killed restore run again with the same FILE goes on from there')
            [CompletionResult]::new('--write-capacity-percent', '--write-capacity-percent', [CompletionResultType]::ParameterName, 'Pace writes to P% of the table''s provisioned write capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-wcu', '--max-wcu', [CompletionResultType]::ParameterName, 'Pace writes to at most N write capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the table from the description the file records (backups and exports made by this tool), when it does not exist')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Accept plain JSON, inferring types: numbers become N, strings S, arrays L, objects M (sets and binary cannot be told apart from lists and strings)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every item and say what would be written (and created), writing nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;export' {
            [CompletionResult]::new('--s3', '--s3', [CompletionResultType]::ParameterName, 'Export through DynamoDB to S3 (server-side, no read capacity) instead of a folder; then only NAME is given')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The table as of TIME (within the last 35 days of point-in-time recovery) [default: now]')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where an incremental export starts (YYYY-MM-DD or an ISO-8601 time)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where an incremental export ends [default: the latest time DynamoDB has]')
            [CompletionResult]::new('--view', '--view', [CompletionResultType]::ParameterName, 'What an incremental export''s lines hold')
            [CompletionResult]::new('--read-capacity-percent', '--read-capacity-percent', [CompletionResultType]::ParameterName, 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-rcu', '--max-rcu', [CompletionResultType]::ParameterName, 'Pace reads to at most N read capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--segments', '--segments', [CompletionResultType]::ParameterName, 'Read with N parallel segments (needed with --worker) [default: automatic]')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Keep the job''s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)')
            [CompletionResult]::new('--worker', '--worker', [CompletionResultType]::ParameterName, 'Read only this worker''s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once')
            [CompletionResult]::new('--salt', '--salt', [CompletionResultType]::ParameterName, 'With --anonymize: the secret the pseudonyms derive from; the same salt gives the same pseudonyms next time [default: a random one]')
            [CompletionResult]::new('--anonymize-rules', '--anonymize-rules', [CompletionResultType]::ParameterName, 'With --anonymize: a TOML file whose [attributes] map attribute names to keep, fake, hash, redact or drop (for other tables, or to override the defaults)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--enable-pitr', '--enable-pitr', [CompletionResultType]::ParameterName, 'Turn point-in-time recovery on first if it is off (an export needs it; it is billed per GB-month); asks as other writes to this target do')
            [CompletionResult]::new('--incremental', '--incremental', [CompletionResultType]::ParameterName, 'Export only the changes between --from and --to (15 minutes to 24 hours)')
            [CompletionResult]::new('--no-wait', '--no-wait', [CompletionResultType]::ParameterName, 'Start the export and print its ARN and the command that waits for it')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Start another export even if the same request started one within 8 hours')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--merge', '--merge', [CompletionResultType]::ParameterName, 'Merge the worker folders in DIR (from --worker runs) into one export, after checking that every segment is there exactly once')
            [CompletionResult]::new('--anonymize', '--anonymize', [CompletionResultType]::ParameterName, 'Replace every user''s handle and name with a pseudonym, and message text with generated text of the same length; keys, uuids and times stay')
            [CompletionResult]::new('--keep-messages', '--keep-messages', [CompletionResultType]::ParameterName, 'With --anonymize: keep message text as it is')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;import' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;copy' {
            [CompletionResult]::new('--to-env', '--to-env', [CompletionResultType]::ParameterName, 'B''s environment [default: dev]')
            [CompletionResult]::new('--to-endpoint', '--to-endpoint', [CompletionResultType]::ParameterName, 'B''s endpoint [default: the source''s in dev; http://localhost:8000 from prod]')
            [CompletionResult]::new('--to-region', '--to-region', [CompletionResultType]::ParameterName, 'B''s region [default: the source''s in dev]')
            [CompletionResult]::new('--to-profile', '--to-profile', [CompletionResultType]::ParameterName, 'B''s AWS profile (dev: its static keys) [default: the source''s credentials in dev]')
            [CompletionResult]::new('--read-capacity-percent', '--read-capacity-percent', [CompletionResultType]::ParameterName, 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-rcu', '--max-rcu', [CompletionResultType]::ParameterName, 'Pace reads to at most N read capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--write-capacity-percent', '--write-capacity-percent', [CompletionResultType]::ParameterName, 'Pace writes to P% of the table''s provisioned write capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-wcu', '--max-wcu', [CompletionResultType]::ParameterName, 'Pace writes to at most N write capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--segments', '--segments', [CompletionResultType]::ParameterName, 'Read with N parallel segments (needed with --worker) [default: automatic]')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Keep the job''s progress in FILE: the same command with the same FILE goes on where a killed or stopped run left off (and says so)')
            [CompletionResult]::new('--worker', '--worker', [CompletionResultType]::ParameterName, 'Read only this worker''s share of the --segments: N processes (or machines) given 1/N .. N/N read every item exactly once')
            [CompletionResult]::new('--via-export', '--via-export', [CompletionResultType]::ParameterName, 'Copy through DynamoDB''s own engine: a full export to this S3 prefix (no read capacity), restored into DST, then the writes since, from SRC''s stream or an incremental export; DST then reflects SRC as of one stated time')
            [CompletionResult]::new('--salt', '--salt', [CompletionResultType]::ParameterName, 'With --anonymize: the secret the pseudonyms derive from; the same salt gives the same pseudonyms next time [default: a random one]')
            [CompletionResult]::new('--anonymize-rules', '--anonymize-rules', [CompletionResultType]::ParameterName, 'With --anonymize: a TOML file whose [attributes] map attribute names to keep, fake, hash, redact or drop (for other tables, or to override the defaults)')
            [CompletionResult]::new('--from-postgres', '--from-postgres', [CompletionResultType]::ParameterName, 'With --with-users: the source''s Postgres [default: CONNECTION_URL, or PROD_CONNECTION_URL with --env prod]')
            [CompletionResult]::new('--to-postgres', '--to-postgres', [CompletionResultType]::ParameterName, 'With --with-users: the destination''s Postgres [default: dev''s CONNECTION_URL]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--create', '--create', [CompletionResultType]::ParameterName, 'Create the destination from the source''s description (keys, indexes, billing, stream) when it does not exist')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Say what would be created and copied, and change nothing')
            [CompletionResult]::new('--enable-pitr', '--enable-pitr', [CompletionResultType]::ParameterName, 'With --via-export: turn SRC''s point-in-time recovery on first if it is off (an export needs it); asks as other writes to SRC''s target do')
            [CompletionResult]::new('--anonymize', '--anonymize', [CompletionResultType]::ParameterName, 'Replace every user''s handle and name with a pseudonym, and message text with generated text of the same length; keys, uuids and times stay')
            [CompletionResult]::new('--keep-messages', '--keep-messages', [CompletionResultType]::ParameterName, 'With --anonymize: keep message text as it is')
            [CompletionResult]::new('--with-users', '--with-users', [CompletionResultType]::ParameterName, 'Copy the Postgres users the copied rows name too, under their uuids (as their pseudonyms with --anonymize), in one transaction')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;diff' {
            [CompletionResult]::new('--to-env', '--to-env', [CompletionResultType]::ParameterName, 'B''s environment [default: dev]')
            [CompletionResult]::new('--to-endpoint', '--to-endpoint', [CompletionResultType]::ParameterName, 'B''s endpoint [default: the source''s in dev; http://localhost:8000 from prod]')
            [CompletionResult]::new('--to-region', '--to-region', [CompletionResultType]::ParameterName, 'B''s region [default: the source''s in dev]')
            [CompletionResult]::new('--to-profile', '--to-profile', [CompletionResultType]::ParameterName, 'B''s AWS profile (dev: its static keys) [default: the source''s credentials in dev]')
            [CompletionResult]::new('--read-capacity-percent', '--read-capacity-percent', [CompletionResultType]::ParameterName, 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-rcu', '--max-rcu', [CompletionResultType]::ParameterName, 'Pace reads to at most N read capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Read plain JSON files, inferring types (as `table restore --plain`)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;table;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every table at the endpoint')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Read every item of a table (all pages, optionally in parallel)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a table''s description and every item to a file `table restore` reads back')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Delete a table, after confirmation, optionally backing it up first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Write the items of a backup, an export (a folder or S3) or an AWS tool''s file into a table; apply an incremental export onto one')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Have DynamoDB build a new table from an export in S3 (ImportTable)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every item of a table to another target (prod to local), creating it if asked')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two tables, or a table and a file, by primary key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;table;help;list' {
            break
        }
        'cruddur-ddb;table;help;scan' {
            break
        }
        'cruddur-ddb;table;help;backup' {
            break
        }
        'cruddur-ddb;table;help;drop' {
            break
        }
        'cruddur-ddb;table;help;restore' {
            break
        }
        'cruddur-ddb;table;help;export' {
            break
        }
        'cruddur-ddb;table;help;import' {
            break
        }
        'cruddur-ddb;table;help;copy' {
            break
        }
        'cruddur-ddb;table;help;diff' {
            break
        }
        'cruddur-ddb;table;help;help' {
            break
        }
        'cruddur-ddb;pattern' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('get-conversations', 'get-conversations', [CompletionResultType]::ParameterValue, 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first')
            [CompletionResult]::new('list-conversations', 'list-conversations', [CompletionResultType]::ParameterValue, 'A user''s conversations (pk = GRP#<user uuid>), most recent first')
            [CompletionResult]::new('create-message-group', 'create-message-group', [CompletionResultType]::ParameterValue, 'Start a conversation: the first message and both group rows, atomically')
            [CompletionResult]::new('create-message', 'create-message', [CompletionResultType]::ParameterValue, 'Reply in a conversation, moving both group rows to the new message atomically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;pattern;get-conversations' {
            [CompletionResult]::new('--group-uuid', '--group-uuid', [CompletionResultType]::ParameterName, 'The message group (conversation)')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (newest first)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only rows whose time starts with this year (the original begins_with filter)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows at or after this time (YYYY-MM-DD or ISO-8601)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only rows at or before this time (YYYY-MM-DD means the whole day)')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only rows older than this sort key: the cursor the previous page printed (or a YYYY-MM-DD date, or an ISO-8601 time)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, back to the oldest row (--limit is then the page size)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;pattern;list-conversations' {
            [CompletionResult]::new('--handle', '--handle', [CompletionResultType]::ParameterName, 'Whose conversations (looked up in Postgres)')
            [CompletionResult]::new('--user-uuid', '--user-uuid', [CompletionResultType]::ParameterName, 'Use this user uuid and skip Postgres')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'At most this many rows (newest first)')
            [CompletionResult]::new('--year', '--year', [CompletionResultType]::ParameterName, 'Only rows whose time starts with this year (the original begins_with filter)')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only rows at or after this time (YYYY-MM-DD or ISO-8601)')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only rows at or before this time (YYYY-MM-DD means the whole day)')
            [CompletionResult]::new('--before', '--before', [CompletionResultType]::ParameterName, 'Only rows older than this sort key: the cursor the previous page printed (or a YYYY-MM-DD date, or an ISO-8601 time)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Every page, back to the oldest row (--limit is then the page size)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;pattern;create-message-group' {
            [CompletionResult]::new('--handle', '--handle', [CompletionResultType]::ParameterName, 'The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]')
            [CompletionResult]::new('--user-uuid', '--user-uuid', [CompletionResultType]::ParameterName, 'The sender''s uuid, skipping Postgres (--handle is then stored as given)')
            [CompletionResult]::new('--other-handle', '--other-handle', [CompletionResultType]::ParameterName, 'The recipient (looked up in Postgres)')
            [CompletionResult]::new('--other-user-uuid', '--other-user-uuid', [CompletionResultType]::ParameterName, 'The recipient''s uuid, skipping Postgres (--other-handle is then stored as given)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--new', '--new', [CompletionResultType]::ParameterName, 'Start another conversation even if the two already have one')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;pattern;create-message' {
            [CompletionResult]::new('--group-uuid', '--group-uuid', [CompletionResultType]::ParameterName, 'The conversation')
            [CompletionResult]::new('--handle', '--handle', [CompletionResultType]::ParameterName, 'The sender (looked up in Postgres; `@handle` works) [default: andrewbrown]')
            [CompletionResult]::new('--user-uuid', '--user-uuid', [CompletionResultType]::ParameterName, 'The sender''s uuid, skipping Postgres (their handle and name are taken from the conversation)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;pattern;help' {
            [CompletionResult]::new('get-conversations', 'get-conversations', [CompletionResultType]::ParameterValue, 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first')
            [CompletionResult]::new('list-conversations', 'list-conversations', [CompletionResultType]::ParameterValue, 'A user''s conversations (pk = GRP#<user uuid>), most recent first')
            [CompletionResult]::new('create-message-group', 'create-message-group', [CompletionResultType]::ParameterValue, 'Start a conversation: the first message and both group rows, atomically')
            [CompletionResult]::new('create-message', 'create-message', [CompletionResultType]::ParameterValue, 'Reply in a conversation, moving both group rows to the new message atomically')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;pattern;help;get-conversations' {
            break
        }
        'cruddur-ddb;pattern;help;list-conversations' {
            break
        }
        'cruddur-ddb;pattern;help;create-message-group' {
            break
        }
        'cruddur-ddb;pattern;help;create-message' {
            break
        }
        'cruddur-ddb;pattern;help;help' {
            break
        }
        'cruddur-ddb;seed' {
            [CompletionResult]::new('--handle', '--handle', [CompletionResultType]::ParameterName, 'The first participant (owner of the first group row)')
            [CompletionResult]::new('--other-handle', '--other-handle', [CompletionResultType]::ParameterName, 'The other participant')
            [CompletionResult]::new('--group-uuid', '--group-uuid', [CompletionResultType]::ParameterName, 'The conversation''s message group')
            [CompletionResult]::new('--messages', '--messages', [CompletionResultType]::ParameterName, 'How many messages (alternating senders, one minute apart, ending now) [default: 104]; at scale, in all conversations together')
            [CompletionResult]::new('--users', '--users', [CompletionResultType]::ParameterName, 'At scale: how many users to create in Postgres (idempotent by handle)')
            [CompletionResult]::new('--conversations', '--conversations', [CompletionResultType]::ParameterName, 'At scale: how many conversations, between pairs of the users')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'At scale: the generator''s seed; the same seed makes the same data [default: random]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--replace', '--replace', [CompletionResultType]::ParameterName, 'Replace an existing conversation in this group instead of refusing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;doctor' {
            [CompletionResult]::new('--skew-seconds', '--skew-seconds', [CompletionResultType]::ParameterName, 'How far in the future a message may be dated before it is reported (clock skew)')
            [CompletionResult]::new('--read-capacity-percent', '--read-capacity-percent', [CompletionResultType]::ParameterName, 'Pace reads to P% of the table''s provisioned read capacity [default: 50 with --env prod; unpaced on a local endpoint]')
            [CompletionResult]::new('--max-rcu', '--max-rcu', [CompletionResultType]::ParameterName, 'Pace reads to at most N read capacity units per second (also on-demand tables)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--fix', '--fix', [CompletionResultType]::ParameterName, 'Repair lagging, duplicate and missing group rows and stale names')
            [CompletionResult]::new('--fix-timestamps', '--fix-timestamps', [CompletionResultType]::ParameterName, 'Rewrite message keys whose timestamps are not UTC with microseconds (changes keys)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Show what --fix / --fix-timestamps would change, and change nothing')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;stream' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Do the stream lambda''s job: move each conversation''s group rows to its newest message')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print the stream''s records as they come (JSON lines, or one line each as text)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;stream;apply' {
            [CompletionResult]::new('--poll-ms', '--poll-ms', [CompletionResultType]::ParameterName, 'With --follow, how often to ask the stream for new records')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Keep the last sequence number handled per shard in FILE: the next run (or a restarted --follow) reads only what came after')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--follow', '--follow', [CompletionResultType]::ParameterName, 'Keep reading new records until Ctrl-C (the summary is printed, exit 130)')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (needed for prod or non-local endpoints without a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;stream;tail' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'Where to start without a checkpoint')
            [CompletionResult]::new('--checkpoint', '--checkpoint', [CompletionResultType]::ParameterName, 'Keep the last sequence number printed per shard in FILE, and start after it')
            [CompletionResult]::new('--poll-ms', '--poll-ms', [CompletionResultType]::ParameterName, 'How often to ask the stream for new records')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--once', '--once', [CompletionResultType]::ParameterName, 'Print what the stream holds now and exit, instead of following')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;stream;help' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Do the stream lambda''s job: move each conversation''s group rows to its newest message')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print the stream''s records as they come (JSON lines, or one line each as text)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;stream;help;apply' {
            break
        }
        'cruddur-ddb;stream;help;tail' {
            break
        }
        'cruddur-ddb;stream;help;help' {
            break
        }
        'cruddur-ddb;ui' {
            [CompletionResult]::new('--handle', '--handle', [CompletionResultType]::ParameterName, 'Who you are (looked up in Postgres; `@handle` works) [default: pick from the users]')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--allow-writes', '--allow-writes', [CompletionResultType]::ParameterName, 'With --env prod: allow replies, new conversations and applying the stream''s job (each still asks for the table name)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;completions' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;man' {
            [CompletionResult]::new('--dir', '--dir', [CompletionResultType]::ParameterName, 'Write every page (the main one and one per subcommand) into DIR instead of printing the main page')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Target environment: dev (DynamoDB Local) or prod (real DynamoDB) [env: CRUDDUR_ENV]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'DynamoDB endpoint [env: AWS_ENDPOINT_URL_DYNAMODB; dev default http://localhost:8000]')
            [CompletionResult]::new('--s3-endpoint-url', '--s3-endpoint-url', [CompletionResultType]::ParameterName, 'S3 endpoint, for exports and imports through S3 [env: AWS_ENDPOINT_URL_S3, then AWS_ENDPOINT_URL; prod default: AWS S3]')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'AWS region [env: AWS_REGION, AWS_DEFAULT_REGION; then the profile''s; dev default us-east-1]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'AWS profile: dev signs with its static keys, prod uses its full chain [env: AWS_PROFILE]')
            [CompletionResult]::new('--table', '--table', [CompletionResultType]::ParameterName, 'Messages table name [env: DDB_MESSAGE_TABLE; default cruddur-messages]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format; each command accepts some (its help says which, and its default). json: one JSON document for the whole result; jsonl: one JSON object per line')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cruddur-ddb;help' {
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show the resolved target (env, endpoint, region, table, credentials) without using the network')
            [CompletionResult]::new('schema', 'schema', [CompletionResultType]::ParameterValue, 'Create the messages table schema')
            [CompletionResult]::new('table', 'table', [CompletionResultType]::ParameterValue, 'Tables: list, scan, backup, drop, restore, export, copy, diff')
            [CompletionResult]::new('pattern', 'pattern', [CompletionResultType]::ParameterValue, 'Run the app''s access patterns')
            [CompletionResult]::new('seed', 'seed', [CompletionResultType]::ParameterValue, 'Write a demo conversation between two users from Postgres')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check (and with --fix repair) the messaging data model')
            [CompletionResult]::new('stream', 'stream', [CompletionResultType]::ParameterValue, 'Read the table''s stream locally (the AWS lambda''s job)')
            [CompletionResult]::new('ui', 'ui', [CompletionResultType]::ParameterValue, 'Browse and write conversations in a terminal UI, live')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff), or write every page with --dir')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cruddur-ddb;help;config' {
            break
        }
        'cruddur-ddb;help;schema' {
            [CompletionResult]::new('load', 'load', [CompletionResultType]::ParameterValue, 'Create the messages table (idempotent) and wait until it is ACTIVE')
            break
        }
        'cruddur-ddb;help;schema;load' {
            break
        }
        'cruddur-ddb;help;table' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List every table at the endpoint')
            [CompletionResult]::new('scan', 'scan', [CompletionResultType]::ParameterValue, 'Read every item of a table (all pages, optionally in parallel)')
            [CompletionResult]::new('backup', 'backup', [CompletionResultType]::ParameterValue, 'Write a table''s description and every item to a file `table restore` reads back')
            [CompletionResult]::new('drop', 'drop', [CompletionResultType]::ParameterValue, 'Delete a table, after confirmation, optionally backing it up first')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Write the items of a backup, an export (a folder or S3) or an AWS tool''s file into a table; apply an incremental export onto one')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Write a table as a DynamoDB S3 export into a folder, or have DynamoDB export it to S3 (--s3)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Have DynamoDB build a new table from an export in S3 (ImportTable)')
            [CompletionResult]::new('copy', 'copy', [CompletionResultType]::ParameterValue, 'Copy every item of a table to another target (prod to local), creating it if asked')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare two tables, or a table and a file, by primary key')
            break
        }
        'cruddur-ddb;help;table;list' {
            break
        }
        'cruddur-ddb;help;table;scan' {
            break
        }
        'cruddur-ddb;help;table;backup' {
            break
        }
        'cruddur-ddb;help;table;drop' {
            break
        }
        'cruddur-ddb;help;table;restore' {
            break
        }
        'cruddur-ddb;help;table;export' {
            break
        }
        'cruddur-ddb;help;table;import' {
            break
        }
        'cruddur-ddb;help;table;copy' {
            break
        }
        'cruddur-ddb;help;table;diff' {
            break
        }
        'cruddur-ddb;help;pattern' {
            [CompletionResult]::new('get-conversations', 'get-conversations', [CompletionResultType]::ParameterValue, 'Messages of one conversation (pk = MSG#<group>), newest N shown oldest first')
            [CompletionResult]::new('list-conversations', 'list-conversations', [CompletionResultType]::ParameterValue, 'A user''s conversations (pk = GRP#<user uuid>), most recent first')
            [CompletionResult]::new('create-message-group', 'create-message-group', [CompletionResultType]::ParameterValue, 'Start a conversation: the first message and both group rows, atomically')
            [CompletionResult]::new('create-message', 'create-message', [CompletionResultType]::ParameterValue, 'Reply in a conversation, moving both group rows to the new message atomically')
            break
        }
        'cruddur-ddb;help;pattern;get-conversations' {
            break
        }
        'cruddur-ddb;help;pattern;list-conversations' {
            break
        }
        'cruddur-ddb;help;pattern;create-message-group' {
            break
        }
        'cruddur-ddb;help;pattern;create-message' {
            break
        }
        'cruddur-ddb;help;seed' {
            break
        }
        'cruddur-ddb;help;doctor' {
            break
        }
        'cruddur-ddb;help;stream' {
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Do the stream lambda''s job: move each conversation''s group rows to its newest message')
            [CompletionResult]::new('tail', 'tail', [CompletionResultType]::ParameterValue, 'Print the stream''s records as they come (JSON lines, or one line each as text)')
            break
        }
        'cruddur-ddb;help;stream;apply' {
            break
        }
        'cruddur-ddb;help;stream;tail' {
            break
        }
        'cruddur-ddb;help;ui' {
            break
        }
        'cruddur-ddb;help;completions' {
            break
        }
        'cruddur-ddb;help;man' {
            break
        }
        'cruddur-ddb;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
