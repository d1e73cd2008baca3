"""Ingest: read a paper (.txt, .md, .pdf), decode it, reflow PDF-extracted lines.

The result is a :class:`~puerextract.model.Document` whose ``text`` is the clean text (one
paragraph per line), with paragraphs, citation markers and an :class:`OffsetMap` back to the
decoded source (``Document.raw``). Clean text that has no broken lines is kept as it is.
"""

from __future__ import annotations

import re
import stat
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import IngestError
from .grammar import is_han
from .model import Citation, Document, OffsetMap, Paragraph

#: the largest file ingest accepts; larger ones are refused with a clear error.
MAX_BYTES = 20 * 1024 * 1024
SUFFIXES = (".txt", ".md", ".pdf")

_CITATION = re.compile(r"\[\d+(?:\s*[-–~～,，、]\s*\d+)*\]")
_HEADING = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+[\u4e00-\u9fffA-Z][^，。、；,;]{0,40}"
    r"|[一二三四五六七八九十]+、[^，。；,;]{1,30})$"
)
_LABEL = re.compile(
    r"^(?:摘\s*要|关键词|关\s*键\s*词|参考文献|Abstract|Key\s*words|Keywords|References)\s*[:：]?",
    re.IGNORECASE,
)
_PAGE_FURNITURE = re.compile(r"^(?:[-·•]?\s*\d{1,4}\s*[-·•]?|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)$")
_FINAL = "。！？!?.；;"
_CLOSERS = "”’\"')）]】」』"


def is_cjk(ch: str) -> bool:
    """True for Han characters and full-width CJK punctuation."""
    if not ch:
        return False
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3000 <= o <= 0x303F
        or 0xFF00 <= o <= 0xFF65
        or 0xF900 <= o <= 0xFAFF
    )


def visual_width(s: str) -> int:
    """Display width: CJK wide characters count two columns."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


# ----------------------------------------------------------------------------- decoding


def decode_bytes(data: bytes, path: str | Path = "") -> str:
    """Decode UTF-8 (with or without BOM), UTF-16 (BOM) or GB18030, detected from the bytes."""
    if not data.strip():
        raise IngestError("empty file", path)
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8", path)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16", path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None:
        text = _detect(data, path)
    _reject_binary(text, path)
    return text


def _strict(data: bytes, encoding: str, path: str | Path) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise IngestError(f"invalid {encoding} ({exc.reason} at byte {exc.start})", path) from None
    _reject_binary(text, path)
    return text


def _detect(data: bytes, path: str | Path) -> str:
    """Detect the encoding with charset-normalizer; accept the Chinese and UTF-16 families."""
    from charset_normalizer import from_bytes

    # UTF-16 without BOM: many NUL bytes at alternating positions
    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _printable_share(text) > 0.95:
                return text
        raise IngestError("binary file (NUL bytes), not text", path)
    controls = sum(data.count(bytes([b])) for b in range(32) if b not in (9, 10, 12, 13))
    if controls > 0.02 * len(data):
        raise IngestError("binary content (control bytes), not text", path)
    try:
        text = data.decode("gb18030")
        if _printable_share(text) > 0.97 and _han_share(text) > 0.2:
            return text
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None:
        raise IngestError("unknown encoding: not UTF-8, UTF-16 or GB18030, and not detected", path)
    text = str(best)
    if _printable_share(text) < 0.95:
        raise IngestError(f"binary or undecodable content (best guess {best.encoding})", path)
    return text


def _printable_share(text: str) -> float:
    if not text:
        return 0.0
    ok = sum(1 for c in text if c.isprintable() or c in "\n\r\t")
    return ok / len(text)


def _han_share(text: str) -> float:
    letters = [c for c in text if not c.isspace()]
    return sum(1 for c in letters if is_han(c)) / max(1, len(letters))


def _reject_binary(text: str, path: str | Path) -> None:
    sample = text[:200_000]
    if "\x00" in sample or _printable_share(sample) < 0.9:
        raise IngestError("binary content, not text", path)


# ----------------------------------------------------------------------------- PDF


#: pages read from a PDF (a paper has far fewer); the rest is ignored
MAX_PDF_PAGES = 200
#: bytes one PDF stream may inflate to (a zip bomb of 1 GB is refused, not decompressed)
MAX_PDF_STREAM = 64 * 2**20


class PDFStreamTooLarge(Exception):
    """A compressed PDF stream inflates past :data:`MAX_PDF_STREAM`."""


class _BoundedZlib:
    """``zlib`` for pdfminer, whose ``decompress`` stops at :data:`MAX_PDF_STREAM` bytes."""

    def __getattr__(self, name: str) -> Any:
        return getattr(zlib, name)

    @staticmethod
    def decompress(data: bytes, *args: Any) -> bytes:
        d = zlib.decompressobj()
        out = d.decompress(data, MAX_PDF_STREAM)
        if d.unconsumed_tail:
            raise PDFStreamTooLarge()
        return out + d.flush()


def _bound_pdf_streams() -> None:
    """Make pdfminer inflate streams through :class:`_BoundedZlib` (once per process)."""
    import pdfminer.pdftypes

    if not isinstance(pdfminer.pdftypes.zlib, _BoundedZlib):
        pdfminer.pdftypes.zlib = _BoundedZlib()


#: a layout block whose letters are this much larger than the body's is a title or heading
DISPLAY_SIZE = 1.15


@dataclass(frozen=True, slots=True)
class Block:
    """One layout text box of a PDF: where its text starts in the raw text, and whether its
    font is larger than the body's (a title or heading)."""

    start: int
    display: bool


