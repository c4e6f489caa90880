"""Makes pdf-release/release.pdf, the bundled press release of the README's quick start.

The text is ours (a made-up harbour project). Run it with fpdf2 installed
(``pip install -e '.[test]'``): ``python examples/make_pdf_release.py [OUT.pdf]``. The PDF is
committed, so the quick start needs no fpdf2.
"""
import sys
from datetime import datetime, timezone
from pathlib import Path

from fpdf import FPDF

PAGES = [
    ("Ningbo-Zhoushan Port Authority - Press release\n\n"
     "NINGBO, April 8, 2026 -- The Ningbo-Zhoushan Port Authority today opened the Meishan "
     "East container terminal. The terminal cost RMB 12.4 billion and was built in 38 "
     "months. It has 7 deep-water berths along a quay of 2,150 meters and can handle 3.2 "
     "million containers a year.\n\n"
     "About 1,600 workers will be employed at the terminal when it runs at full capacity."),
    ("The new berths take ships of up to 24,000 containers. Shore power at every berth is "
     "expected to cut the emissions of ships at berth by 35%.\n\n"
     "Media contact: press office of the Port Authority."),
]


def main(target: Path = Path(__file__).with_name("pdf-release") / "release.pdf") -> None:
    pdf = FPDF()
    pdf.set_title("Meishan East container terminal opens")
    pdf.set_creation_date(datetime(2026, 4, 8, tzinfo=timezone.utc))  # same bytes each run
    pdf.set_font("helvetica", size=11)
    for text in PAGES:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    pdf.output(str(target))


if __name__ == "__main__":
    main(*(Path(a) for a in sys.argv[1:2]))
