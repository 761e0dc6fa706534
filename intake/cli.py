"""The `intake` command. Every command is a thin wrapper over one library function."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Never

from tqdm import tqdm

from intake import export, triage
from intake.calls import load_calls
from intake.errors import ConfigError, IntakeError
from intake.logs import configure
from intake.notify import acknowledge_pending, render_digest, send_digest
from intake.pipeline import Pipeline, RunReport, reprocess
from intake.runner import (
    PollResult,
    SourceSpec,
    after_poll_acknowledgements,
    mailbox_specs,
    run_poll,
    spec_for,
)
from intake.settings import Mailbox, Settings, load_settings
from intake.signals import stop_on_signals
from intake.sources import MailSource, open_source
from intake.sources.mailboxes import source_for
from store import queries, submissions
from store.db import connect, redact

log = logging.getLogger("intake")


def _settings(args: argparse.Namespace) -> Settings:
    settings = load_settings(Path(args.config) if args.config else None)
    changes: dict[str, object] = {}
    if args.data_dir:
        changes["data_dir"] = Path(args.data_dir)
    if args.db:
        changes["database_url"] = args.db
    return settings.with_overrides(**changes) if changes else settings


def _pipeline(settings: Settings) -> Pipeline:
    calls = load_calls(Path(settings.calls_dir) if settings.calls_dir else None)
    return Pipeline(settings, connect(settings.db_url), calls)


def _specs(settings: Settings, spec: str | None) -> list[SourceSpec]:
    if spec:
        # A source named on the command line is opened now, so a typo is a one-line error.
        source: MailSource
        if spec.startswith(("imap://", "imaps://", "imap+starttls://")):
            cafile = os.environ.get("INTAKE_IMAP_CAFILE", "")
            source = source_for(Mailbox(name="command line", url=spec, cafile=cafile))
        else:
            source = open_source(spec)
        return [SourceSpec(source.name, lambda: source, folder=source.folder)]
    if not settings.mailboxes:
        raise ConfigError(
            "no mailbox configured: pass --source, or add a [[mailbox]] to the settings"
        )
    return mailbox_specs(settings.mailboxes)


def _poll(pipeline: Pipeline, specs: Sequence[SourceSpec]) -> PollResult:
    bars: list[tqdm[Never]] = []

    def progress(label: str) -> Callable[[str], None]:
        bar = tqdm(desc=f"reading {label}", unit="msg", file=sys.stderr, disable=None, leave=False)
        bars.append(bar)

        def advance(_location: str) -> None:
            bar.update(1)

        return advance

    with stop_on_signals() as stop:
        try:
            return run_poll(pipeline, specs, progress, stop)
        finally:
            for bar in bars:
                bar.close()


def _print_reports(reports: Sequence[RunReport]) -> int:
    failed = False
    for r in reports:
        print(
            f"{r.source}: fetched {r.fetched}, new {r.new}, duplicates {r.duplicates}, "
            f"failed {r.failed}" + (f"; error: {'; '.join(r.errors)}" if r.errors else "")
        )
        failed = failed or bool(r.errors)
    return 1 if failed else 0


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not args.once:
        return cmd_worker(args)
    pipeline = _pipeline(settings)
    result = _poll(pipeline, _specs(settings, args.source))
    if result.busy:
        print("another poll is running; nothing done", file=sys.stderr)
        return 0
    code = _print_reports(result.reports)
    if settings.ack_enabled:
        acks = after_poll_acknowledgements(settings, pipeline.engine)
        print(f"acknowledgements: {acks}")
    return code


def cmd_worker(args: argparse.Namespace) -> int:
    from intake.worker import run_worker

    overrides = {k: v for k, v in (("database_url", args.db), ("data_dir", args.data_dir)) if v}
    return run_worker(_settings(args), args.config, overrides)


def cmd_export(args: argparse.Namespace) -> int:
    settings = _settings(args)
    engine = connect(settings.db_url)
    if args.output and args.output != "-":
        with Path(args.output).open("w", encoding="utf-8") as out:
            count = export.write_jsonl(engine, out, args.public, args.accepted)
        print(f"wrote {count} messages to {args.output}", file=sys.stderr)
    else:
        export.write_jsonl(engine, sys.stdout, args.public, args.accepted)
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    engine = connect(_settings(args).db_url)
    print(triage.render_queue(queries.queue(engine, include_done=args.all)))
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    view = queries.submission(connect(_settings(args).db_url), args.id)
    if view is None:
        raise IntakeError(f"no submission {args.id}")
    print(triage.render_submission(view))
    return 0


def cmd_review(args: argparse.Namespace) -> int:
    engine = connect(_settings(args).db_url)
    corrections = []
    for item in args.set or []:
        name, sep, value = item.partition("=")
        if not sep or name not in (
            "call",
            "party",
            "kind",
            "language",
            "late",
            "doc_type",
            "confidential",
        ):
            raise IntakeError(
                f"--set takes NAME=VALUE with NAME one of call, party, kind, language, "
                f"late, doc_type, confidential; not {item!r}"
            )
        if name in ("doc_type", "confidential") and args.document is None:
            raise IntakeError(f"--set {name}=... needs --document ID")
        document = args.document if name in ("doc_type", "confidential", "language") else None
        corrections.append((document, name, value or None))
    status = "accepted" if args.accept else "rejected" if args.reject else None
    try:
        submissions.review(
            engine, args.id, args.reviewer, status=status, corrections=corrections, note=args.note
        )
    except KeyError as exc:
        raise IntakeError(f"no submission {args.id}") from exc
    view = queries.submission(engine, args.id)
    assert view is not None
    print(triage.render_submission(view))
    return 0


def cmd_reprocess(args: argparse.Namespace) -> int:
    pipeline = _pipeline(_settings(args))
    report = reprocess(pipeline, args.delivery or None)
    return _print_reports([report])


def cmd_acknowledge(args: argparse.Namespace) -> int:
    settings = _settings(args)
    since = None
    if args.since:
        try:
            since = dt.datetime.fromisoformat(args.since).replace(tzinfo=dt.UTC)
        except ValueError as exc:
            raise IntakeError(
                f"--since takes a date such as 2021-01-20, not {args.since!r}"
            ) from exc
    report = acknowledge_pending(settings, connect(settings.db_url), since)
    if not report.enabled:
        print("acknowledgements are off (ack_enabled = false): nothing sent")
        return 0
    print(f"acknowledgements: {report.counts()}")
    for submission_id, reason in report.failed:
        print(f"  submission {submission_id} failed: {reason}")
    return 1 if report.failed else 0


def cmd_digest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    engine = connect(settings.db_url)
    if args.print:
        print(render_digest(engine))
        return 0
    report = send_digest(settings, engine)
    print(f"digest sent to {', '.join(report.recipients)}")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from intake.backup import backup

    report = backup(_settings(args), Path(args.output))
    print(
        f"backup {report.path}: {report.database} database, {report.deliveries} deliveries, "
        f"{report.files} archived files"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from intake.backup import restore

    report = restore(_settings(args), Path(args.file), force=args.force)
    print(
        f"restored {report.path}: {report.database} database, {report.deliveries} deliveries, "
        f"{report.files} archived files"
    )
    return 0


def cmd_species(args: argparse.Namespace) -> int:
    if not (args.name or args.genus):
        raise IntakeError("give a species (e.g. 'Psittacus erithacus') or --genus NAME")
    hits = queries.species_search(
        connect(_settings(args).db_url), args.name or "", args.genus or "", args.public
    )
    for hit in hits:
        party = hit.submission.party or "-"
        state = "CONFIDENTIAL" if hit.document.confidential else "public"
        print(
            f"{hit.name:32} x{hit.count:<3} submission {hit.submission.id} ({party}, "
            f"{hit.submission.call_reference or '-'})  [{hit.document.id}] {hit.document.filename}  {state}"
        )
    print(f"{len(hits)} document(s)")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from intake.evaluate import DECISIONS, evaluate, report

    directory = Path(args.dir) if args.dir else Path.cwd() / "eval"
    if not directory.is_dir():
        directory = Path(__file__).resolve().parents[1] / "eval"
    if not directory.is_dir():
        raise IntakeError("no evaluation set: pass --dir (the repository's eval/ folder)")
    print(report(evaluate(directory, args.decision or DECISIONS), verbose=args.verbose))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    settings = _settings(args)
    print(f"Database: {redact(settings.db_url)}")
    print(triage.render_status(queries.status(connect(settings.db_url))))
    return 0


def cmd_calls(args: argparse.Namespace) -> int:
    settings = _settings(args)
    for call in load_calls(Path(settings.calls_dir) if settings.calls_dir else None):
        deadline = f"deadline {call.deadline} ({call.timezone})" if call.deadline else "no deadline"
        print(f"{call.reference:24} {deadline:36} {call.titles['en']}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not args.data_dir:
        settings = settings.with_overrides(data_dir=Path("intake-demo"))
    if not args.db:
        settings = settings.with_overrides(database_url="")
    pipeline = _pipeline(settings)
    with resources.as_file(resources.files("intake") / "demo_mailbox") as mailbox:
        code = _print_reports(_poll(pipeline, [spec_for(str(mailbox))]).reports)
    print(f"\nDatabase: {redact(settings.db_url)}\n")
    print(triage.render_queue(queries.queue(pipeline.engine)))
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="intake", description=__doc__)
    parser.add_argument("--db", help="database URL (default: SQLite in the data directory)")
    parser.add_argument(
        "--config", help="settings file (default: the bundled config/settings.toml)"
    )
    parser.add_argument("--data-dir", help="where the raw archive and default database live")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug details")
    parser.add_argument("--log-format", choices=("text", "json"), help="log line format")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = sub.add_parser("run", help="poll the mailbox(es) and process new messages")
    run.add_argument("--once", action="store_true", help="poll once and exit (for cron/systemd)")
    run.add_argument("--source", help="a Maildir, a folder of message files, or an IMAP URL")
    run.set_defaults(func=cmd_run)

    worker = sub.add_parser("worker", help="poll on the configured schedule until stopped")
    worker.set_defaults(func=cmd_worker)

    exp = sub.add_parser("export", help="write one JSON object per received message")
    exp.add_argument("--format", choices=("jsonl",), default="jsonl")
    exp.add_argument(
        "--public", action="store_true", help="leave out confidential documents and senders"
    )
    exp.add_argument(
        "--accepted",
        action="store_true",
        help="only the submissions a reviewer has accepted (with --public: what to publish)",
    )
    exp.add_argument("--output", "-o", help="file to write (default: standard output)")
    exp.set_defaults(func=cmd_export)

    q = sub.add_parser("queue", help="print the triage queue")
    q.add_argument("--all", action="store_true", help="include accepted and rejected submissions")
    q.set_defaults(func=cmd_queue)

    show = sub.add_parser("show", help="print one submission with its documents and flags")
    show.add_argument("id", type=int)
    show.set_defaults(func=cmd_show)

    rev = sub.add_parser("review", help="accept, reject, correct or annotate a submission")
    rev.add_argument("id", type=int)
    rev.add_argument("--reviewer", required=True, help="who is reviewing (kept with each action)")
    group = rev.add_mutually_exclusive_group()
    group.add_argument("--accept", action="store_true")
    group.add_argument("--reject", action="store_true")
    rev.add_argument(
        "--set",
        action="append",
        metavar="NAME=VALUE",
        help="correct a decision: call, party, kind, language, late, doc_type, confidential",
    )
    rev.add_argument(
        "--document",
        type=int,
        help="the document a doc_type/confidential/language correction is for",
    )
    rev.add_argument("--note", help="add a note")
    rev.set_defaults(func=cmd_review)

    rep = sub.add_parser("reprocess", help="run the stages again from the archived raw messages")
    rep.add_argument(
        "--delivery", type=int, action="append", help="only this delivery (repeatable)"
    )
    rep.set_defaults(func=cmd_reprocess)

    st = sub.add_parser("status", help="last runs, counts, mailbox states and recent errors")
    st.set_defaults(func=cmd_status)

    ack = sub.add_parser("acknowledge", help="send the acknowledgements of receipt not sent yet")
    ack.add_argument(
        "--since", help="consider submissions received since this date (default: 3 days)"
    )
    ack.set_defaults(func=cmd_acknowledge)

    digest = sub.add_parser("digest", help="send the digest to the Secretariat (digest_to)")
    digest.add_argument(
        "--print", action="store_true", help="print it instead; nothing is recorded"
    )
    digest.set_defaults(func=cmd_digest)

    sp = sub.add_parser("species", help="documents that name a species or a genus")
    sp.add_argument(
        "name", nargs="?", help="a Latin name, e.g. 'Psittacus erithacus' or 'Manis spp.'"
    )
    sp.add_argument("--genus", help="every species of a genus, e.g. Psittacus")
    sp.add_argument("--public", action="store_true", help="only documents the public may see")
    sp.set_defaults(func=cmd_species)

    ev = sub.add_parser("eval", help="precision and recall of every decision on the labelled set")
    ev.add_argument("--dir", help="the evaluation set (default: ./eval, else the repository's)")
    ev.add_argument(
        "--decision",
        action="append",
        choices=("confidentiality", "doc_type", "language", "party", "call"),
        help="only this decision (repeatable)",
    )
    ev.add_argument("-v", "--verbose", action="store_true", help="list every error")
    ev.set_defaults(func=cmd_eval)

    bk = sub.add_parser("backup", help="write the database and the raw archive to one tar file")
    bk.add_argument("--output", "-o", required=True, help="the backup file (.tar or .tar.gz)")
    bk.set_defaults(func=cmd_backup)

    rs = sub.add_parser(
        "restore", help="restore a backup into the configured database and data directory"
    )
    rs.add_argument("file", help="a file written by `intake backup`")
    rs.add_argument(
        "--force", action="store_true", help="replace a database that already holds messages"
    )
    rs.set_defaults(func=cmd_restore)

    calls = sub.add_parser("calls", help="list the configured calls for submissions")
    calls.set_defaults(func=cmd_calls)

    demo = sub.add_parser(
        "demo", help="run the pipeline on the bundled sample mailbox and print the queue"
    )
    demo.set_defaults(func=cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings(Path(args.config) if args.config else None)
        configure(
            "DEBUG" if args.verbose else settings.log_level, args.log_format or settings.log_format
        )
        code: int = args.func(args)
        return code
    except IntakeError as exc:
        print(f"intake: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("intake: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
