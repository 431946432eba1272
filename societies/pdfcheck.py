"""What runs inside the PDF-checking worker process (ADR 0030): parse an upload with pypdf and walk every object.

Deliberately free of Django: the worker is a fresh interpreter (forkserver) that imports only this module and
pypdf, with an address-space limit set by `worker_init` and a wall-clock alarm per file. `inspect` never raises:
it returns None for an acceptable PDF or a (code, detail) pair naming why it is refused. The codes are mapped to
the user's message by societies.uploads.

Refused anywhere in the file: JavaScript (the /JS and /JavaScript keys, JavaScript actions, XFA forms), Launch,
SubmitForm and ImportData actions, go-to actions into embedded or other files, rich media, embedded files and
file attachments, and links whose scheme is not a web or mail address. Ordinary links (GoTo, URI to http(s)
and mailto), bookmarks, form fields without scripts, images and fonts are allowed.
"""

from __future__ import annotations

import io
import re
import resource
import signal

# Refusal codes (societies.uploads turns each into a sentence).
ENCRYPTED = "encrypted"
JAVASCRIPT = "javascript"
LAUNCH = "launch"
SUBMIT_FORM = "submit_form"
IMPORT_DATA = "import_data"
RICH_MEDIA = "rich_media"
EMBEDDED_FILE = "embedded_file"
OTHER_FILE = "other_file"
BAD_LINK = "bad_link"
NO_PAGES = "no_pages"
UNREADABLE = "unreadable"
TOO_SLOW = "too_slow"
TOO_BIG = "too_big"
CRASHED = "crashed"  # set by the parent when a worker dies

# An action's type (/S) that is refused wherever it appears; these names mean nothing else in PDF.
_ACTION_TYPES = {
    "/JavaScript": JAVASCRIPT,
    "/Launch": LAUNCH,
    "/SubmitForm": SUBMIT_FORM,
    "/ImportData": IMPORT_DATA,
    "/RichMediaExecute": RICH_MEDIA,
    "/GoToE": EMBEDDED_FILE,  # go to a PDF embedded in this one
    "/GoToR": OTHER_FILE,  # open another file on the reader's computer
}
# Dictionary keys refused wherever they appear.
_KEYS = {
    "/JS": JAVASCRIPT,  # the script of a JavaScript action (a string or a stream)
    "/JavaScript": JAVASCRIPT,  # the document-level scripts' name tree
    "/XFA": JAVASCRIPT,  # XFA forms carry their own scripts
    "/EmbeddedFiles": EMBEDDED_FILE,
    "/EF": EMBEDDED_FILE,  # a file specification with the file inside
    "/RichMediaContent": RICH_MEDIA,
    "/RichMediaSettings": RICH_MEDIA,
}
_TYPES = {"/EmbeddedFile": EMBEDDED_FILE}
_SUBTYPES = {"/FileAttachment": EMBEDDED_FILE, "/RichMedia": RICH_MEDIA}
_LINK_SCHEMES = {"http", "https", "mailto"}
_SCHEME = re.compile(r"^\s*([A-Za-z][A-Za-z0-9+.\-]*):")
# An object header anywhere in the bytes: objects the cross-reference table does not list (or lists elsewhere)
# are parsed too, because a viewer that repairs the file would find them.
_OBJECT_HEADER = re.compile(rb"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\x00]+([0-9]{1,5})[ \t\r\n\f\x00]+obj\b")


class _OutOfTime(BaseException):
    """Raised by the alarm; a BaseException so that no `except Exception` inside pypdf swallows it."""


def _alarm(signum, frame):
    raise _OutOfTime


def worker_init(memory_bytes: int) -> None:
    """Run once in each worker: cap the address space (a decompression bomb ends in MemoryError, not in the
    host's OOM killer), forbid writing files and core dumps, and install the per-file alarm."""
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGALRM, _alarm)
    import logging

    logging.getLogger("pypdf").setLevel(logging.CRITICAL)  # malformed files are expected; warnings are noise


def inspect(data: bytes, seconds: float) -> tuple[str, str] | None:
    """None if `data` is an acceptable PDF, else (code, detail). Stops after `seconds` of wall-clock time."""
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        return _inspect(data)
    except _OutOfTime:
        return TOO_SLOW, ""
    except MemoryError:
        return TOO_BIG, ""
    except RecursionError:
        return UNREADABLE, "objects nested too deeply"
    except Exception as exc:  # any parser failure is a refusal, never an error page
        return UNREADABLE, _describe(exc)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _describe(exc: Exception) -> str:
    text = " ".join(str(exc).split())[:160]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _inspect(data: bytes) -> tuple[str, str] | None:
    from pypdf import PdfReader
    from pypdf.generic import IndirectObject

    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        return ENCRYPTED, ""
    if len(reader.pages) == 0:
        return NO_PAGES, ""
    walker = _Walker(reader)
    finding = walker.walk([reader.trailer])
    if finding:
        return finding
    # Every object the cross-reference tables list, reachable or not (including those in object streams).
    listed = [IndirectObject(num, gen, reader) for gen, table in reader.xref.items() for num in table]
    listed += [IndirectObject(num, 0, reader) for num in reader.xref_objStm]
    finding = walker.walk(listed)
    if finding:
        return finding
    return walker.walk_unlisted(data)


