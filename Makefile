# cruddur-ddb: `make help` lists the targets. ENV=prod aims the data targets at real
# DynamoDB (standard AWS credential chain); the default is DynamoDB Local.
ENV ?= dev
TABLE ?=
# The debug binary, wherever cargo puts it (CARGO_TARGET_DIR is honoured).
BIN ?= $(or $(CARGO_TARGET_DIR),target)/debug/cruddur-ddb
RUN := $(BIN) --env $(ENV)
SERVICES_ENV = eval "$$(scripts/services.sh env)"

.DEFAULT_GOAL := help
.PHONY: help build release install test up down status demo schema-load seed list scan drop \
        patterns completions fmt lint bench clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  make %-12s %s\n", $$1, $$2}' $(MAKEFILE_LIST)
	@echo "  Variables: ENV=dev|prod (default dev), TABLE=name and ARGS=... (for drop)"

build: ## Build the debug binary (target/debug/cruddur-ddb)
	@cargo build --quiet

release: ## Build the optimised binary (target/release/cruddur-ddb)
	cargo build --release

install: ## Install cruddur-ddb into ~/.cargo/bin
	cargo install --locked --path .

test: ## Start test services, run every test, stop what was started
	@scripts/test.sh

up: ## Start DynamoDB Local (:8000) and Postgres (:55432) without Docker
	@scripts/services.sh up

down: ## Stop the local services that `make up` started
	@scripts/services.sh down

status: ## Show whether the local services answer
	@scripts/services.sh status

demo: build ## up + schema load + seed + list + scan + both patterns + a reply + doctor, end to end
	@scripts/services.sh up >/dev/null
	@$(SERVICES_ENV); set -ex; \
	$(RUN) schema load; \
	$(RUN) seed --replace; \
	$(RUN) table list; \
	$(RUN) table scan --max-items 3; \
	$(RUN) pattern get-conversations --limit 10; \
	$(RUN) pattern list-conversations; \
	$(RUN) pattern create-message --group-uuid 5ae290ed-55d1-47a0-bc6d-fe2bc2700399 --handle bayko "Hello from make demo"; \
	$(RUN) doctor
	@echo "demo done: the services keep running (make down stops them)"

schema-load: build ## Create the messages table (idempotent)
	@$(SERVICES_ENV); $(RUN) schema load

seed: build ## Seed the demo conversation (replacing an earlier one)
	@$(SERVICES_ENV); $(RUN) seed --replace

list: build ## List tables
	@$(SERVICES_ENV); $(RUN) table list

scan: build ## Scan the messages table (JSON lines)
	@$(SERVICES_ENV); $(RUN) table scan

drop: build ## Drop TABLE=name (asks first; ARGS="--yes --backup f.jsonl" passes flags)
	@test -n "$(TABLE)" || { echo "usage: make drop TABLE=name [ENV=prod] [ARGS='--backup FILE']" >&2; exit 2; }
	@$(SERVICES_ENV); $(RUN) table drop "$(TABLE)" $(ARGS)

patterns: build ## Run both access patterns
	@$(SERVICES_ENV); $(RUN) pattern get-conversations && $(RUN) pattern list-conversations

completions: build ## Regenerate completions/ and the man pages in doc/ from the binary
	@mkdir -p completions doc
	@set -e; gen() { "$(BIN)" $$1 $$2 > "$$3.tmp" && mv "$$3.tmp" "$$3"; }; \
	gen completions bash completions/cruddur-ddb.bash; \
	gen completions zsh completions/_cruddur-ddb; \
	gen completions fish completions/cruddur-ddb.fish; \
	gen completions elvish completions/cruddur-ddb.elv; \
	gen completions powershell completions/_cruddur-ddb.ps1; \
	rm -rf doc.tmp && "$(BIN)" man --dir doc.tmp && rm -rf doc && mv doc.tmp doc
	@echo "regenerated completions/ and doc/*.1"

fmt: ## Format the code
	cargo fmt

lint: ## rustfmt check and clippy with warnings as errors (as .ci/run gates them)
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings -D unreachable_pub

bench: ## Benchmarks against the AWS CLI and boto3 (writes BENCHMARKS.md)
	@scripts/bench.sh

clean: ## Remove build output and local service state
	@scripts/services.sh down
	cargo clean
	rm -rf .local