def pdf_text(path: str | Path, data: bytes | None = None) -> str:
    """The text layer of a PDF (pdfminer.six). Image-only or broken PDFs raise IngestError."""
    return pdf_layout(path, data)[0]


def pdf_layout(path: str | Path, data: bytes | None = None) -> tuple[str, list[Block]]:
    """The text layer of a PDF as pdfminer's ``extract_text`` gives it, and its layout blocks
    (text boxes, with the font size telling a title or heading from the body)."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.pdfparser import PDFSyntaxError

    data = Path(path).read_bytes() if data is None else data
    if not data.startswith(b"%PDF"):
        raise IngestError("not a PDF (no %PDF header)", path)
    _bound_pdf_streams()
    try:
        text, boxes = _boxes(extract_pages(io.BytesIO(data), maxpages=MAX_PDF_PAGES))
    except PDFStreamTooLarge:
        raise IngestError(
            f"a PDF stream inflates past {MAX_PDF_STREAM // 2**20} MiB (a decompression bomb?)",
            path,
        ) from None
    except PDFSyntaxError as exc:
        raise IngestError(f"corrupt or truncated PDF ({exc})", path) from None
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        raise IngestError(f"unreadable PDF ({type(exc).__name__}: {exc})", path) from None
    text = text.replace("\x0c", "\n")
    if not text.strip():
        raise IngestError("PDF has no text layer (image-only or empty); run OCR first", path)
    return text, _blocks(boxes)


def _boxes(pages) -> tuple[str, list[tuple[int, float, int]]]:  # noqa: ANN001
    """pdfminer's text (box text + newline, a form feed per page) and each box's (start,
    median letter size, letters)."""
    from statistics import median

    from pdfminer.layout import LTChar, LTTextContainer, LTTextLine

    parts: list[str] = []
    boxes: list[tuple[int, float, int]] = []
    pos = 0
    for page in pages:
        for element in page:
            if not isinstance(element, LTTextContainer):
                continue
            box_text = element.get_text()
            lines = element if not isinstance(element, LTTextLine) else [element]
            sizes = [c.size for line in lines for c in line if isinstance(c, LTChar)]
            if sizes:
                boxes.append((pos, median(sizes), len(sizes)))
            parts.append(box_text + "\n")
            pos += len(box_text) + 1
        parts.append("\x0c")
        pos += 1
    return "".join(parts), boxes


def _blocks(boxes: list[tuple[int, float, int]]) -> list[Block]:
    """Blocks, display where the letters are :data:`DISPLAY_SIZE` times the body size (the
    size most letters have)."""
    if not boxes:
        return []
    weight: dict[float, int] = {}
    for _, size, n in boxes:
        weight[round(size, 1)] = weight.get(round(size, 1), 0) + n
    body = max(weight, key=weight.__getitem__)
    return [Block(start, size >= DISPLAY_SIZE * body) for start, size, _ in boxes]


# ----------------------------------------------------------------------------- reflow


@dataclass(slots=True)
class _Line:
    start: int  # raw offset of the first kept character
    end: int  # raw offset after the last kept character
    text: str
    trailing_space: bool
    leading_space: bool


def _raw_lines(raw: str) -> list[_Line]:
    lines: list[_Line] = []
    pos = 0
    for piece in raw.splitlines(keepends=True):
        body = piece.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            lines.append(
                _Line(
                    start=pos + lead,
                    end=pos + lead + len(stripped),
                    text=stripped,
                    trailing_space=body != body.rstrip(),
                    leading_space=lead > 0,
                )
            )
        pos += len(piece)
    return lines


def looks_pdf_extracted(raw: str) -> bool:
    """True when many lines end mid-sentence (hard-wrapped text that needs reflowing)."""
    lines = [ln.text for ln in _raw_lines(raw)]
    if len(lines) < 4:
        return False
    broken = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a[-1] not in _FINAL + _CLOSERS + "：:" and not _HEADING.match(a):
            if is_han(a[-1]) or a[-1].isalnum() or a[-1] in "，、,-（(":
                if is_han(b[0]) or b[0].islower() or b[0] in "，、。,":
                    broken += 1
    return broken / (len(lines) - 1) > 0.25


def _is_heading(line: _Line) -> bool:
    t = line.text
    return bool(_HEADING.match(t)) and t[-1] not in _FINAL + "，,、" and visual_width(t) <= 60


def _paragraph_break(prev: _Line, nxt: _Line, prev_width_ref: int) -> bool:
    """Does a paragraph end between two consecutive non-empty raw lines?"""
    if _is_heading(prev) or _is_heading(nxt) or _LABEL.match(nxt.text):
        return True
    end = prev.text.rstrip(_CLOSERS)
    if not end or end[-1] not in _FINAL:
        return False
    if end[-1] in "；;":
        return False
    short = visual_width(prev.text) < 0.85 * max(prev_width_ref, visual_width(nxt.text))
    cjk_end = is_cjk(end[-1])
    return short or (prev.trailing_space and cjk_end)


def _joiner(left: str, right: str) -> str:
    """What goes between two joined visual lines of one paragraph."""
    a, b = left[-1], right[0]
    if is_cjk(a) or is_cjk(b):
        if is_han(a) and (b.isascii() and b.isalnum() or b in "μµαβγδκΑΒΓΔαβ"):
            return " "
        if (a.isascii() and a.isalnum() or a in ")%") and is_han(b):
            return " "
        return ""
    if b == "[" and _CITATION.match(right):
        return ""
    return " "


def _build(raw: str, pieces: list[tuple[str, int | None]]) -> tuple[str, OffsetMap]:
    """Concatenate pieces (text, raw_start or None for inserted text) with an offset map."""
    omap = OffsetMap(raw_length=len(raw))
    out: list[str] = []
    pos = 0
    for text, raw_start in pieces:
        if raw_start is not None:
            omap.add_run(pos, raw_start, len(text))
        out.append(text)
        pos += len(text)
    return "".join(out), omap


def _line_pieces(line: _Line) -> list[tuple[str, int | None]]:
    """Copy a line, dropping whitespace between a Chinese character and a citation marker."""
    pieces: list[tuple[str, int | None]] = []
    cursor = 0
    t = line.text
    for m in re.finditer(r"(?<=[\u4e00-\u9fff）)])[ \t\u3000]+(?=\[\d)", t):
        if not _CITATION.match(t, m.end()):
            continue
        pieces.append((t[cursor : m.start()], line.start + cursor))
        cursor = m.end()
    pieces.append((t[cursor:], line.start + cursor))
    return [p for p in pieces if p[0]]


def reflow(raw: str, name: str = "", blocks: list[Block] | None = None) -> Document:
    """Join hard-wrapped lines into paragraphs (one per output line) with an offset map.
    A PDF's layout ``blocks`` decide where a title or heading ends; the text decides elsewhere."""
    lines = [ln for ln in _raw_lines(raw) if not _PAGE_FURNITURE.match(ln.text)]
    layout = _Layout(blocks or [])
    paragraphs = _group_paragraphs(lines, layout)
    pieces, spans = _join_paragraphs(paragraphs, layout)
    text, omap = _build(raw, [p for p in pieces if p[0]])
    doc = Document(name=name, text=text, raw=raw, offset_map=omap)
    doc.paragraphs = [Paragraph(s, e, k, _lang_of(text[s:e])) for s, e, k in spans]
    doc.citations = find_citations(text)
    return doc


