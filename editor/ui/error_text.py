"""An expected error in the drafter's language.

The core words its errors in English (the CLI and the logs read them); an error about a
file also carries a stable `code` and its `params`, which are worded here with tr(). A code
this table does not know, or one missing a param, shows the core's English `problem`:
never an empty or a half-filled message. With no translation loaded the source strings
give back the core's own English words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from editor.core.errors import FileError

translate = QCoreApplication.translate

# another Synoptic holds the session: the drafter may open it read-only
LOCKED = frozenset({"session-locked", "session-locked-unknown"})


def wordings() -> dict[str, tuple[str, tuple[str, ...]]]:
    """code -> (the problem in the UI language, {0}, {1}... standing for these params)."""
    return {
        # what the file is: the fix to apply
        "legacy-doc": (translate(
            "ErrorText", "legacy binary Word .doc file (Word 97-2003): save it as .docx"), ()),
        "encrypted-docx": (translate(
            "ErrorText", "password-protected (encrypted) DOCX: remove the password in Word "
                         "and save again"), ()),
        "pdf-file": (translate(
            "ErrorText", "PDF file: open it in Word and save it as .docx"), ()),
        "rtf-file": (translate(
            "ErrorText", "RTF file: open it in Word and save it as .docx"), ()),
        "strict-open-xml": (translate(
            "ErrorText", "Strict Open XML document: save it in Word as a standard .docx"), ()),
        "unknown-encoding": (translate(
            "ErrorText", "not UTF-8 or UTF-16 text (unknown encoding): save it as UTF-8"), ()),
        "unknown-content": (translate(
            "ErrorText", "not a Word document nor a text file (unrecognised binary "
                         "content)"), ()),
        "unknown-kind": (translate("ErrorText", "unrecognised kind of file ({0})"), ("kind",)),
        "proposals-as-base": (translate(
            "ErrorText", "it holds proposals ({0}): import it as proposals"), ("ids",)),
        "no-proposals": (translate(
            "ErrorText", "no proposal found in it (no MOD, ADD, SUP or NOC line with a "
                         "proposal id such as ARB/79A3/1): is it a base resolution?"), ()),
        "no-targets": (translate(
            "ErrorText", "no proposal in it has a target resolution ({0}: no line like "
                         "'RÉSOLUTION 101' under it)"), ("proposal",)),
        # what the session already holds
        "already-loaded": (translate("ErrorText", "already in the session (as {0})"),
                           ("loaded",)),
        "name-loaded": (translate(
            "ErrorText", "another document of that name is already in the session: rename "
                         "the file to import it"), ()),
        "base-loaded": (translate(
            "ErrorText", "Res. {0} is already loaded from {1} (a resolution has one base)"),
            ("number", "loaded")),
        "proposals-loaded": (translate(
            "ErrorText", "proposals {0} are already loaded from {1}"), ("ids", "loaded")),
        "not-word": (translate(
            "ErrorText", "not a Word document (no word/document.xml in the ZIP)"), ()),
        "not-wordprocessingml": (translate(
            "ErrorText", "{0} is not a WordprocessingML document"), ("member",)),
        # where it is
        "missing-file": (translate("ErrorText", "file not found"), ()),
        "is-folder": (translate("ErrorText", "is a folder, not a file"), ()),
        "not-regular-file": (translate("ErrorText", "is not a regular file"), ()),
        "not-a-file": (translate("ErrorText", "not a file"), ()),
        "unreadable": (translate("ErrorText", "cannot be read: {0}"), ("reason",)),
        "unwritable": (translate("ErrorText", "cannot be written: {0}"), ("reason",)),
        "no-samples": (translate(
            "ErrorText", "no sample documents found (run resources/samples/build.py)"), ()),
        "empty-file": (translate("ErrorText", "empty file (0 bytes)"), ()),
        "too-large": (translate(
            "ErrorText", "too big for a text file ({0} MB, limit {1} MB)"), ("size", "limit")),
        # a damaged or hostile archive
        "not-a-zip": (translate(
            "ErrorText", "corrupt or truncated ZIP archive (not a readable .docx)"), ()),
        "zip-unopenable": (translate(
            "ErrorText", "cannot open as a ZIP archive: {0}"), ("detail",)),
        "zip-unsupported": (translate(
            "ErrorText", "uses ZIP features this reader does not support ({0})"), ("detail",)),
        "zip-members": (translate(
            "ErrorText", "ZIP archive has {0} members (limit {1})"), ("count", "limit")),
        "zip-bomb": (translate(
            "ErrorText", "ZIP archive declares over {0} MB uncompressed (ZIP bomb?): "
                         "refused"), ("limit",)),
        "zip-bomb-ratio": (translate(
            "ErrorText", "ZIP member {0} compresses {1}:1 (ZIP bomb?): refused"),
            ("member", "ratio")),
        "zip-bomb-member": (translate(
            "ErrorText", "{0} inflates past {1} MB (ZIP bomb?): refused"), ("member", "limit")),
        "encrypted-member": (translate(
            "ErrorText", "{0} is encrypted inside the ZIP archive"), ("member",)),
        "corrupt-member": (translate(
            "ErrorText", "corrupt ZIP member {0}: {1}"), ("member", "detail")),
        "zip-compression": (translate(
            "ErrorText", "{0} uses an unsupported ZIP compression"), ("member",)),
        "inflate-failed": (translate(
            "ErrorText", "cannot inflate {0}: {1}"), ("member", "detail")),
        "empty-member": (translate("ErrorText", "{0} is empty"), ("member",)),
        "xml-entities": (translate(
            "ErrorText", "{0} declares a DTD or entities (unsafe XML): refused"), ("member",)),
        "xml-dtd": (translate(
            "ErrorText", "{0} declares a DTD (unsafe XML): refused"), ("member",)),
        "malformed-xml": (translate(
            "ErrorText", "malformed XML in {0}: {1}"), ("member", "detail")),
        "xml-too-deep": (translate(
            "ErrorText", "XML nested too deeply to be a Word document"), ()),
        # sessions
        "session-locked": (translate(
            "ErrorText", "already open in another Synoptic (user {0}, process {1} on {2}); "
                         "open it read-only"), ("user", "pid", "host")),
        "session-locked-unknown": (translate(
            "ErrorText", "already open in another Synoptic (unknown process); open it "
                         "read-only"), ()),
        "session-lock-failed": (translate("ErrorText", "could not lock the session file"), ()),
        "session-read-only": (translate(
            "ErrorText", "opened read-only: nothing can be changed"), ()),
        "session-exists": (translate("ErrorText", "a file of that name already exists"), ()),
        "session-missing": (translate("ErrorText", "no such session file"), ()),
        "session-not-file": (translate("ErrorText", "not a file"), ()),
        "session-not-sqlite": (translate(
            "ErrorText", "not a Synoptic session (not an SQLite database)"), ()),
        "session-foreign": (translate(
            "ErrorText", "not a Synoptic session (an SQLite database of another program)"), ()),
        "session-no-version": (translate(
            "ErrorText", "not a Synoptic session (no format version)"), ()),
        "session-newer": (translate(
            "ErrorText", "made by a newer Synoptic (session format {0}, this one reads up to "
                         "{1}): update Synoptic to open it"), ("version", "supported")),
        "session-old-format": (translate(
            "ErrorText", "an older session format: open it for writing once to upgrade"), ()),
        "session-corrupted": (translate(
            "ErrorText", "the session file is corrupted ({0})"), ("detail",)),
        "session-unexpected": (translate(
            "ErrorText", "unexpected content in session file: {0}"), ("found",)),
        "session-missing-tables": (translate(
            "ErrorText", "session file is missing tables: {0}"), ("tables",)),
        "session-missing-columns": (translate(
            "ErrorText", "session file table {0} lacks columns: {1}"), ("table", "columns")),
        "session-unknown-states": (translate(
            "ErrorText", "session file has unknown decision states: {0}"), ("states",)),
        "session-write-refused": (translate(
            "ErrorText", "could not be saved ({0}): an error in Synoptic, the file is not "
                         "damaged"), ("detail",)),
        "merge-same-session": (translate(
            "ErrorText", "is this session itself: choose a colleague's session file"), ()),
        "merge-other-documents": (translate(
            "ErrorText", "not the same documents: only in theirs {0}, only in ours {1}"),
            ("theirs", "ours")),
    }


def problem_text(err: FileError) -> str:
    """The problem in the UI language; the core's English for a code not worded here."""
    wording = wordings().get(err.code)
    if wording is None or any(name not in err.params for name in wording[1]):
        return err.problem
    text, names = wording
    return text.format(*(err.params[name] for name in names))


def error_text(err: BaseException) -> str:
    """What a dialog shows of `err`: the file's name and the problem, one line, in the UI
    language when it is an error about a file (`str(err)` otherwise)."""
    if isinstance(err, FileError):
        return translate("ErrorText", "{0}: {1}").format(err.name, problem_text(err))
    return str(err)
