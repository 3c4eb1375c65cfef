"""A lesson video's picture: the one the transcoder kept, or one taken now from a video the hub did not transcode."""

from __future__ import annotations

import os
from pathlib import Path

import av

from hub.transcode import hidden
from hub.transcode_video import THUMBNAIL_AT


def thumbnail_of(video: Path) -> Path:
    """Where a lesson video's JPEG lies: beside it, with the same name."""
    return video.with_suffix(".jpg")


def take_thumbnail(video: Path) -> Path | None:
    """The video's JPEG, taken from the picture THUMBNAIL_AT s in (or its middle) if it has none yet.

    None when the video has no picture to take. Runs in a worker thread (it decodes).
    """
    picture = thumbnail_of(video)
    if picture.is_file():
        return picture
    with av.open(str(video)) as container:
        if not container.streams.video:
            return None
        seconds = container.duration / av.time_base if container.duration else 0.0
        at = min(THUMBNAIL_AT, seconds / 2)
        for frame in container.decode(video=0):
            if frame.time is not None and frame.time >= at:
                frame.to_image().save(hidden(picture), format="JPEG", quality=85)
                os.replace(hidden(picture), picture)
                return picture
    return None
