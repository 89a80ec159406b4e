"""Images: no text (no OCR), but the date the camera recorded, proposed as the capture date."""

import io

from PIL import Image, UnidentifiedImageError

from casefiles.core.i18n import _
from casefiles.core.sources.extract import Extracted, ExtractionFailed

try:  # HEIC/HEIF photos from phones, where the optional reader is installed
    from pillow_heif import register_heif_opener

    register_heif_opener()
except ImportError:  # pragma: no cover - depends on the platform's wheels
    pass

_EXIF_IFD = 0x8769
_DATE_TIME_ORIGINAL = 0x9003
_DATE_TIME = 0x0132


def extract(data: bytes) -> Extracted:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            exif = image.getexif()
            width, height = image.size
    except Image.DecompressionBombError:
        raise ExtractionFailed(_("The image says it is far larger than any photo (more than "
                                 "{n} million pixels): it was not opened, which could exhaust "
                                 "the memory. It may be damaged.").format(
                                     n=2 * Image.MAX_IMAGE_PIXELS // 1_000_000)) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as err:
        raise ExtractionFailed(_("The image cannot be read ({err}).")
                               .format(err=type(err).__name__)) from None
    taken = exif.get_ifd(_EXIF_IFD).get(_DATE_TIME_ORIGINAL) or exif.get(_DATE_TIME) or ""
    proposed = {"dimensions": f"{width}x{height}"}
    if isinstance(taken, str) and len(taken) >= 10:
        proposed["captured"] = taken[:10].replace(":", "-")
    return Extracted(segments=[], proposed=proposed)
