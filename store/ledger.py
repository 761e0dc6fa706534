"""The processed-mail ledger: deliveries, per-folder cursors, runs and events.

The database enforces the ledger (a unique delivery key and a unique UID per folder and
UIDVALIDITY), so two runs can never record the same copy twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from intake.domain import RawMessage
from store.models import Delivery, Event, MailboxState, Run, utcnow


class Ledger:
    """Deliveries and cursors; implements `intake.sources.Ledger` for the sources."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def cursor(self, source: str, folder: str) -> tuple[int | None, int]:
        with Session(self.engine) as session:
            state = session.exec(
                select(MailboxState).where(
                    MailboxState.source == source, MailboxState.folder == folder
                )
            ).first()
            if state is None:
                return None, 0
            return state.uidvalidity, state.last_uid

    def known(self, key: str) -> bool:
        with Session(self.engine) as session:
            return session.exec(select(Delivery.id).where(Delivery.key == key)).first() is not None

    def record_delivery(self, message: RawMessage, raw_sha256: str, run_id: str) -> int | None:
        """Record a delivery whose raw bytes are archived, and advance the folder's cursor in the
        same transaction. None when this copy was already recorded (a re-run, or another run)."""
        with Session(self.engine) as session:
            delivery = Delivery(
                key=message.delivery_key,
                source=message.source,
                folder=message.folder,
                uidvalidity=message.uidvalidity,
                uid=message.uid,
                raw_sha256=raw_sha256,
                raw_size=len(message.raw),
                internaldate=message.internaldate,
                run_id=run_id,
            )
            session.add(delivery)
            if message.uid is not None:
                self._advance(session, message)
            try:
                session.commit()
            except IntegrityError:
                session.rollback()
                if message.uid is not None:
                    self._advance(session, message)
                    session.commit()
                return None
            assert delivery.id is not None
            return delivery.id

    @staticmethod
    def _advance(session: Session, message: RawMessage) -> None:
        with session.no_autoflush:
            state = session.exec(
                select(MailboxState).where(
                    MailboxState.source == message.source, MailboxState.folder == message.folder
                )
            ).first()
        if state is None:
            state = MailboxState(source=message.source, folder=message.folder)
        if state.uidvalidity != message.uidvalidity:
            state.uidvalidity, state.last_uid = message.uidvalidity, 0
        state.last_uid = max(state.last_uid, message.uid or 0)
        state.last_run_at = utcnow()
        session.add(state)

    def note_source(self, source: str, folder: str, error: str | None) -> None:
        """Remember when a source was last read and its last error (None: it went well)."""
        with Session(self.engine) as session:
            state = session.exec(
                select(MailboxState).where(
                    MailboxState.source == source, MailboxState.folder == folder
                )
            ).first()
            if state is None:
                state = MailboxState(source=source, folder=folder)
            state.last_run_at = utcnow()
            state.last_error = error
            session.add(state)
            session.commit()

    def pending(self, max_attempts: int, only: Sequence[int] | None = None) -> list[int]:
        """Deliveries stored but not processed yet (or failed, under the retry limit)."""
        with Session(self.engine) as session:
            query = select(Delivery.id).where(
                col(Delivery.status).in_(("stored", "failed")), Delivery.attempts < max_attempts
            )
            if only is not None:
                query = query.where(col(Delivery.id).in_(only))
            return [
                i for i in session.exec(query.order_by(col(Delivery.id))).all() if i is not None
            ]

    def delivery(self, delivery_id: int) -> Delivery:
        with Session(self.engine) as session:
            found = session.get(Delivery, delivery_id)
            if found is None:
                raise KeyError(delivery_id)
            return found

    def all_deliveries(self) -> list[int]:
        with Session(self.engine) as session:
            query = select(Delivery.id).where(Delivery.status != "duplicate")
            return [i for i in session.exec(query.order_by(col(Delivery.id))).all() if i]

    def mark_failed(self, delivery_id: int, error: str, run_id: str) -> None:
        with Session(self.engine) as session:
            delivery = session.get(Delivery, delivery_id)
            if delivery is None:
                return
            delivery.status = "failed"
            delivery.attempts += 1
            delivery.last_error = error
            session.add(delivery)
            session.add(
                Event(
                    run_id=run_id,
                    delivery_id=delivery_id,
                    stage="process",
                    level="error",
                    detail=error,
                )
            )
            session.commit()

    def reset_attempts(self, delivery_ids: Sequence[int]) -> None:
        """Make deliveries eligible for processing again (the `reprocess` command)."""
        with Session(self.engine) as session:
            for delivery in session.exec(
                select(Delivery).where(col(Delivery.id).in_(delivery_ids))
            ):
                delivery.attempts = 0
                if delivery.status == "failed":
                    delivery.status = "stored"
                session.add(delivery)
            session.commit()

    def start_run(self, source: str) -> str:
        run_id = uuid.uuid4().hex[:12]
        with Session(self.engine) as session:
            session.add(Run(id=run_id, source=source))
            session.commit()
        return run_id

    def finish_run(
        self, run_id: str, status: str, counts: dict[str, int], error: str | None
    ) -> None:
        with Session(self.engine) as session:
            run = session.get(Run, run_id)
            if run is None:
                return
            run.finished_at = utcnow()
            run.status = status
            run.fetched = counts.get("fetched", 0)
            run.new_submissions = counts.get("new", 0)
            run.duplicates = counts.get("duplicates", 0)
            run.failed = counts.get("failed", 0)
            run.error = error
            session.add(run)
            session.commit()

    def event(
        self,
        run_id: str | None,
        stage: str,
        level: str,
        detail: str,
        delivery_id: int | None = None,
        submission_id: int | None = None,
    ) -> None:
        with Session(self.engine) as session:
            session.add(
                Event(
                    run_id=run_id,
                    stage=stage,
                    level=level,
                    detail=detail,
                    delivery_id=delivery_id,
                    submission_id=submission_id,
                )
            )
            session.commit()

    def count_deliveries(self) -> int:
        with Session(self.engine) as session:
            return int(session.exec(select(func.count()).select_from(Delivery)).one())
