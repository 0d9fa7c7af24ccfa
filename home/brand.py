"""The site's brand: its name, its mark and its icons, which editors change in the admin's
site settings ("Brand"). Without a picture of their own, Samling's mark in static/brand/.

Every page's header and head read the brand, so it is kept as plain values (a name and
URLs) for the page cache's generation; saving the settings or any image starts a new one."""

from django.db import models
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from base.sql_rows import Reader

# Favicons and home-screen icons: browsers' tab (32), Apple's home screen (180),
# Android's (192) and install screen (512).
ICON_SIZES = (32, 180, 192, 512)
MARK_HEIGHT = 40


@register_setting(icon="image")
class BrandSettings(BaseSiteSetting):
    site_name = models.CharField(
        _("site name"),
        max_length=40,
        default="Samling",
        help_text=_("Shown beside the mark in every page's header and in the browser's tab."),
    )
    mark = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("mark"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The logo mark before the site name, at least 80 px high. Empty: Samling's mark."
        ),
    )
    icon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("icon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The favicon and the icon on a phone's home screen: a square picture of at least"
            " 512 by 512 px. Empty: Samling's icon."
        ),
    )

    panels = [FieldPanel("site_name"), FieldPanel("mark"), FieldPanel("icon")]

    class Meta:
        verbose_name = _("brand")


def default_icons():
    return {size: static(f"brand/icon-{size}.png") for size in ICON_SIZES}


# Read with a hand-written statement (base.sql_rows): every cold page asks.
BRAND_STATEMENT = (
    "SELECT id, site_id, site_name, mark_id, icon_id FROM home_brandsettings"
    " WHERE site_id = %s ORDER BY id"
)
BRAND_READER = Reader(BrandSettings, ["id", "site_id", "site_name", "mark_id", "icon_id"])


def read(site):
    """The brand's values for `site` (None: the defaults)."""
    # Read, never created on a visitor's request (Wagtail's for_site would write a row).
    found = BRAND_READER.read(BRAND_STATEMENT, [site.pk]) if site else []
    settings = found[0] if found else BrandSettings()
    brand = {
        "name": settings.site_name or "Samling",
        "mark": static("brand/mark.svg"),
        "svg_icon": static("brand/icon.svg"),
        "icons": default_icons(),
    }
    if settings.mark:
        rendition = settings.mark.get_rendition(f"height-{MARK_HEIGHT * 2}|format-png")
        brand["mark"] = rendition.url
    if settings.icon:
        brand["svg_icon"] = None
        brand["icons"] = {
            size: settings.icon.get_rendition(f"fill-{size}x{size}|format-png").url
            for size in ICON_SIZES
        }
    return brand


def brand_for(request):
    """The brand of the request's site, read once per page cache generation: a change to
    the settings or an image starts a new one (apps.py)."""
    from pagecache.generation_cache import find_site, per_generation

    site = find_site(request)
    return per_generation("brand", lambda: read(site), getattr(site, "pk", None))
