"""Moving through a page with the Tab key only, as a keyboard or switch user does."""

MAX_TABS = 150


def focused(page):
    return page.evaluate_handle("document.activeElement").as_element()


def tab_until(page, matches, description):
    """Press Tab until the focused element satisfies ``matches(element)``; fail after MAX_TABS."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if element is not None and matches(element):
            return element
    raise AssertionError(f"{MAX_TABS} presses of Tab never reached {description} on {page.url}")


def focus_is_visible(element):
    """A focused element must show it: an outline or a focus ring drawn with a box shadow."""
    return element.evaluate(
        """element => {
            const style = getComputedStyle(element);
            const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
            return outline || style.boxShadow !== 'none';
        }"""
    )
