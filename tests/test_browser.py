"""In a real browser: JupyterLab shows an executed notebook with a working table and a chart.

Needs Debian's chromium and chromium-driver (`.ci/run` installs them when missing) and the
selenium package; skipped otherwise. The screenshot is kept as reports/browser/.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from conftest import ROOT, SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
SCREENSHOT = ROOT / "reports" / "browser" / "02_regions_in_jupyterlab.png"

pytestmark = pytest.mark.skipif(
    not (CHROMIUM and CHROMEDRIVER), reason="chromium and chromedriver are not installed"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def lab(tmp_path, monkeypatch):
    """JupyterLab on localhost serving one executed, trusted notebook; yields its URL."""
    import papermill

    # The test session draws off-screen (conftest sets Agg); a user's kernel draws inline.
    monkeypatch.delenv("MPLBACKEND", raising=False)
    root = tmp_path / "lab"
    root.mkdir()
    notebook = root / "02_regions.ipynb"
    papermill.execute_notebook(
        str(ROOT / "notebooks" / "02_regions.ipynb"),
        str(notebook),
        cwd=str(ROOT / "notebooks"),
        kernel_name="python3",
        parameters={
            "corpus": str(SEEDS),
            "processed": str(tmp_path / "processed"),
            "export_dir": str(tmp_path / "figures"),
        },
        progress_bar=False,
    )
    env = {**os.environ, "JUPYTER_DATA_DIR": str(tmp_path / "data")}
    # Executed outputs run their JavaScript (itables) only in a notebook the user trusts.
    subprocess.run([sys.executable, "-m", "jupyter", "trust", str(notebook)], env=env, check=True)
    settings = tmp_path / "settings" / "@jupyterlab" / "notebook-extension"
    settings.mkdir(parents=True)
    # Render every cell, not only those in view, so the page can be checked top to bottom.
    (settings / "tracker.jupyterlab-settings").write_text(json.dumps({"windowingMode": "none"}))
    env["JUPYTERLAB_SETTINGS_DIR"] = str(tmp_path / "settings")
    port = _free_port()
    command = [
        sys.executable, "-m", "jupyterlab", "--no-browser", f"--port={port}",
        "--ServerApp.ip=127.0.0.1", "--IdentityProvider.token=", "--ServerApp.password=",
        f"--ServerApp.root_dir={root}",
    ]  # fmt: skip
    if hasattr(os, "getuid") and os.getuid() == 0:
        command.append("--allow-root")
    server = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(f"{url}/api/status", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        else:
            pytest.fail("JupyterLab did not start within 60 s")
        yield f"{url}/lab/tree/02_regions.ipynb"
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_jupyterlab_shows_a_sortable_searchable_table_and_a_chart(lab):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,2400"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.get(lab)
        wait = WebDriverWait(driver, 90)
        chart = wait.until(
            ready.presence_of_element_located((By.CSS_SELECTOR, ".jp-OutputArea-output img"))
        )
        wait.until(lambda d: chart.get_property("naturalWidth") > 0)
        # Interactive, not just drawn: the search box filters the rows. (itables shows a search
        # box on tables longer than a page of rows.)
        container = wait.until(
            ready.presence_of_element_located(
                (By.XPATH, "//*[contains(@class, 'dt-container')][.//input[@type='search']]")
            )
        )
        table = container.find_element(By.CSS_SELECTOR, "table.dataTable")
        rows_before = len(table.find_elements(By.CSS_SELECTOR, "tbody tr"))
        search = container.find_element(By.CSS_SELECTOR, "input[type=search]")
        search.send_keys("no place has this name 无此地名")
        wait.until(lambda d: len(table.find_elements(By.CSS_SELECTOR, "tbody tr td.dt-empty")) == 1)
        search.clear()
        search.send_keys(" ")
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", container)
        driver.save_screenshot(str(SCREENSHOT))
        assert rows_before >= 1
        assert SCREENSHOT.stat().st_size > 10_000
    finally:
        driver.quit()
