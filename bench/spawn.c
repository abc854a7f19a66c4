/*
 * bench/spawn.c: run one command and report its wall time, CPU time and peak RSS.
 *
 *   spawn REPORT_FD -- COMMAND [ARG]...
 *
 * Writes "wall_s user_s sys_s maxrss_kb code\n" to file descriptor REPORT_FD once COMMAND
 * has ended (code: the exit status, or minus the signal number) and exits with COMMAND's
 * status. stdin/stdout/stderr are passed through untouched.
 *
 * Why a C launcher: Linux keeps ru_maxrss across execve, and a child forked (or vforked) by
 * the Python harness starts with the harness's memory counted in it, so every command would
 * show at least the harness's ~20-30 MB. Forked from this small process, the floor is about
 * 1 MB. scripts/bench.sh compiles it with cc into .local/bench/spawn.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 4 || strcmp(argv[2], "--") != 0) {
        fprintf(stderr, "usage: spawn REPORT_FD -- COMMAND [ARG]...\n");
        return 2;
    }
    int fd = atoi(argv[1]);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0) {
        perror("spawn: fork");
        return 2;
    }
    if (pid == 0) {
        close(fd);
        execvp(argv[3], argv + 3);
        fprintf(stderr, "spawn: cannot run %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    int status;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("spawn: wait4");
            return 2;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : -WTERMSIG(status);
    dprintf(fd, "%.6f %ld.%06ld %ld.%06ld %ld %d\n", wall, (long)ru.ru_utime.tv_sec,
            (long)ru.ru_utime.tv_usec, (long)ru.ru_stime.tv_sec, (long)ru.ru_stime.tv_usec,
            ru.ru_maxrss, code);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
