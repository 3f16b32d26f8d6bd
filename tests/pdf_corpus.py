"""Hostile PDFs made by code, for the viewer's and the dossier's tests: page trees that make
pdfium (QtPdf) hang or explode, and plain damage. Each is a few kilobytes."""

from __future__ import annotations


def _object(number: int, body: str) -> bytes:
    return f"{number} 0 obj\n{body}\nendobj\n".encode()


def build(objects: list[tuple[int, str]], root: int = 1) -> bytes:
    """A PDF with a correct cross-reference table over `objects`."""
    out = b"%PDF-1.7\n"
    offsets: dict[int, int] = {}
    for number, body in objects:
        offsets[number] = len(out)
        out += _object(number, body)
    xref = len(out)
    size = max(offsets) + 1
    out += f"xref\n0 {size}\n0000000000 65535 f \n".encode()
    for number in range(1, size):
        out += f"{offsets.get(number, 0):010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {size} /Root {root} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
            .encode())
    return out


CATALOG = (1, "<< /Type /Catalog /Pages 2 0 R >>")
PAGE = "<< /Type /Page /Parent {parent} 0 R /MediaBox [0 0 200 200] >>"


def kids_cycle() -> bytes:
    """A /Pages node whose kids lead back to it: QtPdf's load() hangs (over a minute)."""
    return build([CATALOG, (2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
                  (3, "<< /Type /Pages /Kids [2 0 R 4 0 R] /Count 1 >>"),
                  (4, PAGE.format(parent=3))])


def deep_tree(levels: int = 5000) -> bytes:
    """`levels` nested /Pages nodes above one page: QtPdf's load() hangs at 5,000."""
    objects = [CATALOG]
    for level in range(levels):
        objects.append((2 + level, f"<< /Type /Pages /Kids [{3 + level} 0 R] /Count 1 >>"))
    objects.append((2 + levels, PAGE.format(parent=1 + levels)))
    return build(objects)


def shared_kids(levels: int = 40) -> bytes:
    """Each /Pages node lists its child twice: 2**levels pages by reference."""
    objects = [CATALOG]
    for level in range(levels):
        number = 2 + level
        objects.append((number, f"<< /Type /Pages /Kids [{number + 1} 0 R {number + 1} 0 R] "
                                f"/Count {2 ** (levels - level)} >>"))
    objects.append((2 + levels, PAGE.format(parent=1 + levels)))
    return build(objects)


def huge_count() -> bytes:
    """One page that claims 2**31 - 1: shown as the one page it has."""
    return build([CATALOG, (2, "<< /Type /Pages /Kids [3 0 R] /Count 2147483647 >>"),
                  (3, PAGE.format(parent=2))])


def hostile_pdfs() -> dict[str, bytes]:
    return {"kreis.pdf": kids_cycle(), "tief.pdf": deep_tree(), "geteilt.pdf": shared_kids(),
            "zaehlt-falsch.pdf": huge_count(), "kaputt.pdf": b"%PDF-1.4\n" + b"\x00garbage" * 50,
            "abgeschnitten.pdf": deep_tree(3)[:120]}
