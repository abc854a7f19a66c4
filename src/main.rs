use cruddur_ddb::error::{Error, Exit};
use cruddur_ddb::{ProcessEnv, RealTerminal};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;

fn exit(code: Exit) -> ExitCode {
    ExitCode::from(code.code() as u8)
}

fn main() -> ExitCode {
    // `source <(COMPLETE=bash cruddur-ddb)`: answers the shell and exits; otherwise a no-op.
    clap_complete::CompleteEnv::with_factory(cruddur_ddb::command).complete();
    let invocation = match cruddur_ddb::parse(std::env::args_os()) {
        Ok(invocation) => invocation,
        Err(e) => {
            let _ = e.print();
            return exit(if e.use_stderr() {
                Exit::Usage
            } else {
                Exit::Ok
            });
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return exit(Exit::Failure);
        }
    };
    // Ctrl-C: a command that can stop cleanly is told; otherwise (or on a second
    // Ctrl-C) stop at once, even while a prompt blocks on stdin, and leave a clean line.
    runtime.spawn(async {
        while tokio::signal::ctrl_c().await.is_ok() {
            if cruddur_ddb::deliver_interrupt() {
                continue;
            }
            let mut err = io::stderr().lock();
            if io::stderr().is_terminal() {
                let _ = write!(err, "\r\x1b[2K");
            }
            let _ = writeln!(err, "interrupted");
            std::process::exit(Error::Interrupted.exit_code());
        }
    });
    let out = Box::new(BufWriter::with_capacity(64 * 1024, io::stdout()));
    let result = runtime.block_on(cruddur_ddb::run(
        invocation,
        std::sync::Arc::new(ProcessEnv),
        out,
        Box::new(io::stderr()),
        Box::new(RealTerminal),
    ));
    runtime.shutdown_background();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.is_broken_pipe() => ExitCode::SUCCESS,
        Err(Error::Interrupted) => {
            eprintln!("interrupted");
            exit(Exit::Interrupted)
        }
        Err(Error::Stopped(what)) => {
            eprintln!("{what}");
            exit(Exit::Interrupted)
        }
        Err(e) => {
            // One line, whatever the SDK's message looked like.
            let text = e.to_string();
            let line: Vec<&str> = text.split_whitespace().collect();
            eprintln!("error: {}", line.join(" "));
            exit(e.exit())
        }
    }
}
