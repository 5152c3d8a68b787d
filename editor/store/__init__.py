"""Session files (SQLite through sqlite-utils): the only package that touches a database."""

from editor.store.merge import Disagreement, MergeReport, merge_session
from editor.store.session import AuditEntry, Session, StoredDocument

__all__ = ["AuditEntry", "Disagreement", "MergeReport", "Session", "StoredDocument", "merge_session"]
