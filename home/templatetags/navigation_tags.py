from django import template

from home.languages import current_home_page, header_pages

register = template.Library()


def aria_current(item, current):
    """'page' for the current page, 'true' for its section, '' otherwise."""
    if current is None:
        return ""
    if item.path == current.path:
        return "page"
    return "true" if current.path.startswith(item.path) and item.depth > 2 else ""


@register.inclusion_tag("includes/main_navigation.html", takes_context=True)
def main_navigation(context):
    """The current language's home page and its public children marked 'show in menus'."""
    current = context.get("page")
    header = header_pages(context["request"], current)
    home = current_home_page(context["request"], current)
    if home is None:
        return {"links": []}
    children = header.menu_under(home)
    links = [(page, aria_current(page, current)) for page in [home, *children]]
    # The request lets `pageurl` reuse the site root paths it read (one cache read).
    return {"links": links, "request": context["request"]}


@register.inclusion_tag("includes/account_links.html", takes_context=True)
def account_links(context):
    """For a logged-in visitor: their cohorts and a way to log out."""
    from programme.cohort_page.my_cohorts import cohorts_for

    request = context["request"]
    return {"request": request, "cohorts": cohorts_for(request.user)}


@register.inclusion_tag("includes/footer_links.html", takes_context=True)
def footer_links(context):
    """The current language's information pages, such as the accessibility statement."""
    request, current = context["request"], context.get("page")
    home = current_home_page(request, current)
    pages = header_pages(request, current).footer_under(home) if home else []
    return {"pages": pages, "request": request}