def _group_paragraphs(lines: list[_Line], layout: _Layout) -> list[list[_Line]]:
    """The lines grouped into paragraphs: the layout decides a break where it can, else the
    text (the first line, a paper's title, may end at a title break)."""
    paragraphs: list[list[_Line]] = []
    for i, line in enumerate(lines):
        if i == 0:
            paragraphs.append([line])
            continue
        prev = lines[i - 1]
        ref = visual_width(lines[i - 2].text) if i >= 2 else visual_width(prev.text)
        by_layout = layout.decides(prev, line)
        if by_layout is not None:
            new_paragraph = by_layout
        elif i == 1:  # a paper's first line is its title
            new_paragraph = _title_break(prev, line) or _paragraph_break(prev, line, ref)
        else:
            new_paragraph = _paragraph_break(prev, line, ref)
        if new_paragraph:
            paragraphs.append([line])
        else:
            paragraphs[-1].append(line)
    return paragraphs


def _join_paragraphs(
    paragraphs: list[list[_Line]], layout: _Layout
) -> tuple[list[tuple[str, int | None]], list[tuple[int, int, str]]]:
    """The output pieces (text, raw offset or None) of the paragraphs, one per line, and each
    paragraph's (start, end, kind) in the output text."""
    pieces: list[tuple[str, int | None]] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for p_index, para in enumerate(paragraphs):
        if p_index:
            pieces.append(("\n", None))
            pos += 1
        start = pos
        for j, line in enumerate(para):
            if j:
                sep = _joiner(para[j - 1].text, line.text)
                if (sep == " " or sep == "") and _hyphenated(para[j - 1].text, line.text):
                    # undo end-of-line hyphenation: drop the hyphen already copied
                    last_text, last_raw = pieces[-1]
                    pieces[-1] = (last_text[:-1], last_raw)
                    pos -= 1
                    sep = ""
                if sep:
                    pieces.append((sep, None))
                    pos += len(sep)
            for piece in _line_pieces(line):
                pieces.append(piece)
                pos += len(piece[0])
        kind = (
            "title" if p_index == 0 and layout.display(para[0]) else _paragraph_kind(para, p_index)
        )
        spans.append((start, pos, kind))
    return pieces, spans


