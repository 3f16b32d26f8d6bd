"""Which platform a web address belongs to, for the incident's channel and platform fields.

A small table of the platforms hate reaches German office holders on; a host that is not in
it is a website, named by its host. Matching is by the host and its parents (m.facebook.com
is Facebook), never by a substring (facebook.com.evil.example is not Facebook).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from app.domain.enums import Channel

S, M = Channel.SOCIAL_MEDIA, Channel.MESSENGER
PLATFORMS: dict[str, tuple[str, Channel]] = {
    "facebook.com": ("Facebook", S), "fb.com": ("Facebook", S), "fb.watch": ("Facebook", S),
    "instagram.com": ("Instagram", S), "x.com": ("X", S), "twitter.com": ("X", S),
    "t.co": ("X", S), "threads.net": ("Threads", S), "threads.com": ("Threads", S),
    "tiktok.com": ("TikTok", S), "youtube.com": ("YouTube", S), "youtu.be": ("YouTube", S),
    "linkedin.com": ("LinkedIn", S), "xing.com": ("XING", S), "reddit.com": ("Reddit", S),
    "bsky.app": ("Bluesky", S), "mastodon.social": ("Mastodon", S), "vk.com": ("VK", S),
    "gettr.com": ("GETTR", S), "truthsocial.com": ("Truth Social", S),
    "nebenan.de": ("nebenan.de", S), "jodel.com": ("Jodel", S),
    "t.me": ("Telegram", M), "telegram.me": ("Telegram", M), "telegram.org": ("Telegram", M),
    "whatsapp.com": ("WhatsApp", M), "wa.me": ("WhatsApp", M),
}


def host_of(url: str) -> str:
    """The host of an address in lower case, without a leading "www."; "" when there is none."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    host = host.rstrip(".").lower()
    return host[4:] if host.startswith("www.") else host


def platform_of(url: str) -> tuple[str, Channel]:
    """(platform name, channel) for an address: a known platform, else (host, website)."""
    host = host_of(url)
    labels = host.split(".")
    for start in range(len(labels) - 1):
        known = PLATFORMS.get(".".join(labels[start:]))
        if known is not None:
            return known
    return host, Channel.WEBSITE
