"""A hostile image corpus made by code: every TIFF compression Pillow can write, in every mode
it writes it for, multi-page, 16-bit, CMYK, palette, alpha, huge dimensions and bombs,
truncated and byte-flipped copies; the other formats Qt or Pillow read; HEIF and AVIF.

`corpus()` returns {file name: bytes}; the names say what each file is. Made fresh in each
test run (about 150 files, a few seconds), never stored in the repository.
"""

from __future__ import annotations

import contextlib
import io
import os
import random
import struct
import warnings
from collections.abc import Iterator

from PIL import Image, TiffImagePlugin

MODES = ("1", "L", "LA", "P", "RGB", "RGBA", "CMYK", "I;16", "I;16B", "I", "F", "YCbCr")
SIZE = (97, 61)  # odd sizes: strips and tiles do not line up


def _picture(mode: str, size: tuple[int, int] = SIZE) -> Image.Image:
    """A gradient with some structure, converted to `mode`."""
    base = Image.linear_gradient("L").resize(size).convert("RGB")
    base.paste((200, 30, 30), (5, 5, size[0] // 2, size[1] // 2))
    if mode == "RGBA":
        picture = base.convert("RGBA")
        picture.putalpha(Image.linear_gradient("L").resize(size))
        return picture
    if mode == "LA":
        return base.convert("LA")
    if mode == "P":
        return base.convert("P", palette=Image.Palette.ADAPTIVE, colors=16)
    if mode in ("I;16", "I;16B"):
        return base.convert("I").point(lambda v: v * 256).convert(mode)  # type: ignore[no-any-return]
    return base.convert(mode)


def _save(picture: Image.Image, **options: object) -> bytes | None:
    return _save_as(picture, "TIFF", **options)


def _save_as(picture: Image.Image, fmt: str, **options: object) -> bytes | None:
    out = io.BytesIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            picture.save(out, fmt, **options)
    except Exception:  # this mode cannot be written with this compression: not in the corpus
        return None
    return out.getvalue()


def tiff_compressions() -> list[str]:
    return sorted(set(TiffImagePlugin.COMPRESSION_INFO.values()))


def tiffs() -> Iterator[tuple[str, bytes]]:
    """Every (compression, mode) pair Pillow writes, plus the special cases."""
    for compression in tiff_compressions():
        for mode in MODES:
            data = _save(_picture(mode), compression=compression)
            if data is not None:
                yield f"tiff-{compression}-{mode.replace(';', '_')}.tif", data
    for compression in ("raw", "tiff_lzw", "jpeg", "packbits"):
        frames = [_picture("RGB"), _picture("L"), _picture("RGB", (40, 300))]
        data = _save(frames[0], compression=compression, save_all=True,
                     append_images=frames[1:])
        if data is not None:
            yield f"tiff-multipage-{compression}.tif", data
    data = _save(_picture("RGB"), compression="tiff_lzw", tile=(32, 32))
    if data is not None:
        yield "tiff-tiled.tif", data
    # Big claims in small files: a fax page of 118 MP (just under the viewer's limit), and a
    # 400 MP bomb (over it), both group 4 compressed to a few kilobytes.
    for name, side in (("tiff-fax-118mp.tif", 10_860), ("tiff-bomb-400mp.tif", 20_000)):
        data = _save(Image.new("1", (side, side), 1), compression="group4")
        if data is not None:
            yield name, data
    yield "tiff-claims-2g-pixels.tif", _claimed_size(65_000, 65_000)
    yield "tiff-zero-size.tif", _claimed_size(0, 0)


def _claimed_size(width: int, height: int) -> bytes:
    """A baseline TIFF whose header claims a size its one strip does not have."""
    entries = [(256, 4, 1, width), (257, 4, 1, height), (258, 3, 1, 8), (259, 3, 1, 1),
               (262, 3, 1, 1), (273, 4, 1, 8 + 2 + 12 * 9 + 4), (277, 3, 1, 1),
               (278, 4, 1, height), (279, 4, 1, 16)]
    ifd = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHII", tag, kind, count, value) for tag, kind, count, value in entries)
    return b"II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 0) + b"\x80" * 16


def others() -> Iterator[tuple[str, bytes]]:
    for fmt, ext, modes in (("PNG", "png", ("1", "L", "LA", "P", "RGB", "RGBA", "I;16")),
                            ("JPEG", "jpg", ("L", "RGB", "CMYK")),
                            ("GIF", "gif", ("L", "P")),
                            ("BMP", "bmp", ("1", "L", "P", "RGB")),
                            ("WEBP", "webp", ("RGB", "RGBA")),
                            ("AVIF", "avif", ("RGB",))):
        for mode in modes:
            data = _save_as(_picture(mode), fmt)
            if data is not None:
                yield f"{fmt.lower()}-{mode.replace(';', '_')}.{ext}", data
    yield "heic-photo.heic", heic_like()


def heic_like() -> bytes:
    """The start of an iPhone photo: an ISO base media file with the brand 'heic' and an
    image spatial extent of 4032 x 3024 (no decodable picture behind it)."""
    def box(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", 8 + len(body)) + kind + body

    ispe = box(b"ispe", b"\0\0\0\0" + struct.pack(">II", 4032, 3024))
    meta = box(b"meta", b"\0\0\0\0" + box(b"hdlr", b"\0" * 8 + b"pict" + b"\0" * 13)
               + box(b"iprp", box(b"ipco", ispe)))
    return box(b"ftyp", b"heic\0\0\0\0mif1heic") + meta + box(b"mdat", b"\0" * 64)


def damaged(name: str, data: bytes, seed: int) -> Iterator[tuple[str, bytes]]:
    stem, _, ext = name.rpartition(".")
    yield f"{stem}-truncated-half.{ext}", data[:len(data) // 2]
    yield f"{stem}-truncated-200.{ext}", data[:200]
    rng = random.Random(seed)
    for flip in range(3):
        spoiled = bytearray(data)
        for _ in range(8):
            at = rng.randrange(8, len(spoiled))
            spoiled[at] ^= 1 << rng.randrange(8)
        yield f"{stem}-flipped{flip}.{ext}", bytes(spoiled)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """libtiff prints each refused (compression, mode) pair on file descriptor 2."""
    saved = os.dup(2)
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def corpus(with_damage: bool = True) -> dict[str, bytes]:
    with _quiet():
        files = dict(tiffs())
        files.update(others())
    if with_damage:
        intact = [(n, d) for n, d in files.items()
                  if "bomb" not in n and "claims" not in n and "118mp" not in n
                  and not n.startswith("heic")]
        for seed, (name, data) in enumerate(intact):
            if name.startswith("tiff-") and not any(
                    c in name for c in ("-raw-", "-tiff_lzw-", "-jpeg-", "-group4-",
                                        "-tiff_adobe_deflate-", "-packbits-", "multipage")):
                continue  # the damaged copies of the main compressions are enough
            files.update(damaged(name, data, seed))
    return files