def _hyphenated(left: str, right: str) -> bool:
    """A word hyphenated at the end of ``left`` and continued in lower case on ``right``."""
    return left.endswith("-") and len(left) > 1 and left[-2].isalpha() and right[0].islower()


class _Layout:
    """Which layout block a raw line is in, and what the blocks say about a line break."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.starts = [b.start for b in blocks]

    def _index(self, line: _Line) -> int:
        from bisect import bisect_right

        return bisect_right(self.starts, line.start) - 1

    def display(self, line: _Line) -> bool:
        i = self._index(line)
        return bool(self.blocks) and i >= 0 and self.blocks[i].display

    def decides(self, prev: _Line, line: _Line) -> bool | None:
        """True: a break (a title or heading block ends or starts); False: one title or heading
        block goes on; None: the layout does not say."""
        if not self.blocks:
            return None
        a, b = self._index(prev), self._index(line)
        if a != b and (self.display(prev) or self.display(line)):
            return True
        if a == b and self.display(line):
            return False
        return None


def _title_break(first: _Line, nxt: _Line) -> bool:
    """Is the first line a title of its own (short, not ending inside a sentence)?"""
    if first.text[-1] in "，、,;；:-（(":
        return False
    return visual_width(first.text) < 0.85 * visual_width(nxt.text) or first.text[-1] in _FINAL


def _paragraph_kind(para: list[_Line], index: int) -> str:
    first = para[0].text
    if index == 0 and len(para) == 1:
        return "title"
    if _LABEL.match(first):
        return "abstract" if re.match(r"^(摘|Abstract)", first, re.I) else "label"
    if len(para) == 1 and _is_heading(para[0]):
        return "heading"
    return "body"


def _lang_of(text: str) -> str:
    from .segment import count_han_latin

    han, latin = count_han_latin(text)
    if han == 0 and latin == 0:
        return "zh"
    if han >= 2 * latin or (han and latin < 20 and han >= latin):
        return "zh"
    if latin >= 10 * max(han, 1) or han == 0:
        return "en"
    return "mixed"


def find_citations(text: str) -> list[Citation]:
    """Citation markers ``[8]``, ``[24-25]``, ``[4,5]`` as spans of the clean text."""
    return [Citation(m.start(), m.end(), m.group()) for m in _CITATION.finditer(text)]


def as_is(raw: str, name: str = "") -> Document:
    """A document whose clean text is the input itself (already clean: no reflow)."""
    omap = OffsetMap(raw_length=len(raw))
    omap.add_run(0, 0, len(raw))
    doc = Document(name=name, text=raw, raw=raw, offset_map=omap)
    paras: list[Paragraph] = []
    pos = 0
    for i, line in enumerate(raw.split("\n")):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            s, e = pos + lead, pos + len(line.rstrip())
            kind = "title" if i == 0 and _looks_like_title(line.strip(), raw) else "body"
            if kind == "body" and _is_heading(_Line(s, e, line.strip(), False, False)):
                kind = "heading"
            elif _LABEL.match(line.strip()):
                kind = "abstract"
            paras.append(Paragraph(s, e, kind, _lang_of(line)))
        pos += len(line) + 1
    doc.paragraphs = paras
    doc.citations = find_citations(raw)
    return doc


def check_encodable(text: str, name: str | Path | None = None) -> None:
    """Raise :class:`IngestError` when ``text`` holds a character UTF-8 cannot encode (a lone
    surrogate such as ``\\ud800``), naming its line and position."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        line = text.count("\n", 0, exc.start) + 1
        raise IngestError(
            f"text holds a character that cannot be encoded as UTF-8 "
            f"({text[exc.start]!a} at position {exc.start}: {exc.reason})",
            name or None,
            line,
        ) from None


