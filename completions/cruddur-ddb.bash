_cruddur__ddb() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="cruddur__ddb"
                ;;
            cruddur__ddb,completions)
                cmd="cruddur__ddb__subcmd__completions"
                ;;
            cruddur__ddb,config)
                cmd="cruddur__ddb__subcmd__config"
                ;;
            cruddur__ddb,doctor)
                cmd="cruddur__ddb__subcmd__doctor"
                ;;
            cruddur__ddb,help)
                cmd="cruddur__ddb__subcmd__help"
                ;;
            cruddur__ddb,man)
                cmd="cruddur__ddb__subcmd__man"
                ;;
            cruddur__ddb,pattern)
                cmd="cruddur__ddb__subcmd__pattern"
                ;;
            cruddur__ddb,schema)
                cmd="cruddur__ddb__subcmd__schema"
                ;;
            cruddur__ddb,seed)
                cmd="cruddur__ddb__subcmd__seed"
                ;;
            cruddur__ddb,stream)
                cmd="cruddur__ddb__subcmd__stream"
                ;;
            cruddur__ddb,table)
                cmd="cruddur__ddb__subcmd__table"
                ;;
            cruddur__ddb,ui)
                cmd="cruddur__ddb__subcmd__ui"
                ;;
            cruddur__ddb__subcmd__help,completions)
                cmd="cruddur__ddb__subcmd__help__subcmd__completions"
                ;;
            cruddur__ddb__subcmd__help,config)
                cmd="cruddur__ddb__subcmd__help__subcmd__config"
                ;;
            cruddur__ddb__subcmd__help,doctor)
                cmd="cruddur__ddb__subcmd__help__subcmd__doctor"
                ;;
            cruddur__ddb__subcmd__help,help)
                cmd="cruddur__ddb__subcmd__help__subcmd__help"
                ;;
            cruddur__ddb__subcmd__help,man)
                cmd="cruddur__ddb__subcmd__help__subcmd__man"
                ;;
            cruddur__ddb__subcmd__help,pattern)
                cmd="cruddur__ddb__subcmd__help__subcmd__pattern"
                ;;
            cruddur__ddb__subcmd__help,schema)
                cmd="cruddur__ddb__subcmd__help__subcmd__schema"
                ;;
            cruddur__ddb__subcmd__help,seed)
                cmd="cruddur__ddb__subcmd__help__subcmd__seed"
                ;;
            cruddur__ddb__subcmd__help,stream)
                cmd="cruddur__ddb__subcmd__help__subcmd__stream"
                ;;
            cruddur__ddb__subcmd__help,table)
                cmd="cruddur__ddb__subcmd__help__subcmd__table"
                ;;
            cruddur__ddb__subcmd__help,ui)
                cmd="cruddur__ddb__subcmd__help__subcmd__ui"
                ;;
            cruddur__ddb__subcmd__help__subcmd__pattern,create-message)
                cmd="cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__create__subcmd__message"
                ;;
            cruddur__ddb__subcmd__help__subcmd__pattern,create-message-group)
                cmd="cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__create__subcmd__message__subcmd__group"
                ;;
            cruddur__ddb__subcmd__help__subcmd__pattern,get-conversations)
                cmd="cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__get__subcmd__conversations"
                ;;
            cruddur__ddb__subcmd__help__subcmd__pattern,list-conversations)
                cmd="cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__list__subcmd__conversations"
                ;;
            cruddur__ddb__subcmd__help__subcmd__schema,load)
                cmd="cruddur__ddb__subcmd__help__subcmd__schema__subcmd__load"
                ;;
            cruddur__ddb__subcmd__help__subcmd__stream,apply)
                cmd="cruddur__ddb__subcmd__help__subcmd__stream__subcmd__apply"
                ;;
            cruddur__ddb__subcmd__help__subcmd__stream,tail)
                cmd="cruddur__ddb__subcmd__help__subcmd__stream__subcmd__tail"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,backup)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__backup"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,copy)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__copy"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,diff)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__diff"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,drop)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__drop"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,export)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__export"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,import)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__import"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,list)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__list"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,restore)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__restore"
                ;;
            cruddur__ddb__subcmd__help__subcmd__table,scan)
                cmd="cruddur__ddb__subcmd__help__subcmd__table__subcmd__scan"
                ;;
            cruddur__ddb__subcmd__pattern,create-message)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__create__subcmd__message"
                ;;
            cruddur__ddb__subcmd__pattern,create-message-group)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__create__subcmd__message__subcmd__group"
                ;;
            cruddur__ddb__subcmd__pattern,get-conversations)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__get__subcmd__conversations"
                ;;
            cruddur__ddb__subcmd__pattern,help)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__help"
                ;;
            cruddur__ddb__subcmd__pattern,list-conversations)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__list__subcmd__conversations"
                ;;
            cruddur__ddb__subcmd__pattern__subcmd__help,create-message)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__create__subcmd__message"
                ;;
            cruddur__ddb__subcmd__pattern__subcmd__help,create-message-group)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__create__subcmd__message__subcmd__group"
                ;;
            cruddur__ddb__subcmd__pattern__subcmd__help,get-conversations)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__get__subcmd__conversations"
                ;;
            cruddur__ddb__subcmd__pattern__subcmd__help,help)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__help"
                ;;
            cruddur__ddb__subcmd__pattern__subcmd__help,list-conversations)
                cmd="cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__list__subcmd__conversations"
                ;;
            cruddur__ddb__subcmd__schema,help)
                cmd="cruddur__ddb__subcmd__schema__subcmd__help"
                ;;
            cruddur__ddb__subcmd__schema,load)
                cmd="cruddur__ddb__subcmd__schema__subcmd__load"
                ;;
            cruddur__ddb__subcmd__schema__subcmd__help,help)
                cmd="cruddur__ddb__subcmd__schema__subcmd__help__subcmd__help"
                ;;
            cruddur__ddb__subcmd__schema__subcmd__help,load)
                cmd="cruddur__ddb__subcmd__schema__subcmd__help__subcmd__load"
                ;;
            cruddur__ddb__subcmd__stream,apply)
                cmd="cruddur__ddb__subcmd__stream__subcmd__apply"
                ;;
            cruddur__ddb__subcmd__stream,help)
                cmd="cruddur__ddb__subcmd__stream__subcmd__help"
                ;;
            cruddur__ddb__subcmd__stream,tail)
                cmd="cruddur__ddb__subcmd__stream__subcmd__tail"
                ;;
            cruddur__ddb__subcmd__stream__subcmd__help,apply)
                cmd="cruddur__ddb__subcmd__stream__subcmd__help__subcmd__apply"
                ;;
            cruddur__ddb__subcmd__stream__subcmd__help,help)
                cmd="cruddur__ddb__subcmd__stream__subcmd__help__subcmd__help"
                ;;
            cruddur__ddb__subcmd__stream__subcmd__help,tail)
                cmd="cruddur__ddb__subcmd__stream__subcmd__help__subcmd__tail"
                ;;
            cruddur__ddb__subcmd__table,backup)
                cmd="cruddur__ddb__subcmd__table__subcmd__backup"
                ;;
            cruddur__ddb__subcmd__table,copy)
                cmd="cruddur__ddb__subcmd__table__subcmd__copy"
                ;;
            cruddur__ddb__subcmd__table,diff)
                cmd="cruddur__ddb__subcmd__table__subcmd__diff"
                ;;
            cruddur__ddb__subcmd__table,drop)
                cmd="cruddur__ddb__subcmd__table__subcmd__drop"
                ;;
            cruddur__ddb__subcmd__table,export)
                cmd="cruddur__ddb__subcmd__table__subcmd__export"
                ;;
            cruddur__ddb__subcmd__table,help)
                cmd="cruddur__ddb__subcmd__table__subcmd__help"
                ;;
            cruddur__ddb__subcmd__table,import)
                cmd="cruddur__ddb__subcmd__table__subcmd__import"
                ;;
            cruddur__ddb__subcmd__table,list)
                cmd="cruddur__ddb__subcmd__table__subcmd__list"
                ;;
            cruddur__ddb__subcmd__table,restore)
                cmd="cruddur__ddb__subcmd__table__subcmd__restore"
                ;;
            cruddur__ddb__subcmd__table,scan)
                cmd="cruddur__ddb__subcmd__table__subcmd__scan"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,backup)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__backup"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,copy)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__copy"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,diff)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__diff"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,drop)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__drop"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,export)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__export"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,help)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__help"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,import)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__import"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,list)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__list"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,restore)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__restore"
                ;;
            cruddur__ddb__subcmd__table__subcmd__help,scan)
                cmd="cruddur__ddb__subcmd__table__subcmd__help__subcmd__scan"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        cruddur__ddb)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version config schema table pattern seed doctor stream ui completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__completions)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__config)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__doctor)
            opts="-y -o -h -V --fix --fix-timestamps --dry-run --skew-seconds --yes --read-capacity-percent --max-rcu --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --skew-seconds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --read-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-rcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help)
            opts="config schema table pattern seed doctor stream ui completions man help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__config)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__doctor)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__man)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__pattern)
            opts="get-conversations list-conversations create-message-group create-message"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__create__subcmd__message)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__create__subcmd__message__subcmd__group)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__get__subcmd__conversations)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__pattern__subcmd__list__subcmd__conversations)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__schema)
            opts="load"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__schema__subcmd__load)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__seed)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__stream)
            opts="apply tail"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__stream__subcmd__apply)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__stream__subcmd__tail)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table)
            opts="list scan backup drop restore export import copy diff"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__backup)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__copy)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__diff)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__drop)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__export)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__import)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__list)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__restore)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__table__subcmd__scan)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__help__subcmd__ui)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__man)
            opts="-o -h -V --dir --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=()
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o plusdirs
                    fi
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version get-conversations list-conversations create-message-group create-message help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__create__subcmd__message)
            opts="-y -o -h -V --group-uuid --handle --user-uuid --yes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --group-uuid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --handle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-uuid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__create__subcmd__message__subcmd__group)
            opts="-y -o -h -V --handle --user-uuid --other-handle --other-user-uuid --new --yes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --handle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-uuid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --other-handle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --other-user-uuid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__get__subcmd__conversations)
            opts="-o -h -V --group-uuid --limit --year --since --until --before --all --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --group-uuid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --year)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --before)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__help)
            opts="get-conversations list-conversations create-message-group create-message help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__create__subcmd__message)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__create__subcmd__message__subcmd__group)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__get__subcmd__conversations)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__help__subcmd__list__subcmd__conversations)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__pattern__subcmd__list__subcmd__conversations)
            opts="-o -h -V --handle --user-uuid --limit --year --since --until --before --all --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --handle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --user-uuid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --year)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --since)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --until)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --before)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__schema)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version load help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__schema__subcmd__help)
            opts="load help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__schema__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__schema__subcmd__help__subcmd__load)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__schema__subcmd__load)
            opts="-o -h -V --no-wait --no-stream --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__seed)
            opts="-y -o -h -V --handle --other-handle --group-uuid --messages --users --conversations --seed --replace --yes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --handle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --other-handle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --group-uuid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --messages)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --conversations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__stream)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version apply tail help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__stream__subcmd__apply)
            opts="-y -o -h -V --follow --poll-ms --checkpoint --yes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --poll-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --checkpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__stream__subcmd__help)
            opts="apply tail help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__stream__subcmd__help__subcmd__apply)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__stream__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__stream__subcmd__help__subcmd__tail)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__stream__subcmd__tail)
            opts="-o -h -V --from --checkpoint --once --poll-ms --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --from)
                    COMPREPLY=($(compgen -W "trim-horizon latest" -- "${cur}"))
                    return 0
                    ;;
                --checkpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --poll-ms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version list scan backup drop restore export import copy diff help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__backup)
            opts="-o -h -V --read-capacity-percent --max-rcu --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --read-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-rcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=( $(compgen -f -- "${cur}") ); fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__copy)
            opts="-y -o -h -V --to-env --to-endpoint --to-region --to-profile --create --dry-run --read-capacity-percent --max-rcu --write-capacity-percent --max-wcu --segments --checkpoint --worker --via-export --enable-pitr --anonymize --salt --keep-messages --anonymize-rules --with-users --from-postgres --to-postgres --yes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to-env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --to-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to-profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --read-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-rcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --write-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-wcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --segments)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --checkpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --worker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --via-export)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --salt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --anonymize-rules)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --from-postgres)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to-postgres)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__diff)
            opts="-o -h -V --to-env --to-endpoint --to-region --to-profile --plain --read-capacity-percent --max-rcu --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --to-env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --to-endpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to-profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --read-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-rcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__drop)
            opts="-y -o -h -V --yes --if-exists --backup --no-wait --read-capacity-percent --max-rcu --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --backup)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --read-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-rcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__export)
            opts="-y -o -h -V --s3 --enable-pitr --at --incremental --from --to --view --no-wait --new --yes --read-capacity-percent --max-rcu --segments --checkpoint --worker --merge --anonymize --salt --keep-messages --anonymize-rules --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --s3)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --to)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --view)
                    COMPREPLY=($(compgen -W "new-and-old new" -- "${cur}"))
                    return 0
                    ;;
                --read-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-rcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --segments)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --checkpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --worker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --salt)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --anonymize-rules)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=( $(compgen -f -- "${cur}") ); fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help)
            opts="list scan backup drop restore export import copy diff help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__backup)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__copy)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__diff)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__drop)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__export)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__import)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__restore)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__help__subcmd__scan)
            opts=""
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__import)
            opts="-y -o -h -V --yes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__list)
            opts="-o -h -V --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__restore)
            opts="-y -o -h -V --create --plain --dry-run --checkpoint --write-capacity-percent --max-wcu --yes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --checkpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --write-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-wcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=( $(compgen -f -- "${cur}") ); fi
            return 0
            ;;
        cruddur__ddb__subcmd__table__subcmd__scan)
            opts="-o -h -V --max-items --page-size --segments --consistent-read --attributes --read-capacity-percent --max-rcu --out --checkpoint --worker --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --max-items)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --page-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --segments)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attributes)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --read-capacity-percent)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-rcu)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --out)
                    local oldifs
                    if [ -n "${IFS+x}" ]; then
                        oldifs="$IFS"
                    fi
                    IFS=$'\n'
                    COMPREPLY=($(compgen -f "${cur}"))
                    if [ -n "${oldifs+x}" ]; then
                        IFS="$oldifs"
                    fi
                    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
                        compopt -o filenames
                    fi
                    return 0
                    ;;
                --checkpoint)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --worker)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
        cruddur__ddb__subcmd__ui)
            opts="-o -h -V --handle --allow-writes --env --endpoint-url --s3-endpoint-url --region --profile --table --output --help --version"
            if [[ ${cur} == -* ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --handle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -W "dev prod" -- "${cur}"))
                    return 0
                    ;;
                --endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --s3-endpoint-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --table)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --output)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                -o)
                    COMPREPLY=($(compgen -W "table json jsonl text ddb-json ddb-export" -- "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            if [[ ${cur} == -* ]]; then COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") ); else COMPREPLY=(); compopt +o default 2>/dev/null; fi
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _cruddur__ddb -o nosort -o bashdefault -o default cruddur-ddb
else
    complete -F _cruddur__ddb -o bashdefault -o default cruddur-ddb
fi
