use cruddur_ddb::{ProcessEnv, RealTerminal};
use std::io::{self, BufWriter};
use std::process::ExitCode;
use std::sync::Arc;

fn main() -> ExitCode {
    // `source <(COMPLETE=bash cruddur-ddb)`: answers the shell and exits; otherwise a no-op.
    clap_complete::CompleteEnv::with_factory(cruddur_ddb::command).complete();
    let invocation = match cruddur_ddb::parse(std::env::args_os()) {
        Ok(invocation) => invocation,
        Err(e) => return cruddur_ddb::usage(&e),
    };
    let runtime = match cruddur_ddb::runtime() {
        Ok(runtime) => runtime,
        Err(e) => return cruddur_ddb::finish(Err(e)),
    };
    // A Ctrl-C no command takes stops the process at once.
    runtime.spawn(async { std::process::exit(cruddur_ddb::unhandled_ctrl_c().await) });
    let result = runtime.block_on(cruddur_ddb::run(
        invocation,
        Arc::new(ProcessEnv),
        Box::new(BufWriter::with_capacity(64 * 1024, io::stdout())),
        Box::new(io::stderr()),
        Box::new(RealTerminal),
    ));
    runtime.shutdown_background();
    cruddur_ddb::finish(result)
}
