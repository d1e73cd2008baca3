"""The HTML report shows Chinese as Chinese, not as boxes: a CJK font must be installed
(scripts/setup.sh installs Debian's fonts-noto-cjk). Two different Chinese characters drawn
by headless Chromium must give different pixels; with no font both are the same box."""

from __future__ import annotations

import os
import re

import pytest
from test_report import _browser, _chromium

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><script>
function pixels(ch) {
  const c = document.createElement("canvas"); c.width = 64; c.height = 64;
  const g = c.getContext("2d"); g.font = "48px sans-serif"; g.fillText(ch, 4, 52);
  return Array.from(g.getImageData(0, 0, 64, 64).data).join(",");
}
const same = pixels("葛") === pixels("根");
const box = pixels("葛") === pixels("\\uE000");
document.body.setAttribute("data-result", "same=" + same + ";box=" + box);
</script></body></html>
"""


def render_result(tmp_path, env: dict | None = None) -> str:
    exe = _chromium()
    if exe is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (CI must install Debian's chromium)")
        pytest.skip("chromium is not installed")
    page = tmp_path / "fonts.html"
    page.write_text(PAGE, encoding="utf-8")
    old = dict(os.environ)
    try:
        os.environ.update(env or {})
        proc = _browser(exe, tmp_path / "profile", "--dump-dom", page.resolve().as_uri())
    finally:
        os.environ.clear()
        os.environ.update(old)
    assert proc.returncode == 0, proc.stderr[-2000:]
    found = re.search(r'data-result="([^"]+)"', proc.stdout)
    assert found, proc.stdout[-2000:]
    return found.group(1)


@pytest.mark.slow
def test_chinese_renders_with_a_real_font(tmp_path):
    assert render_result(tmp_path) == "same=false;box=false", (
        "Chinese renders as boxes: install a CJK font (apt-get install fonts-noto-cjk)"
    )


@pytest.mark.slow
def test_the_check_sees_boxes_when_no_font_is_there(tmp_path):
    """The same page with fontconfig pointed at an empty font folder draws boxes."""
    (tmp_path / "nofonts").mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "nofonts"}</dir>'
        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    assert "same=true" in render_result(tmp_path, {"FONTCONFIG_FILE": str(conf)})