class _Walker:
    def __init__(self, reader):
        self.reader = reader
        self.seen: set[tuple[int, int]] = set()

    def walk(self, start) -> tuple[str, str] | None:
        from pypdf.filters import decode_stream_data
        from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

        stack = list(start)
        while stack:
            obj = stack.pop()
            if isinstance(obj, IndirectObject):
                key = (obj.idnum, obj.generation)
                if key in self.seen:
                    continue
                self.seen.add(key)
                obj = self.reader.get_object(obj)
            if isinstance(obj, DictionaryObject):
                finding = check_dictionary(obj)
                if finding:
                    return finding
                stack.extend(dict.values(obj))  # unresolved: indirect references are resolved once, above
                if isinstance(obj, StreamObject) and "/Filter" in obj and obj.get("/Subtype") != "/Image":
                    # Decode every stream but pixels (they hold no objects and can be large): a stream that
                    # cannot be decoded is a damaged file, and decoding bombs stop at pypdf's limits or ours.
                    decode_stream_data(obj)
            elif isinstance(obj, ArrayObject):
                stack.extend(list.__iter__(obj))
        return None

    def walk_unlisted(self, data: bytes) -> tuple[str, str] | None:
        """Objects whose header is in the file but which the cross-reference tables do not place there."""
        from pypdf._utils import read_non_whitespace
        from pypdf.generic import StreamObject, read_object

        for match in _OBJECT_HEADER.finditer(data):
            num, gen = int(match.group(1)), int(match.group(2))
            if self.reader.xref.get(gen, {}).get(num) == match.start():
                continue  # the object walked above
            stream = io.BytesIO(data)
            stream.seek(match.end())
            try:
                read_non_whitespace(stream)
                stream.seek(-1, io.SEEK_CUR)
                obj = read_object(stream, self.reader)
                if isinstance(obj, StreamObject) and obj.get("/Type") == "/ObjStm":
                    objects = list(_objects_in_stream(obj, self.reader))
                else:
                    objects = [obj]
            except MemoryError:
                raise
            except Exception:  # bytes that do not parse are no object a viewer would use either
                continue
            finding = self.walk(objects)
            if finding:
                return finding
        return None


def _objects_in_stream(stream, reader):
    """The objects of an object stream parsed directly (for an object stream the tables do not list)."""
    from pypdf.generic import NumberObject, read_object

    data = io.BytesIO(stream.get_data())
    count, first = int(stream["/N"]), int(stream["/First"])
    offsets = []
    for _ in range(min(count, 100_000)):
        NumberObject.read_from_stream(data)
        data.read(1)
        offsets.append(int(NumberObject.read_from_stream(data)))
        data.read(1)
    for offset in offsets:
        data.seek(first + offset)
        yield read_object(data, reader)


def check_dictionary(d) -> tuple[str, str] | None:
    """The refusal a single dictionary calls for (its own keys and values only, not its children)."""
    for key in d:
        if key in _KEYS:
            return _KEYS[key], key
    kind = _name(d, "/S")
    if kind in _ACTION_TYPES:
        return _ACTION_TYPES[kind], kind
    type_ = _name(d, "/Type")
    if type_ in _TYPES:
        return _TYPES[type_], type_
    subtype = _name(d, "/Subtype")
    if subtype in _SUBTYPES:
        return _SUBTYPES[subtype], subtype
    if kind == "/URI":
        uri = _text(d.get("/URI"))
        scheme = _SCHEME.match(uri)
        if scheme and scheme.group(1).lower() not in _LINK_SCHEMES:
            return BAD_LINK, uri[:80]
    return None


def _name(d, key: str) -> str:
    value = dict.get(d, key)
    if value is not None and hasattr(value, "get_object"):
        value = value.get_object()
    return value if isinstance(value, str) and value.startswith("/") else ""


def _text(value) -> str:
    if value is not None and hasattr(value, "get_object"):
        value = value.get_object()
    if isinstance(value, bytes):
        return value.decode("latin-1")
    return str(value or "")