def _looks_like_title(first_line: str, raw: str) -> bool:
    """A first line is a title when more text follows and it does not end a sentence."""
    has_more = bool(raw[raw.find("\n") + 1 :].strip()) if "\n" in raw else False
    return has_more and first_line[-1] not in _FINAL + _CLOSERS


def ingest_text(
    raw: str, name: str = "", reflow_lines: bool | None = None, blocks: list[Block] | None = None
) -> Document:
    """Clean text from decoded source text; reflow when it looks hard-wrapped (or if asked),
    with a PDF's layout ``blocks`` where known."""
    check_encodable(raw, name)
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    if not raw.strip():
        raise IngestError("no text", name or None)
    if reflow_lines is None:
        reflow_lines = looks_pdf_extracted(raw)
    return reflow(raw, name, blocks) if reflow_lines else as_is(raw, name)


def ingest_file(path: str | Path, reflow_lines: bool | None = None) -> Document:
    """Read, decode and clean one paper. Raises :class:`IngestError` naming the file."""
    path = Path(path)
    if not path.exists():
        raise IngestError("no such file", path)
    if path.is_dir():
        raise IngestError("is a folder, not a paper", path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise IngestError(
            f"unsupported file type {suffix or '(none)'}; use .txt, .md or .pdf", path
        )
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):  # a FIFO or a device would block or never end
        raise IngestError("not a regular file (a FIFO, socket or device); skipped", path)
    size = info.st_size
    if size == 0:
        raise IngestError("empty file", path)
    if size > MAX_BYTES:
        raise IngestError(
            f"file too large ({size / 2**20:.1f} MiB > {MAX_BYTES // 2**20} MiB)", path
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"cannot read ({exc.strerror})", path) from None
    if len(data) != size or path.stat().st_mtime_ns != info.st_mtime_ns:
        raise IngestError("the file changed while it was read; try again when it is written", path)
    if suffix == ".pdf":
        raw, blocks = pdf_layout(path, data)
        if reflow_lines is None:
            reflow_lines = True
    else:
        if data.startswith(b"%PDF"):
            raise IngestError("this is a PDF with a text-file name; rename it to .pdf", path)
        raw, blocks = decode_bytes(data, path), None
    try:
        doc = ingest_text(raw, path.stem, reflow_lines, blocks)
    except IngestError as exc:
        raise IngestError(exc.problem, path) from None
    doc.source = str(path)
    return doc
